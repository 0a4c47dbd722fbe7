extension TextInput {
  /// Inserts pasted text at the cursor, as if typed but in one go: a suggested value is replaced.
  /// The text is one line: line breaks and tabs become spaces, other control characters are
  /// dropped (see ``singleLine(pasted:)``).
  public mutating func insert(pasted text: String) {
    for character in Self.singleLine(pasted: text) { handle(.character(character)) }
  }

  /// `text` made fit for a one-line field: each line break (`\r\n`, `\r`, `\n`) and tab becomes a
  /// space, every other control character (escape sequences included) is dropped.
  public static func singleLine(pasted text: String) -> String {
    var result = ""
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasReturn = scalar == "\r" }
      switch scalar {
      case "\n" where previousWasReturn:
        continue
      case "\r", "\n", "\t":
        result.unicodeScalars.append(" ")
      default:
        if scalar.properties.generalCategory == .control { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
