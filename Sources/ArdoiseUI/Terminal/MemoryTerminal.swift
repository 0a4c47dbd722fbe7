/// A terminal in memory, for tests: records what was presented and replays scripted events.
public final class MemoryTerminal: Terminal {
  /// The current size; set it directly, or script a `.resize` event that changes it when returned.
  public var size: Size
  /// The colour depth the application adapts its palette to.
  public var colorDepth: ColorDepth
  /// The palette of the last ``setPalette(_:)``.
  public private(set) var palette: [StyleRole: CellStyle] = [:]
  /// The grid of the last ``present(_:cursor:)``, nil before the first.
  public private(set) var presentedGrid: Grid?
  /// The cursor of the last ``present(_:cursor:)`` (nil when hidden).
  public private(set) var presentedCursor: Position?
  /// How many times ``present(_:cursor:)`` was called.
  public private(set) var presentCount = 0
  /// How many times ``invalidate()`` was called.
  public private(set) var invalidateCount = 0
  /// Events still to be returned by ``nextEvent(timeoutMilliseconds:)``, first first.
  public var pendingEvents: [TerminalEvent]

  /// A terminal of `size` and `colorDepth` that will return `events` in order.
  public init(size: Size = Size(width: 80, height: 24), colorDepth: ColorDepth = .indexed256,
              events: [TerminalEvent] = []) {
    self.size = size
    self.colorDepth = colorDepth
    self.pendingEvents = events
  }

  /// Adds events at the end of the script.
  public func enqueue(_ events: TerminalEvent...) {
    pendingEvents.append(contentsOf: events)
  }

  /// Adds key events at the end of the script.
  public func enqueue(keys: Key...) {
    pendingEvents.append(contentsOf: keys.map(TerminalEvent.key))
  }

  public func setPalette(_ palette: [StyleRole: CellStyle]) {
    self.palette = palette
  }

  /// How many times ``suspend()`` was called.
  public private(set) var suspendCount = 0
  /// The size the terminal has when it is continued after ``suspend()``, if it changed meanwhile.
  public var sizeAfterSuspend: Size?

  public func suspend() {
    suspendCount += 1
    if let sizeAfterSuspend { size = sizeAfterSuspend }
  }

  public func invalidate() {
    invalidateCount += 1
  }

  public func present(_ grid: Grid, cursor: Position?) {
    presentedGrid = grid
    presentedCursor = cursor
    presentCount += 1
  }

  /// The next scripted event, or nil (at once) when the script is empty; a `.resize` also
  /// changes ``size``.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    guard !pendingEvents.isEmpty else { return nil }
    let event = pendingEvents.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }
}
