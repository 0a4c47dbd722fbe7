/// One value of an export that a spreadsheet will open: text someone typed, or a number ardoise
/// wrote itself. Which one is decided per column, never guessed from the value.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and some also
/// after a tab or a carriage return): a table named `=HYPERLINK("http://…")` would become a link,
/// or worse. Text cells starting so get a leading `'`, which shows the text as text. A number
/// column (an amount, a count) is left as it is, so `-12.50` stays a number.
public enum SpreadsheetCell: Sendable, Equatable {
  /// Text from user data (a table, a name, a note…); nil is an empty cell.
  case text(String?)
  /// A number ardoise wrote (`42.50`, `-12.50`, `3`); nil is an empty cell.
  case number(String?)

  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// The cell's text, safe to open in a spreadsheet: no control, bidirectional or invisible
  /// character (newlines and tabs kept), and no text that starts like a formula.
  public var value: String {
    switch self {
    case .text(let text):
      guard let text, !text.isEmpty else { return "" }
      let starts = text.unicodeScalars.first.map(Self.formulaStarts.contains) ?? false
      return (starts ? "'" : "") + text.inertLines
    case .number(let text):
      guard let text, !text.isEmpty else { return "" }
      // A value that is not a plain decimal number is text after all.
      return Self.isPlainNumber(text) ? text : SpreadsheetCell.text(text).value
    }
  }

  /// `-`, digits, then at most one `.` and digits: what ``Money/decimalString`` and a count write.
  static func isPlainNumber(_ text: String) -> Bool {
    var digits = text.utf8[...]
    if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
    let parts = digits.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
  }
}
