/// Why a text is not a TOML document ardoise reads, and where: the first problem only.
public struct TOMLParseError: Error, Sendable, Equatable {
  /// 1-based.
  public var line: Int
  /// 1-based, in Unicode scalars from the start of the line.
  public var column: Int
  /// Short, without the position: `duplicate key "a"`.
  public var reason: LocalizedText

  public init(line: Int, column: Int, reason: LocalizedText) {
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// The reason followed by the column, for a message that already names the file and the line:
  /// `duplicate key "a" (column 1)`.
  public var detail: LocalizedText {
    reason + LocalizedText(" (colonne \(column))", " (column \(column))")
  }
}
