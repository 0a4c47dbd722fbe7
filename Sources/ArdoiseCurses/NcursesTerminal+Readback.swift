import CNcurses

extension NcursesTerminal {
  /// Row `y` as ncurses believes the terminal shows it (its `curscr`), one entry per character,
  /// so a wide character appears once; trailing spaces removed. For tests and diagnostics.
  public func displayedRow(_ y: Int) -> String {
    guard !isClosed, y >= 0, y < size.height, let current = shim_curscr() else { return "" }
    set_term(screen)
    var buffer = [wchar_t](repeating: 0, count: size.width * 5 + 1)
    let count = buffer.withUnsafeMutableBufferPointer { pointer in
      mvwinnwstr(current, Int32(y), 0, pointer.baseAddress, Int32(size.width * 5))
    }
    guard count != ERR else { return "" }
    var text = ""
    for character in buffer where character != 0 {
      if let scalar = Unicode.Scalar(UInt32(bitPattern: character)) { text.unicodeScalars.append(scalar) }
    }
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  /// Every row as ncurses believes the terminal shows it, joined by newlines.
  public var displayedText: String {
    (0..<size.height).map(displayedRow).joined(separator: "\n")
  }
}
