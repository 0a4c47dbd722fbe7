import ArdoiseCore
import ArdoiseCurses
import ArdoiseUI
import Foundation
import Testing

/// ncurses state is process-global: every test that starts a terminal runs in this one serialized suite.
@Suite(.serialized)
struct NcursesTerminalTests {
  private static let palette: [StyleRole: CellStyle] = [
    .title: CellStyle(foreground: .indexed(255), background: .indexed(24), attributes: [.bold]),
    .selectedRow: CellStyle(attributes: [.reverse]),
    .status: CellStyle(foreground: .indexed(0), background: .indexed(250)),
  ]

  /// A list screen of 80×24 with row `selected` highlighted.
  private static func listScreen(selected: Int) -> Grid {
    var grid = Grid(size: Size(width: 80, height: 24))
    grid.fill(Rect(x: 0, y: 0, width: 80, height: 1), role: .title)
    grid.write("ardoise · Le Petit Zinc · 12/03", x: 1, y: 0, role: .title)
    for row in 1..<23 {
      let role: StyleRole = row == selected ? .selectedRow : .normal
      grid.fill(Rect(x: 0, y: row, width: 80, height: 1), role: role)
      grid.write("Table \(row) — addition impayée", x: 2, y: row, role: role)
      grid.write("\(row),50 €", x: 68, y: row, role: role)
    }
    grid.fill(Rect(x: 0, y: 23, width: 80, height: 1), role: .status)
    grid.write("? aide  / filtrer  q quitter", x: 0, y: 23, role: .status)
    return grid
  }

  @Test func drawsWhatTheGridSays() throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm-256color", size: Size(width: 80, height: 24))
    defer { pseudoTerminal.close() }
    let terminal = pseudoTerminal.terminal
    #expect(terminal.size == Size(width: 80, height: 24))
    #expect(terminal.colorDepth == .indexed256)
    terminal.setPalette(Self.palette)
    var grid = Grid(size: terminal.size)
    grid.write("Récupérer l'addition — 42,50 €", x: 0, y: 0, role: .title)
    grid.write("宽字符 e\u{301}t\u{E9}", x: 2, y: 3, role: .normal)
    grid.write("fin", x: 77, y: 23, role: .status)
    grid.write("宽", x: 78, y: 22, role: .normal)

    let output = String(decoding: try pseudoTerminal.output(presenting: grid, cursor: Position(x: 2, y: 3)), as: UTF8.self)

