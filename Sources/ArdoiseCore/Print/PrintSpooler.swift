import Foundation

/// Hands a PDF to the system's print spooler through the CUPS client interface: `lp [-d
/// PRINTER] -t TITLE FILE` (`print.lp` in the settings, default `lp` on `PATH`; `-d` from
/// `print.printer`, else the system's default printer). CUPS itself turns the PDF into what the
/// printer takes.
public struct PrintSpooler: Sendable {
  /// The default when `print.lp` is not set.
  public static let defaultProgram = "lp"
  /// The Debian package that provides `lp`.
  public static let package = "cups-client"

  /// The program, and any arguments of its own (`/usr/bin/lp -h printserver:631`).
  public var command: [String]
  public var printer: String?

  /// `lpSetting` is `print.lp`: a program name or path, optionally followed by arguments
  /// separated by spaces; `printer` is `print.printer`.
  public init(lpSetting: String?, printer: String?) {
    let words = (lpSetting ?? "").split(separator: " ").map(String.init)
    command = words.isEmpty ? [Self.defaultProgram] : words
    let name = printer?.trimmingCharacters(in: .whitespaces) ?? ""
    self.printer = name.isEmpty ? nil : name
  }

  /// The arguments after the program for printing `file` under `title`.
  public func arguments(printing file: String, title: String) -> [String] {
    Array(command.dropFirst()) + (printer.map { ["-d", $0] } ?? []) + ["-t", title, "--", file]
  }

  /// The command line, for `--dry-run`: words holding a space or a quote are quoted.
  public func commandLine(printing file: String, title: String) -> String {
    ([command[0]] + arguments(printing: file, title: title)).map(Self.quoted).joined(separator: " ")
  }

  /// Whether the program is there to run: found on `PATH`, or at the path `print.lp` gives.
  public func isInstalled(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    ExternalProgram.find(command[0], environment: environment) != nil
  }

  /// Why printing is not offered where the program is missing: `lp not installed (cups-client)`.
  public var notInstalledReason: LocalizedText {
    LocalizedText("\(command[0]) non installé (\(Self.package))", "\(command[0]) not installed (\(Self.package))")
  }

  /// Runs `lp` and waits for it; returns what it said (`request id is office-12 (1 file(s))`).
  /// - Throws: ``PrintError`` when `lp` is missing or fails.
  public func print(_ file: String, title: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
    guard let program = ExternalProgram.find(command[0], environment: environment) else { throw PrintError.missing(program: command[0]) }
    let outcome: ExternalProgram.Outcome
    do {
      outcome = try ExternalProgram.run(program, arguments(printing: file, title: title), input: [])
    } catch {
      throw PrintError.missing(program: command[0])
    }
    guard outcome.exitedNormally, outcome.status == 0 else {
      throw PrintError.failed(program: command[0], status: outcome.status, said: outcome.firstErrorLine)
    }
    return String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func quoted(_ word: String) -> String {
    guard word.isEmpty || word.contains(where: { " '\"\\$`".contains($0) }) else { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// Why the spooler did not take a file.
public enum PrintError: Error, Equatable, Sendable {
  case missing(program: String)
  case failed(program: String, status: Int32, said: String?)

  public func message(_ language: Language) -> String {
    switch self {
    case .missing(let program):
      LocalizedText("\(program) introuvable : installez le paquet \(PrintSpooler.package) (CUPS) ou réglez print.lp",
        "\(program) not found: install the \(PrintSpooler.package) package (CUPS) or set print.lp")(language)
    case .failed(let program, let status, let said):
      LocalizedText("\(program) a échoué (code \(status))", "\(program) failed (exit \(status))")(language) + (said.map { LocalizedText(" : ", ": ")(language) + $0 } ?? "")
    }
  }

  public var reason: LocalizedText { LocalizedText(french: message(.french), english: message(.english)) }
}
