import ArdoiseCore

/// One cell of the screen: a grapheme and the role it is painted with. The cell right of a wide
/// character holds an empty `text` (a continuation).
public struct Cell: Sendable, Hashable {
  public var text: String
  public var role: StyleRole

  public init(text: String = " ", role: StyleRole = .normal) {
    self.text = text
    self.role = role
  }

  public static let blank = Cell()
  public var isContinuation: Bool { text.isEmpty }
}

/// An in-memory screen of cells. Views draw into it; the terminal presents it; tests read it back
/// as text.
public struct Grid: Sendable, Equatable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = size
    self.cells = Array(repeating: .blank, count: max(0, size.width * size.height))
  }

  public var width: Int { size.width }
  public var height: Int { size.height }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set { cells[y * size.width + x] = newValue }
  }

  /// Writes `text` at (`x`, `y`), clipped to `maxWidth` columns and to the grid, never wrapping.
  /// Control, bidirectional and invisible characters are shown inert (`String.inert`). A wide
  /// character that does not fit is replaced by a space.
  ///
  /// - Returns: the number of columns written.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < size.height, x < size.width else { return 0 }
    let limit = min(size.width, x + (maxWidth ?? size.width))
    var column = x
    for character in text.inert {
      let w = character.displayWidth
      if w == 0 {
        // A lone zero-width character joins the previous character, not the continuation of a wide one.
        var base = column - 1
        if base > x, base < size.width, self[base, y].isContinuation { base -= 1 }
        if column > x, base >= 0, base < size.width { self[base, y].text.append(character) }
        continue
      }
      if column + w > limit {
        if w == 2 && column < limit { self[column, y] = Cell(text: " ", role: role); column += 1 }
        break
      }
      if column >= 0 {
        clearWideNeighbour(x: column, y: y)
        self[column, y] = Cell(text: String(character), role: role)
        if w == 2 {
          clearWideNeighbour(x: column + 1, y: y)
          self[column + 1, y] = Cell(text: "", role: role)
        }
      }
      column += w
    }
    return column - x
  }

  /// Paints `rect` with spaces in `role`.
  public mutating func fill(_ rect: Rect, role: StyleRole) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) {
        self[x, y] = Cell(text: " ", role: role)
      }
    }
  }

  /// Changes the role of the cells in `rect` without touching their text.
  public mutating func paint(_ rect: Rect, role: StyleRole) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) {
        self[x, y].role = role
      }
    }
  }

  /// Overwriting half of a wide character blanks its other half.
  private mutating func clearWideNeighbour(x: Int, y: Int) {
    guard x >= 0, x < size.width else { return }
    if self[x, y].isContinuation, x > 0 { self[x - 1, y].text = " " }
    if x + 1 < size.width, self[x + 1, y].isContinuation { self[x + 1, y].text = " " }
  }

  /// Row `y` as text, with trailing spaces kept.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<size.width { text += self[x, y].text }
    return text
  }

  /// Every row as text, trailing spaces removed: what a test compares.
  public var lines: [String] {
    (0..<size.height).map { y in
      var line = self.line(y)
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// The whole screen as one string, rows joined by newlines, trailing spaces removed.
  public var text: String { lines.joined(separator: "\n") }

  /// Row `y` with roles marked inline, neovim-style: `{title:ardoise}` around each run of a role
  /// other than `normal`.
  public func styledLine(_ y: Int) -> String {
    var result = ""
    var current: StyleRole = .normal
    var run = ""
    func flush() {
      guard !run.isEmpty else { return }
      result += current == .normal ? run : "{\(current.rawValue):\(run)}"
      run = ""
    }
    for x in 0..<size.width {
      let cell = self[x, y]
      if cell.role != current { flush(); current = cell.role }
      run += cell.text
    }
    flush()
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
