/// The seam between the application and a screen: ncurses in production, an in-memory grid in tests.
///
/// Everything runs on one thread: the runtime asks for the next event, updates the state, renders
/// a ``Grid`` and presents it.
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// How many colours the terminal can show.
  var colorDepth: ColorDepth { get }
  /// Sets how each role is drawn; takes effect at the next ``present(_:cursor:)``.
  func setPalette(_ palette: [StyleRole: CellStyle])
  /// Draws `grid`, sending only what changed since the last call, and rests the hardware cursor
  /// at `cursor` (the selected row, for screen readers), or hides it when nil.
  func present(_ grid: Grid, cursor: Position?)
  /// Forgets what the screen shows: the next ``present(_:cursor:)`` clears the terminal and draws
  /// every cell (Ctrl-L, after another program wrote over the screen).
  func invalidate()
  /// Hands the screen back to the shell and stops the process (Ctrl-Z); returns once it is
  /// continued (`fg`), ``size`` up to date and the next present drawing every cell.
  func suspend()
  /// Waits at most `timeoutMilliseconds` for a key or a resize; nil when the time ran out.
  func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}
