import ArdoiseCore

/// A value in a theme file that cannot be read, before the file and line are known.
public struct ThemeValueError: Error, Sendable, Equatable {
  /// What is wrong with the value, in French and English.
  public var reason: LocalizedText

  /// Creates an error saying `reason`.
  public init(_ reason: LocalizedText) { self.reason = reason }
}
