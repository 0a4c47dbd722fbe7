/// WCAG 2 contrast of theme colours.
///
/// Basic and indexed colours are measured with xterm's default palette (``XtermPalette``);
/// `default` stands for the terminal's own colours, given as a ``TerminalBackdrop``.
///
/// Rules, as ``Theme/requiredContrast(for:)`` states them:
/// - text needs 4.5:1 (WCAG AA); `border` draws lines, not text, and needs 3:1 (WCAG 1.4.11);
/// - `reverse` swaps foreground and background before measuring;
/// - `dim` is drawn differently by every terminal (xterm halves the intensity, some ignore it),
///   so it is measured at its worst common case, the foreground mixed half-way into the
///   background, and held to 3:1: ardoise dims only secondary text (hints, skipped steps) whose
///   meaning a mark or word also carries.
extension RGBColor {
  /// WCAG 2 relative luminance, 0 (black) to 1 (white).
  public var relativeLuminance: Double {
    0.2126 * Self.linear(red) + 0.7152 * Self.linear(green) + 0.0722 * Self.linear(blue)
  }

  /// WCAG 2 contrast ratio against `other`, 1 to 21.
  public func contrastRatio(against other: RGBColor) -> Double {
    let a = relativeLuminance, b = other.relativeLuminance
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}

extension TerminalColor {
  /// WCAG 2 relative luminance under xterm's default palette; nil for `default`.
  public var relativeLuminance: Double? { rgbValue?.relativeLuminance }

  /// WCAG 2 contrast ratio against `background`; nil if either is `default`.
  public func contrastRatio(against background: TerminalColor) -> Double? {
    guard let front = rgbValue, let back = background.rgbValue else { return nil }
    return front.contrastRatio(against: back)
  }
}

extension CellStyle {
  /// The text and background colours this style shows on `backdrop`, after `reverse` and `dim`.
  public func effectiveColors(on backdrop: TerminalBackdrop) -> (text: RGBColor, background: RGBColor) {
    var text = foreground.rgbValue ?? backdrop.foreground
    var back = background.rgbValue ?? backdrop.background
    if attributes.contains(.reverse) { swap(&text, &back) }
    if attributes.contains(.dim) { text = text.blended(with: back, amount: 0.5) }
    return (text, back)
  }

  /// WCAG 2 contrast ratio of this style's text on `backdrop`, after `reverse` and `dim`.
  public func contrastRatio(on backdrop: TerminalBackdrop) -> Double {
    let colors = effectiveColors(on: backdrop)
    return colors.text.contrastRatio(against: colors.background)
  }
}

extension Theme {
  /// The least contrast a role drawn with `style` needs: 4.5 for text, 3 for borders and dim text.
  public static func requiredContrast(for role: StyleRole, style: CellStyle) -> Double {
    role == .border || style.attributes.contains(.dim) ? 3 : 4.5
  }

  /// The roles whose contrast falls short on a backdrop of the theme's background; checks
  /// `palette`, by default the theme's own colours (pass ``palette(for:)`` to check a depth).
  public func contrastShortfalls(in palette: [StyleRole: CellStyle]? = nil) -> [ContrastShortfall] {
    let palette = palette ?? styles
    var shortfalls: [ContrastShortfall] = []
    for role in StyleRole.allCases {
      let style = palette[role] ?? CellStyle()
      let required = Self.requiredContrast(for: role, style: style)
      for backdrop in background.backdrops {
        let ratio = style.contrastRatio(on: backdrop)
        if ratio < required {
          shortfalls.append(ContrastShortfall(role: role, backdrop: backdrop, ratio: ratio, required: required))
        }
      }
    }
    return shortfalls
  }
}

/// A role whose text does not stand out enough from its background.
public struct ContrastShortfall: Sendable, Hashable, CustomStringConvertible {
  /// The role concerned.
  public var role: StyleRole
  /// The terminal colours it was measured on.
  public var backdrop: TerminalBackdrop
  /// The contrast ratio found.
  public var ratio: Double
  /// The contrast ratio needed.
  public var required: Double

  /// `role on backdrop: 3.2:1, needs 4.5:1`.
  public var description: String {
    let found = (ratio * 10).rounded() / 10
    return "\(role.rawValue) on a \(backdrop) terminal: \(found):1, needs \(required):1"
  }
}
