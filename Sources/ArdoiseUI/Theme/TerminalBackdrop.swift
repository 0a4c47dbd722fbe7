/// A terminal's own colours: what `default` means for the foreground and the background.
///
/// Contrast checks of roles that use `default` need to assume some terminal; these are the
/// usual ones.
public struct TerminalBackdrop: Sendable, Hashable, CustomStringConvertible {
  /// The terminal's default text colour.
  public var foreground: RGBColor
  /// The terminal's default background.
  public var background: RGBColor
  /// A short name for test messages.
  public var name: String

  /// Creates a backdrop.
  public init(name: String, foreground: RGBColor, background: RGBColor) {
    self.name = name
    self.foreground = foreground
    self.background = background
  }

  public var description: String { name }

  /// A black terminal with xterm's light grey text.
  public static let black = TerminalBackdrop(
    name: "black", foreground: XtermPalette.basic[7], background: RGBColor(red: 0, green: 0, blue: 0))
  /// A dark grey terminal (many dark schemes) with light grey text.
  public static let darkGrey = TerminalBackdrop(
    name: "dark grey", foreground: XtermPalette.basic[7], background: RGBColor(red: 48, green: 48, blue: 48))
  /// A white terminal with black text.
  public static let white = TerminalBackdrop(
    name: "white", foreground: RGBColor(red: 0, green: 0, blue: 0), background: RGBColor(red: 255, green: 255, blue: 255))
  /// An off-white terminal (many light schemes) with black text.
  public static let offWhite = TerminalBackdrop(
    name: "off-white", foreground: RGBColor(red: 0, green: 0, blue: 0), background: RGBColor(red: 238, green: 238, blue: 238))
}

extension Theme.Background {
  /// The terminals a theme designed for this background must read on.
  public var backdrops: [TerminalBackdrop] {
    switch self {
    case .dark: [.black, .darkGrey]
    case .light: [.white, .offWhite]
    case .terminal: [.black, .darkGrey, .white, .offWhite]
    }
  }
}
