import ArdoiseCore
import ArdoiseUI
import CNcurses
import Foundation

/// The real screen: ncursesw behind the ``Terminal`` seam, and the only code in ardoise that
/// touches ncurses.
///
/// Starts curses with `newterm` (never `initscr`, which exits the process on an unknown `TERM`),
/// in raw mode so Ctrl-C arrives as a key, with the wide-character API so accents, `€` and CJK
/// render. ncurses state is process-global: open one at a time.
public final class NcursesTerminal: Terminal {
  /// The current size in cells; updated when a resize event is returned.
  public internal(set) var size: Size
  /// How many colours this terminal shows; `.monochrome` under `NO_COLOR` or `noColor`.
  public let colorDepth: ColorDepth

  let screen: OpaquePointer
  let window: UnsafeMutablePointer<WINDOW>
  let handlesSignals: Bool
  /// The number of colours ncurses reports (`COLORS`), 0 in monochrome.
  let colorCount: Int
  /// What each role of the current palette resolves to.
  var styles: [StyleRole: ResolvedStyle] = [:]
  /// The grid of the last ``present(_:cursor:)``, against which the next one is compared.
  var presentedGrid: Grid?
  /// Set after a resize or a palette change: the next present draws every cell.
  var needsFullRedraw = true
  /// Whether the hardware cursor is shown, or nil before the first present.
  var cursorVisible: Bool?
  private(set) var isClosed = false
  private let files: Files
  /// The stream keys are read from.
  var inputStream: UnsafeMutablePointer<FILE> { files.input }
  /// The stream the screen is written to.
  var outputStream: UnsafeMutablePointer<FILE> { files.output }

  /// How long ncurses waits after Esc for the rest of a key's sequence: 25 ms unless the user's
  /// `ESCDELAY` says otherwise (ncurses' own default is a whole second).
  public var escapeDelayMilliseconds: Int {
    set_term(screen)
    return Int(get_escdelay())
  }

  /// The stdio streams ncurses reads and writes, and whether this terminal must close them.
  private struct Files {
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>
    let owned: Bool
  }

