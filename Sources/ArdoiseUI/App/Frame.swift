/// What the runtime presents: the grid and where the hardware cursor rests.
public struct Frame: Sendable, Equatable {
  public var grid: Grid
  public var cursor: Position?
}
