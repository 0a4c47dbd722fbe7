/// What a French text gets wrong in its typography: an ordinary space (or none) before `; : ! ?`
/// after a word, an ordinary space or none inside `« »`. Used over every French text ardoise can print.
enum FrenchTypographyCheck {
  static func problems(in text: String) -> [String] {
    let characters = Array(text)
    var found: [String] = []
    func context(_ index: Int) -> String {
      String(characters[max(0, index - 12)..<min(characters.count, index + 12)])
    }
    for (index, character) in characters.enumerated() {
      let before = index > 0 ? characters[index - 1] : nil
      let after = index + 1 < characters.count ? characters[index + 1] : nil
      switch character {
      case ";", "!", "?", ":":
        // An ordinary space before the mark, after a word (a key name like `? aide` in a list stands alone).
        if before == " ", index >= 2, !characters[index - 2].isWhitespace { found.append("space before \(character): «\(context(index))»") }
      case "«":
        if after != "\u{202F}" && after != "\u{A0}" { found.append("after «: «\(context(index))»") }
      case "»":
        if before != "\u{202F}" && before != "\u{A0}" { found.append("before »: «\(context(index))»") }
      default: break
      }
    }
    return found
  }
}
