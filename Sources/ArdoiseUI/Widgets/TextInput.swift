/// A one-line text being typed: UTF-8 safe (accents, `€`), with a cursor that moves by
/// grapheme, Backspace, Delete, Home and End.
public struct TextInput: Sendable, Equatable {
  public private(set) var characters: [Character]
  /// Cursor position, 0…count, in graphemes.
  public private(set) var cursor: Int
  /// Whether the text is a value the form suggested (now, the balance, in two days), untouched:
  /// like a selected text, the first character typed replaces it and Backspace or Delete clears
  /// it, while moving the cursor keeps it for editing.
  public private(set) var isSuggestion: Bool

  public init(_ text: String = "", isSuggestion: Bool = false) {
    characters = Array(text)
    cursor = characters.count
    self.isSuggestion = isSuggestion && !text.isEmpty
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// Applies an editing key; returns false when the key is not an editing key.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    if isSuggestion {
      switch key {
      case .character:
        characters.removeAll()
        cursor = 0
      case .backspace, .delete, .control("d"):
        characters.removeAll()
        cursor = 0
        isSuggestion = false
        return true
      default:
        break
      }
    }
    let isEditingKey = edit(key)
    if isEditingKey { isSuggestion = false }
    return isEditingKey
  }

  private mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      characters.insert(character, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left, .control("b"):
      cursor = max(0, cursor - 1)
    case .right, .control("f"):
      cursor = min(characters.count, cursor + 1)
    case .home, .control("a"):
      cursor = 0
    case .end, .control("e"):
      cursor = characters.count
    case .control("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .control("k"):
      characters.removeSubrange(cursor..<characters.count)
    default:
      return false
    }
    return true
  }

  /// The visible part in `width` columns, scrolled so the cursor shows, and the cursor's column
  /// within it.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 0 else { return ("", 0) }
    var start = 0
    func columns(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + $1.inert.displayWidth } }
    while columns(start..<cursor) > width - 1 { start += 1 }
    var end = start
    var used = 0
    while end < characters.count {
      let w = String(characters[end]).inert.displayWidth
      if used + w > width { break }
      used += w
      end += 1
    }
    return (String(characters[start..<end]).inert, columns(start..<cursor))
  }
}

extension Character {
  fileprivate var inert: String { String(self).inert }
}