  /// Opens the terminal the process runs in (standard input and output), installing the handlers
  /// that restore it on SIGTERM, SIGHUP, SIGINT and on a crash.
  ///
  /// - Parameters:
  ///   - environment: where `TERM` and `NO_COLOR` are read.
  ///   - noColor: draw with attributes only, as with `NO_COLOR`.
  /// - Throws: ``TerminalUnavailable`` when standard input or output is not a terminal, `TERM` is
  ///   unset or unknown, or the terminal cannot address the cursor; nothing has been drawn then.
  public static func open(
    environment: [String: String] = ProcessInfo.processInfo.environment, noColor: Bool = false
  ) throws -> NcursesTerminal {
    guard let name = environment["TERM"], !name.isEmpty else { throw TerminalUnavailable.terminalTypeUnset }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalUnavailable.notATerminal }
    return try NcursesTerminal(
      inputDescriptor: STDIN_FILENO, outputDescriptor: STDOUT_FILENO, terminalName: name,
      standardStreams: true, noColor: noColor || Self.forbidsColor(environment), handlesSignals: true)
  }

  /// Opens a terminal over the given file descriptors, for example the slave side of a
  /// pseudo-terminal in a benchmark. The descriptors are duplicated; the caller keeps its own.
  ///
  /// - Parameters:
  ///   - inputDescriptor: where keys are read.
  ///   - outputDescriptor: where the screen is written.
  ///   - terminalName: the terminfo name, as `TERM` would give it (`xterm-256color`).
  ///   - environment: where `NO_COLOR` is read.
  ///   - noColor: draw with attributes only.
  ///   - handlesSignals: install the restoring signal handlers, as ``open(environment:noColor:)`` does.
  /// - Throws: ``TerminalUnavailable`` as ``open(environment:noColor:)`` does.
  public convenience init(
    inputDescriptor: Int32, outputDescriptor: Int32, terminalName: String,
    environment: [String: String] = [:], noColor: Bool = false, handlesSignals: Bool = false
  ) throws {
    guard !terminalName.isEmpty else { throw TerminalUnavailable.terminalTypeUnset }
    guard isatty(inputDescriptor) == 1, isatty(outputDescriptor) == 1 else { throw TerminalUnavailable.notATerminal }
    try self.init(
      inputDescriptor: inputDescriptor, outputDescriptor: outputDescriptor, terminalName: terminalName,
      standardStreams: false, noColor: noColor || Self.forbidsColor(environment), handlesSignals: handlesSignals)
  }

  private init(
    inputDescriptor: Int32, outputDescriptor: Int32, terminalName: String, standardStreams: Bool,
    noColor: Bool, handlesSignals: Bool
  ) throws {
    Self.configureLocale()
    switch shim_probe_terminal(terminalName, outputDescriptor) {
    case Int32(SHIM_TERMINAL_USABLE): break
    case Int32(SHIM_TERMINAL_NO_CURSOR_ADDRESSING): throw TerminalUnavailable.noCursorAddressing(terminalName)
    default: throw TerminalUnavailable.unknownTerminalType(terminalName)
    }
    // A short Esc delay unless the user chose one (ncurses waits a whole second by default).
    setenv("ESCDELAY", "25", 0)

    var savedModes = termios()
    let hasSavedModes = tcgetattr(outputDescriptor, &savedModes) == 0

    let files: Files
    if standardStreams {
      files = Files(input: shim_stdin(), output: shim_stdout(), owned: false)
    } else {
      guard let input = Self.openStream(duplicating: inputDescriptor, mode: "r") else {
        throw TerminalUnavailable.startFailed(terminalName)
      }
      guard let output = Self.openStream(duplicating: outputDescriptor, mode: "w") else {
        fclose(input)
        throw TerminalUnavailable.startFailed(terminalName)
      }
      files = Files(input: input, output: output, owned: true)
    }
    guard let screen = newterm(terminalName, files.output, files.input) else {
      if files.owned {
        fclose(files.input)
        fclose(files.output)
      }
      throw TerminalUnavailable.unknownTerminalType(terminalName)
    }
    set_term(screen)
    guard let window = shim_stdscr() else {
      endwin()
      delscreen(screen)
      if files.owned {
        fclose(files.input)
        fclose(files.output)
      }
      throw TerminalUnavailable.startFailed(terminalName)
    }
    raw()
    noecho()
    nonl()
    keypad(window, true)
    intrflush(window, false)
    scrollok(window, false)
    leaveok(window, false)

    var colorCount = 0
    if !noColor, has_colors() {
      start_color()
      use_default_colors()
      colorCount = Int(shim_colors())
    }
    self.screen = screen
    self.window = window
    self.files = files
    self.handlesSignals = handlesSignals
    self.colorCount = colorCount
    self.colorDepth = noColor ? .monochrome : ColorDepth(colorCount: colorCount)
    self.size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))

    definePasteKeys()
    defineKeyVariants()
    setBracketedPaste(true)

    if handlesSignals {
      SignalGuard.install(
        outputDescriptor: outputDescriptor, savedModes: hasSavedModes ? savedModes : nil,
        resetBytes: Self.resetBytes())
    }
  }

  deinit { close() }

  /// Puts the terminal back as it was (leaves the alternate screen, shows the cursor, restores
  /// the tty modes) and frees ncurses' screen. Safe to call more than once.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    set_term(screen)
    if handlesSignals { SignalGuard.uninstall() }
    setBracketedPaste(false)
    endwin()
    delscreen(screen)
    if files.owned {
      fclose(files.input)
      fclose(files.output)
    }
  }

  /// Whether `NO_COLOR` is set to a non-empty value (no-color.org).
  static func forbidsColor(_ environment: [String: String]) -> Bool {
    guard let value = environment["NO_COLOR"] else { return false }
    return !value.isEmpty
  }

  /// Takes the user's locale, falling back to `C.UTF-8` for characters when it is not UTF-8:
  /// without a UTF-8 locale the wide-character API drops accents.
  static func configureLocale() {
    setlocale(LC_ALL, "")
    let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
  }

  /// A stdio stream over a duplicate of `descriptor`, so closing it leaves the caller's open.
  private static func openStream(duplicating descriptor: Int32, mode: String) -> UnsafeMutablePointer<FILE>? {
    let duplicate = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
    guard duplicate >= 0 else { return nil }
    guard let stream = fdopen(duplicate, mode) else {
      Glibc.close(duplicate)
      return nil
    }
    return stream
  }

  /// The bytes that put the current terminal back after a crash: keypad transmit off, attributes
  /// off, cursor shown, bracketed paste off, alternate screen left.
  private static func resetBytes() -> [UInt8] {
    var bytes: [UInt8] = Array(bracketedPasteOff.utf8)
    for capability in ["rmkx", "sgr0", "cnorm", "rmcup"] {
      guard let value = shim_string_capability(capability) else { continue }
      value.withMemoryRebound(to: UInt8.self, capacity: strlen(value)) { start in
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(value)))
      }
    }
    return bytes
  }
}
