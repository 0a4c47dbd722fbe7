import ArdoiseUI
import Testing

struct MemoryTerminalTests {
  @Test func recordsPresentsAndPalette() {
    let terminal = MemoryTerminal(size: Size(width: 20, height: 3), colorDepth: .eight)
    #expect(terminal.presentedGrid == nil)
    #expect(terminal.presentCount == 0)
    terminal.setPalette([.title: CellStyle(attributes: [.bold])])
    var grid = Grid(size: terminal.size)
    grid.write("Récap", x: 0, y: 0, role: .title)
    terminal.present(grid, cursor: Position(x: 0, y: 1))
    terminal.present(grid, cursor: nil)
    #expect(terminal.presentCount == 2)
    #expect(terminal.presentedGrid?.lines.first == "Récap")
    #expect(terminal.presentedCursor == nil)
    #expect(terminal.palette[.title] == CellStyle(attributes: [.bold]))
    #expect(terminal.colorDepth == .eight)
    terminal.colorDepth = .monochrome
    #expect(terminal.colorDepth == .monochrome)
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
