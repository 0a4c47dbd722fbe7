import ArdoiseUI
import CNcurses
import Foundation

extension NcursesTerminal {
  /// Draws the cells of `grid` that changed since the last present (all of them after a resize,
  /// a palette change or the first present), parks the hardware cursor, and updates the screen
  /// with one `doupdate`.
  public func present(_ grid: Grid, cursor: Position?) {
    guard !isClosed else { return }
    set_term(screen)
    let redrawAll = needsFullRedraw || presentedGrid?.size != grid.size
    if redrawAll { werase(window) }
    let width = min(grid.width, size.width)
    let height = min(grid.height, size.height)
    for y in 0..<height {
      for x in 0..<width {
        let cell = grid[x, y]
        if cell.isContinuation { continue }
        if !redrawAll, let previous = presentedGrid, previous[x, y] == cell { continue }
        draw(cell, x: x, y: y)
      }
    }
    presentedGrid = grid
    needsFullRedraw = false
    placeCursor(cursor)
    wnoutrefresh(window)
    doupdate()
  }

  /// The next present clears the physical screen and draws every cell: what another program
  /// wrote over ardoise is gone.
  public func invalidate() {
    guard !isClosed else { return }
    set_term(screen)
    needsFullRedraw = true
    clearok(window, true)
  }

  /// Shows the hardware cursor at `cursor`, or hides it when nil or outside the screen.
  private func placeCursor(_ cursor: Position?) {
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
      if cursorVisible != true {
        curs_set(1)
        cursorVisible = true
      }
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else if cursorVisible != false {
      curs_set(0)
      cursorVisible = false
    }
  }

  /// Draws one cell (a wide one covers the next column too), never past the right edge.
  private func draw(_ cell: Cell, x: Int, y: Int) {
    let style = styles[cell.role] ?? .plain
    let gridWidth = max(1, min(2, cell.text.displayWidth))
    guard x + gridWidth <= size.width else {
      // A wide character cut by the right edge (a grid wider than the screen): a space instead.
      put([wchar_t(0x20)], x: x, y: y, width: 1, style: style)
      return
    }
    let characters = Self.wideCharacters(of: cell.text)
    let libraryWidth = characters.first.map { Int(wcwidth($0)) } ?? -1
    if libraryWidth == gridWidth {
      put(characters, x: x, y: y, width: gridWidth, style: style)
    } else if libraryWidth == 1 {
      // The grid reserved two columns for what ncurses thinks is one: pad with a space.
      put(characters, x: x, y: y, width: 1, style: style)
      put([wchar_t(0x20)], x: x + 1, y: y, width: 1, style: style)
    } else {
      // Unprintable in this locale, or wider than the grid allowed: a replacement, padded.
      put([wchar_t(0xFFFD)], x: x, y: y, width: 1, style: style)
      if gridWidth == 2 { put([wchar_t(0x20)], x: x + 1, y: y, width: 1, style: style) }
    }
  }

  /// Adds `characters` (a spacing character and its combining marks) at (`x`, `y`); at the end of
  /// the bottom row it inserts instead, so ncurses never wraps or scrolls.
  private func put(_ characters: [wchar_t], x: Int, y: Int, width: Int, style: ResolvedStyle) {
    var terminated = characters
    terminated.append(0)
    let atBottomRight = y == size.height - 1 && x + width >= size.width
    _ = terminated.withUnsafeBufferPointer { buffer in
      shim_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, style.attributes, style.pair, atBottomRight ? 1 : 0)
    }
  }

  /// The scalars of one grapheme as ncurses takes them: the first, then only zero-width ones,
  /// at most `CCHARW_MAX` (5) in all.
  static func wideCharacters(of text: String) -> [wchar_t] {
    var result: [wchar_t] = []
    for scalar in text.unicodeScalars {
      let character = wchar_t(bitPattern: scalar.value)
      if result.isEmpty {
        result.append(character)
      } else if wcwidth(character) == 0 {
        result.append(character)
      }
      if result.count == 5 { break }
    }
    return result.isEmpty ? [wchar_t(0x20)] : result
  }
}
