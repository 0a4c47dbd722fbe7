/// A value in a theme file that cannot be read, before the file and line are known.
public struct ThemeValueError: Error, Sendable, Equatable {
  /// What is wrong with the value.
  public var reason: String

  /// Creates an error saying `reason`.
  public init(_ reason: String) { self.reason = reason }
}
