/// Mapping a theme to the colours a terminal can show.
///
/// - True colour keeps every colour.
/// - 256 colours keep indexes and move `#rrggbb` to the nearest entry of the xterm colour cube or
///   grey ramp (16–255; 0–15 are left alone because users repaint them).
/// - 16 colours move everything outside 0–15 to the nearest basic colour.
/// - 8 colours also fold bright colours (8–15) onto their base colour; a bright foreground gets
///   `bold`, which most 8-colour consoles draw bright.
/// - Monochrome drops every colour and keeps the attributes; roles painted on a coloured
///   background (bars, badges, the selected row) become `reverse`, and the selected row and
///   the focused field always stay distinguishable from their neighbours.
///
/// "Nearest" is measured in CIELAB. A foreground is moved to the nearest colour that keeps at
/// least the contrast it had (up to 4.5:1) against its background, or against the terminal
/// backgrounds the theme declares when its background is `default`, so that mapping never makes
/// a readable role unreadable when a readable choice exists.
extension Theme {
  /// Every role's style, mapped to what a terminal of `depth` can show.
  public func palette(for depth: ColorDepth) -> [StyleRole: CellStyle] {
    var palette: [StyleRole: CellStyle] = [:]
    for role in StyleRole.allCases {
      palette[role] = depth == .monochrome ? Self.withoutColors(style(for: role)) : mapped(style(for: role), to: depth)
    }
    if depth == .monochrome { Self.keepDistinguishable(&palette) }
    return palette
  }

  /// `style` with its colours replaced by ones `depth` has.
  private func mapped(_ style: CellStyle, to depth: ColorDepth) -> CellStyle {
    guard depth < .trueColor else { return style }
    var result = style
    result.background = Self.mappedBackground(style.background, to: depth)
    guard style.foreground != .terminalDefault, let original = style.foreground.rgbValue else { return result }
    if Self.isShown(style.foreground, at: depth) { return result }

    let originalBacks = style.background.rgbValue.map { [$0] } ?? background.backdrops.map(\.background)
    let mappedBacks = result.background.rgbValue.map { [$0] } ?? background.backdrops.map(\.background)
    let target = min(4.5, originalBacks.map { original.contrastRatio(against: $0) }.min() ?? 4.5)
    let ordered: [Int]
    if case .indexed(let index) = style.foreground, depth == .eight, (9..<16).contains(index) {
      ordered = [index - 8] + XtermPalette.indexes(nearestTo: original, among: 0..<8)
    } else {
      ordered = XtermPalette.indexes(nearestTo: original, among: Self.candidates(for: depth))
    }
    let chosen = ordered.first { index in
      mappedBacks.allSatisfy { XtermPalette.color(at: index).contrastRatio(against: $0) >= target }
    } ?? ordered.first ?? 0
    result.foreground = .indexed(chosen)
    if depth == .eight, Self.brightIntent(of: style.foreground, original: original) == chosen + 8 {
      result.attributes.insert(.bold)
    }
    return result
  }

  /// The palette indexes a terminal of `depth` offers for mapped colours.
  private static func candidates(for depth: ColorDepth) -> Range<Int> {
    switch depth {
    case .monochrome: 0..<0
    case .eight: 0..<8
    case .sixteen: 0..<16
    case .indexed256, .trueColor: 16..<256
    }
  }

  /// Whether a terminal of `depth` shows `color` as it is: `default`, or an index it has.
  private static func isShown(_ color: TerminalColor, at depth: ColorDepth) -> Bool {
    switch color {
    case .terminalDefault: true
    case .indexed(let index): depth == .trueColor || depth == .indexed256 || index < depth.rawValue
    case .rgb: depth == .trueColor
    }
  }

  /// A background mapped to `depth`: the nearest colour, bright ones folded onto their base at 8 colours.
  private static func mappedBackground(_ color: TerminalColor, to depth: ColorDepth) -> TerminalColor {
    switch color {
    case .terminalDefault:
      return color
    case _ where isShown(color, at: depth):
      return color
    case .indexed(let index) where depth == .eight && (9..<16).contains(index):
      return .indexed(index - 8)
    default:
      guard let value = color.rgbValue else { return color }
      return .indexed(XtermPalette.index(nearestTo: value, among: candidates(for: depth)))
    }
  }

  /// The bright basic colour (9–15) a foreground asks for, if any.
  private static func brightIntent(of color: TerminalColor, original: RGBColor) -> Int? {
    let index: Int
    if case .indexed(let value) = color, value < 16 {
      index = value
    } else {
      index = XtermPalette.index(nearestTo: original, among: 0..<16)
    }
    return (9..<16).contains(index) ? index : nil
  }

  /// `style` with no colours: a coloured background becomes `reverse`.
  private static func withoutColors(_ style: CellStyle) -> CellStyle {
    var attributes = style.attributes
    if style.background != .terminalDefault { attributes.insert(.reverse) }
    return CellStyle(attributes: attributes)
  }

  /// Makes the selected row reversed, and the selected row and focused field differ from the plain ones.
  private static func keepDistinguishable(_ palette: inout [StyleRole: CellStyle]) {
    palette[.selectedRow, default: CellStyle()].attributes.insert(.reverse)
    for (highlighted, plain) in [(StyleRole.selectedRow, StyleRole.listRow), (.formFieldFocused, .formField)]
    where palette[highlighted] == palette[plain] {
      let current = palette[highlighted, default: CellStyle()]
      palette[highlighted]?.attributes.insert(current.attributes.contains(.reverse) ? .bold : .reverse)
      if palette[highlighted] == palette[plain] { palette[highlighted]?.attributes.insert(.underline) }
    }
  }
}