    #expect(output.contains("Récupérer l'addition"))
    #expect(output.contains("42,50 €"))
    #expect(output.contains("宽字符"))
    #expect(output.contains("38;5;255"))
    #expect(output.contains("48;5;24"))
    #expect(terminal.displayedRow(0) == "Récupérer l'addition — 42,50 €")
    #expect(terminal.displayedRow(3) == "  宽字符 e\u{301}té")
    #expect(terminal.displayedRow(22) == String(repeating: " ", count: 78) + "宽")
    #expect(terminal.displayedRow(23) == String(repeating: " ", count: 77) + "fin")
    // The cursor is shown and parked where asked (cup is 1-based).
    #expect(output.hasSuffix("\u{1B}[4;3H") || output.contains("\u{1B}[?25h"))
  }

  @Test func movingTheSelectionByOneRowSendsOnlyThoseRows() throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm-256color", size: Size(width: 80, height: 24))
    defer { pseudoTerminal.close() }
    pseudoTerminal.terminal.setPalette(Self.palette)

    let fullScreen = try pseudoTerminal.bytesWritten(presenting: Self.listScreen(selected: 3), cursor: Position(x: 0, y: 3))
    let oneRow = try pseudoTerminal.bytesWritten(presenting: Self.listScreen(selected: 4), cursor: Position(x: 0, y: 4))
    let unchanged = try pseudoTerminal.bytesWritten(presenting: Self.listScreen(selected: 4), cursor: Position(x: 0, y: 4))

    #expect(fullScreen > 1000)
    #expect(oneRow < 300)
    #expect(oneRow * 5 < fullScreen)
    #expect(unchanged < 16)
  }

  @Test func keysArriveAsKeys() throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm-256color")
    defer { pseudoTerminal.close() }
    let terminal = pseudoTerminal.terminal
    let cases: [(String, Key)] = [
      ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
      ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
      ("\r", .enter), ("\n", .enter), ("\u{1B}OM", .enter), ("\t", .tab), ("\u{1B}[Z", .backTab),
      ("\u{7F}", .backspace), ("\u{8}", .backspace), ("\u{1B}[3~", .delete), ("\u{1B}[2~", .insert),
      ("\u{1B}OP", .function(1)), ("\u{1B}[24~", .function(12)),
      ("\u{3}", .control("c")), ("\u{11}", .control("q")),
      ("a", .character("a")), ("é", .character("é")), ("€", .character("€")), ("宽", .character("宽")),
    ]
    for (typed, key) in cases {
      pseudoTerminal.type(typed)
      #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(key), "typed \(typed.debugDescription)")
    }
    pseudoTerminal.type("\u{1B}")
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(.escape))
  }

  /// Home and End arrive as Home and End whichever way the terminal sends them: tmux and screen
  /// send `ESC[1~`/`ESC[4~` even when the pane's TERM is xterm-256color, xterm outside keypad mode
  /// `ESC[H`/`ESC[F`, rxvt `ESC[7~`/`ESC[8~`.
  @Test(arguments: ["xterm-256color", "screen", "tmux-256color"])
  func homeAndEndArriveInEveryVariant(terminalName: String) throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: terminalName)
    defer { pseudoTerminal.close() }
    let terminal = pseudoTerminal.terminal
    for typed in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] {
      pseudoTerminal.type(typed)
      #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(.home), "\(terminalName): typed \(typed.debugDescription)")
    }
    for typed in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] {
      pseudoTerminal.type(typed)
      #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(.end), "\(terminalName): typed \(typed.debugDescription)")
    }
    // Keys after them are keys, not leftovers of a sequence.
    pseudoTerminal.type("q")
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(.character("q")))
  }

  /// Bracketed paste is asked for at start and given back at close; a paste between its two
  /// markers comes as one event, Return and letters included, never as keys.
  @Test func aBracketedPasteArrivesWholeNeverAsKeys() throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm-256color")
    defer { pseudoTerminal.close() }
    let terminal = pseudoTerminal.terminal
    let started = String(decoding: try pseudoTerminal.takeOutput(), as: UTF8.self)
    #expect(started.contains("\u{1B}[?2004h"))
    pseudoTerminal.type("\u{1B}[200~Deux hommes\rveste bleue, q n é\u{1B}[201~")
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .paste("Deux hommes\rveste bleue, q n é"))
    // Keys after the paste are keys again.
    pseudoTerminal.type("q")
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(.character("q")))
    // An arrow's sequence inside a paste is dropped, not obeyed.
    pseudoTerminal.type("\u{1B}[200~a\u{1B}OAb\u{1B}[201~")
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .paste("ab"))
    terminal.close()
    let closed = String(decoding: try pseudoTerminal.takeOutput(), as: UTF8.self)
    #expect(closed.contains("\u{1B}[?2004l"))
  }

  /// Esc answers in about 25 ms, not ncurses' default second (the environment of the test
  /// process sets no ESCDELAY of its own).
  @Test func escapeWaitsTwentyFiveMilliseconds() throws {
    let pseudoTerminal = try PseudoTerminal()
    defer { pseudoTerminal.close() }
    let userValue = ProcessInfo.processInfo.environment["ESCDELAY"].flatMap(Int.init)
    #expect(pseudoTerminal.terminal.escapeDelayMilliseconds == (userValue ?? 25))
  }

  @Test func timesOutWithNil() throws {
    let pseudoTerminal = try PseudoTerminal()
    defer { pseudoTerminal.close() }
    let clock = ContinuousClock()
    let start = clock.now
    #expect(pseudoTerminal.terminal.nextEvent(timeoutMilliseconds: 150) == nil)
    let elapsed = clock.now - start
    #expect(elapsed >= .milliseconds(140))
    #expect(elapsed < .seconds(2))
  }

  @Test func reportsAResize() throws {
    let pseudoTerminal = try PseudoTerminal(size: Size(width: 80, height: 24))
    defer { pseudoTerminal.close() }
    let terminal = pseudoTerminal.terminal
    terminal.present(Self.listScreen(selected: 2), cursor: nil)
    pseudoTerminal.resize(to: Size(width: 100, height: 30))
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .resize(Size(width: 100, height: 30)))
    #expect(terminal.size == Size(width: 100, height: 30))
    var grid = Grid(size: terminal.size)
    grid.write("fin", x: 97, y: 29, role: .normal)
    terminal.present(grid, cursor: nil)
    #expect(terminal.displayedRow(29) == String(repeating: " ", count: 97) + "fin")
    #expect(terminal.displayedRow(1) == "")
  }

  /// A terminal whose window closed answers every read at once; the wait must end in
  /// `.terminate`, not spin until its deadline (or forever, without one).
  @Test func aHungUpTerminalBecomesTerminate() throws {
    let pseudoTerminal = try PseudoTerminal()
    defer { pseudoTerminal.close() }
    #expect(!pseudoTerminal.terminal.isHungUp)
    pseudoTerminal.hangUp()
    #expect(pseudoTerminal.terminal.isHungUp)
    let clock = ContinuousClock()
    let start = clock.now
    #expect(pseudoTerminal.terminal.nextEvent(timeoutMilliseconds: 3000) == .terminate)
    #expect(clock.now - start < .seconds(1))
  }

  @Test func stopSignalBecomesTerminate() throws {
    let pseudoTerminal = try PseudoTerminal(handlesSignals: true)
    defer { pseudoTerminal.close() }
    let clock = ContinuousClock()
    let start = clock.now
    // To the process: worker threads of the test runner block asynchronous signals.
    kill(getpid(), SIGTERM)
    #expect(pseudoTerminal.terminal.nextEvent(timeoutMilliseconds: 5000) == .terminate)
    #expect(clock.now - start < .milliseconds(500))
  }

  @Test func noColorDrawsAttributesOnly() throws {
    for (environment, noColor) in [(["NO_COLOR": "1"], false), ([:], true)] {
      let pseudoTerminal = try PseudoTerminal(environment: environment, noColor: noColor)
      defer { pseudoTerminal.close() }
      #expect(pseudoTerminal.terminal.colorDepth == .monochrome)
      pseudoTerminal.terminal.setPalette(Self.palette)
      let output = String(decoding: try pseudoTerminal.output(presenting: Self.listScreen(selected: 3)), as: UTF8.self)
      #expect(!output.contains("38;5;"))
      #expect(!output.contains("48;5;"))
      #expect(output.contains("7m"))
    }
    let empty = try PseudoTerminal(environment: ["NO_COLOR": ""])
    defer { empty.close() }
    #expect(empty.terminal.colorDepth == .indexed256)
  }

  @Test func eightColorTerminalGetsNearestColors() throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm")
    defer { pseudoTerminal.close() }
    #expect(pseudoTerminal.terminal.colorDepth == .eight)
    pseudoTerminal.terminal.setPalette([.title: CellStyle(foreground: .rgb(250, 250, 250), background: .indexed(4))])
    var grid = Grid(size: pseudoTerminal.terminal.size)
    grid.write("titre", x: 0, y: 0, role: .title)
    let output = String(decoding: try pseudoTerminal.output(presenting: grid), as: UTF8.self)
    #expect(output.contains("37") && output.contains("44"))
    #expect(!output.contains("38;5;"))
  }

  /// Mid grey on an 8-colour terminal is drawn white (7), as the themes' own colour measure
  /// (``XtermPalette``, CIELAB) says it looks; a weighted RGB distance picked yellow (3).
  @Test func eightColorTerminalMeasuresColorsAsThemesDo() throws {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm")
    defer { pseudoTerminal.close() }
    let grey = RGBColor(red: 128, green: 128, blue: 128)
    #expect(XtermPalette.index(nearestTo: grey, among: 0..<8) == 7)
    pseudoTerminal.terminal.setPalette([.title: CellStyle(foreground: .rgb(128, 128, 128), background: .indexed(4))])
    var grid = Grid(size: pseudoTerminal.terminal.size)
    grid.write("titre", x: 0, y: 0, role: .title)
    let output = String(decoding: try pseudoTerminal.output(presenting: grid), as: UTF8.self)
    #expect(output.contains("\u{1B}[37m"), "\(output.debugDescription)")
    #expect(!output.contains("\u{1B}[33m"))
  }

  @Test func refusesDumbUnknownUnsetAndNonTerminals() throws {
    #expect(throws: TerminalUnavailable.noCursorAddressing("dumb")) {
      try PseudoTerminal(terminalName: "dumb")
    }
    #expect(throws: TerminalUnavailable.unknownTerminalType("ardoise-no-such-terminal")) {
      try PseudoTerminal(terminalName: "ardoise-no-such-terminal")
    }
    #expect(throws: TerminalUnavailable.terminalTypeUnset) {
      try NcursesTerminal.open(environment: [:])
    }
    #expect(throws: TerminalUnavailable.terminalTypeUnset) {
      try NcursesTerminal.open(environment: ["TERM": ""])
    }
    let null = open("/dev/null", O_RDWR)
    defer { close(null) }
    #expect(throws: TerminalUnavailable.notATerminal) {
      try NcursesTerminal(inputDescriptor: null, outputDescriptor: null, terminalName: "xterm-256color")
    }
  }

  @Test func refusalMessagesComeInBothLanguages() {
    let reasons: [TerminalUnavailable] = [
      .notATerminal, .terminalTypeUnset, .unknownTerminalType("vt999"), .noCursorAddressing("dumb"), .startFailed("xterm"),
    ]
    for reason in reasons {
      let french = reason.message(.french)
      let english = reason.message(.english)
      #expect(!french.isEmpty && !english.isEmpty && french != english)
    }
    #expect(TerminalUnavailable.unknownTerminalType("vt999").message(.french).contains("TERM=vt999"))
    #expect(TerminalUnavailable.noCursorAddressing("dumb").message(.english).contains("TERM=dumb"))
  }

  @Test func closeIsIdempotent() throws {
    let pseudoTerminal = try PseudoTerminal()
    pseudoTerminal.terminal.close()
    pseudoTerminal.terminal.close()
    #expect(pseudoTerminal.terminal.nextEvent(timeoutMilliseconds: 10) == nil)
    pseudoTerminal.close()
  }
}
