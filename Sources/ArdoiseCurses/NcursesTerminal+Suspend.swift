import ArdoiseUI
import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

extension NcursesTerminal {
  /// Ctrl-Z: leaves curses mode (the shell gets its screen and tty modes back), stops the
  /// process, and when it is continued takes the screen again at whatever size the window has
  /// now, drawing every cell at the next present. Without a job-control shell the stop is
  /// discarded and the screen is simply drawn again.
  public func suspend() {
    guard !isClosed else { return }
    set_term(screen)
    setBracketedPaste(false)
    endwin()
    fflush(outputStream)
    shim_stop_process()
    setBracketedPaste(true)
    // Continued: the window may have been resized while ardoise was stopped (no SIGWINCH
    // reaches a stopped process in the background).
    var rows: Int32 = 0
    var columns: Int32 = 0
    if shim_get_window_size(fileno(outputStream), &rows, &columns) == 0, rows > 0, columns > 0,
      Int(rows) != size.height || Int(columns) != size.width
    {
      resize_term(rows, columns)
      size = Size(width: Int(columns), height: Int(rows))
    }
    needsFullRedraw = true
    clearok(window, true)
  }
}
