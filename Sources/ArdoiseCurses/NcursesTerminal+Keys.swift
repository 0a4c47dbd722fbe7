import ArdoiseUI
import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

extension NcursesTerminal {
  /// The longest ncurses waits in one read, so a stop request is noticed within about 100 ms.
  static let readSliceMilliseconds = 100

  /// Waits at most `timeoutMilliseconds` (forever when negative) for a key or a resize.
  ///
  /// Returns `.terminate` as soon as SIGTERM, SIGHUP or SIGINT has arrived, and nil when the time
  /// ran out. A bracketed paste comes whole as `.paste`. Input that maps to no ``Key`` is skipped.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    guard !isClosed else { return nil }
    set_term(screen)
    let clock = ContinuousClock()
    let deadline = timeoutMilliseconds < 0 ? nil : clock.now.advanced(by: .milliseconds(timeoutMilliseconds))
    var firstRead = true
    while true {
      if stopRequested { return .terminate }
      var slice = Self.readSliceMilliseconds
      if let deadline {
        let remaining = Self.milliseconds(clock.now.duration(to: deadline))
        if remaining <= 0 && !firstRead { return nil }
        slice = max(0, min(slice, remaining))
      }
      firstRead = false
      wtimeout(window, Int32(slice))
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      if stopRequested { return .terminate }
      // No key: a wait that ran out, or a terminal that is gone (its window closed, the ssh
      // link dropped). A hung-up terminal answers at once, forever: without this check the loop
      // would spin a core until someone kills the process.
      if result == ERR && isHungUp { return .terminate }
      if result == KEY_CODE_YES {
        if Int32(character) == KEY_RESIZE {
          size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
          needsFullRedraw = true
          return .resize(size)
        }
        if Int32(character) == shim_key_paste_start() { return readPaste() }
        if let key = Self.key(forKeyCode: Int32(character)) { return .key(key) }
      } else if result == OK {
        if let key = Self.key(forCharacter: character) { return .key(key) }
      }
    }
  }

  /// Whether the terminal hung up: its input reports a hang-up or an error, or is no longer open.
  public var isHungUp: Bool {
    var descriptor = pollfd(fd: fileno(inputStream), events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR && errno != EAGAIN }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// Whether a stop signal arrived (only watched when this terminal installed the handlers).
  var stopRequested: Bool { handlesSignals && SignalGuard.stopRequested }

  /// Whole milliseconds in `duration`, rounded up so a short remainder still waits.
  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    let rest = attoseconds % 1_000_000_000_000_000
    return Int(milliseconds) + (rest > 0 ? 1 : 0)
  }

  /// The key for a function-key code from `wget_wch` (`KEY_CODE_YES`), nil for one ardoise ignores.
  static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    default:
      for number in 1...12 where code == shim_key_f(Int32(number)) { return .function(number) }
      return nil
    }
  }

  /// The key for a character from `wget_wch` (`OK`): Enter, Tab, Esc, Backspace, Ctrl-letters,
  /// and printable characters; nil for other control characters.
  static func key(forCharacter character: wint_t) -> Key? {
    switch character {
    case 13, 10: return .enter
    case 9: return .tab
    case 27: return .escape
    case 127, 8: return .backspace
    case 1...26:
      guard let letter = Unicode.Scalar(character + 0x60) else { return nil }
      return .control(Character(letter))
    case 0..<0x20, 0x80..<0xA0:
      return nil
    default:
      guard let scalar = Unicode.Scalar(character) else { return nil }
      return .character(Character(scalar))
    }
  }
}
