import ArdoiseCore

/// Word wrapping by display width.
enum TextWrap {
  /// Splits `text` into lines of at most `width` columns, breaking at spaces; a word longer than
  /// the width is cut.
  ///
  /// French sets a space before `? ! : ; »` and after `«`, and a line never starts with the
  /// first nor ends with the second (« décimales ? » stays together); the same holds for the
  /// space before `€` or `%` after a number. So those spaces do not break.
  static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    // Paragraphs first: `inert` turns a newline into a space.
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var current = ""
      for var word in words(Substring(String(paragraph).inert)) {
        while word.displayWidth > width {
          if !current.isEmpty { lines.append(current); current = "" }
          let head = word.clipped(toWidth: width)
          lines.append(String(head.reversed().drop { $0 == " " }.reversed()))
          word = String(word.dropFirst(head.count).drop { $0 == " " })
        }
        if current.isEmpty {
          current = word
        } else if current.displayWidth + 1 + word.displayWidth <= width {
          current += " " + word
        } else {
          lines.append(current)
          current = word
        }
      }
      lines.append(current)
    }
    return lines
  }

  /// The units a line may break between: words, with a mark that a space must not part from
  /// its neighbour kept on that neighbour.
  private static func words(_ paragraph: Substring) -> [String] {
    var words: [String] = []
    var joinsNext = false
    for piece in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
      let piece = String(piece)
      if let last = words.last, joinsNext || piece.allSatisfy(closingMarks.contains) {
        words[words.count - 1] = last + " " + piece
      } else {
        words.append(piece)
      }
      joinsNext = piece == "«"
    }
    return words
  }

  /// Marks that stay on the line of the word before them.
  private static let closingMarks: Set<Character> = ["?", "!", ":", ";", "»", ")", "€", "%"]
}
