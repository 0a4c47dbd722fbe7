import ArdoiseUI
import Testing

struct MemoryTerminalTests {
  /// What a test reads back is the last frame presented, with its cursor, and the palette set.
  @Test func keepsTheLastPresentedFrameAndThePalette() {
    let terminal = MemoryTerminal(size: Size(width: 20, height: 3), colorDepth: .eight)
    #expect(terminal.presentedGrid == nil)
    #expect(terminal.presentCount == 0)
    terminal.setPalette([.title: CellStyle(attributes: [.bold])])
    var first = Grid(size: terminal.size)
    first.write("Récap", x: 0, y: 0, role: .title)
    var second = Grid(size: terminal.size)
    second.write("Suite", x: 0, y: 1, role: .normal)
    terminal.present(first, cursor: Position(x: 0, y: 1))
    #expect(terminal.presentedCursor == Position(x: 0, y: 1))
    terminal.present(second, cursor: nil)
    #expect(terminal.presentCount == 2)
    #expect(terminal.presentedGrid?.lines == ["", "Suite", ""])
    #expect(terminal.presentedCursor == nil)
    #expect(terminal.palette[.title] == CellStyle(attributes: [.bold]))
  }

  /// Ctrl-Z and Ctrl-L as the runtime sees them: a suspension counts and the window may come back
  /// at another size; an invalidation counts.
  @Test func suspendTakesTheSizeTheWindowHasOnResume() {
    let terminal = MemoryTerminal()
    terminal.suspend()
    #expect(terminal.suspendCount == 1)
    #expect(terminal.size == Size(width: 80, height: 24))
    terminal.sizeAfterSuspend = Size(width: 100, height: 30)
    terminal.suspend()
    #expect(terminal.suspendCount == 2)
    #expect(terminal.size == Size(width: 100, height: 30))
    terminal.invalidate()
    #expect(terminal.invalidateCount == 1)
  }

  @Test func replaysScriptedEventsThenNil() {
    let terminal = MemoryTerminal(events: [.key(.down)])
    terminal.enqueue(keys: .enter, .character("é"))
    terminal.enqueue(.resize(Size(width: 100, height: 30)), .terminate)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.down))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.enter))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("é")))
    #expect(terminal.size == Size(width: 80, height: 24))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 100, height: 30)))
    #expect(terminal.size == Size(width: 100, height: 30))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .terminate)
    #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == nil)
  }
}
