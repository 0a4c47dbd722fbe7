import ArdoiseCore

/// The theme to use after asking for one, and why it is not the one asked for, if it is not.
public struct ThemeLoadResult: Sendable, Equatable {
  /// The theme to draw with: the one asked for, or the default one if that failed.
  public var theme: Theme
  /// Where ``theme`` came from.
  public var source: ThemeSource
  /// What went wrong, for the status line (`FILE:LINE: reason`, or a theme not found); nil if nothing did.
  public var error: LocalizedText?

  /// Creates a result.
  public init(theme: Theme, source: ThemeSource, error: LocalizedText? = nil) {
    self.theme = theme
    self.source = source
    self.error = error
  }
}
