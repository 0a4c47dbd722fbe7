/// A problem found in the data directory, with the file and line it concerns.
public struct StoreProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable {
    /// Something to know; everything keeps working.
    case warning
    /// A record could not be read; its case is read-only.
    case error
  }

  /// Path relative to the data directory.
  public var file: String
  /// 1-based line number, when the problem is in one line.
  public var line: Int?
  public var severity: Severity
  public var message: LocalizedText
  /// Whether this reports a torn last line, which the next write repairs (and so clears).
  public var isInterruptedWrite: Bool

  public init(file: String, line: Int?, severity: Severity, message: LocalizedText, isInterruptedWrite: Bool = false) {
    self.file = file
    self.line = line
    self.severity = severity
    self.message = message
    self.isInterruptedWrite = isInterruptedWrite
  }

  /// `cases/261129-K7QF.jsonl:3: checksum mismatch…`
  public func formatted(_ language: Language) -> String {
    (line.map { "\(file):\($0): " } ?? "\(file): ") + message(language)
  }

  public var description: String { formatted(.english) }
}
