import ArdoiseUI
import CNcurses

/// A role resolved to what ncurses draws with: attributes and a colour pair (0: the terminal's
/// colours in monochrome, or for a role missing from the palette).
struct ResolvedStyle: Sendable, Equatable {
  var attributes: attr_t
  var pair: Int32

  /// The terminal's own colours, no attributes: a role missing from the palette.
  static let plain = ResolvedStyle(attributes: shim_a_normal(), pair: 0)
}

/// A foreground and background colour number, the key of one colour pair.
private struct ColorPairKey: Hashable {
  var foreground: Int32
  var background: Int32
}

extension NcursesTerminal {
  /// Takes a palette already adapted to ``colorDepth``: one colour pair per distinct
  /// (foreground, background), attributes as ncurses attributes; in monochrome only the
  /// attributes. Every cell is redrawn at the next present.
  ///
  /// The terminal's own colours get a pair of their own too, not pair 0: from a coloured cell
  /// (a badge) to pair 0 ncurses sends the colour reset and then a full attribute reset
  /// (`ESC[39;49m ESC(B ESC[m`), to another pair only the colours (`ESC[39;49m`), six bytes less
  /// after every badge. Blanks of that pair are still erased with `ech`/`el` (ncurses checks
  /// that the pair's colours are the terminal's). Where the terminal has no default colours the
  /// pair cannot be made and pair 0 is used.
  public func setPalette(_ palette: [StyleRole: CellStyle]) {
    guard !isClosed else { return }
    set_term(screen)
    var pairs: [ColorPairKey: Int32] = [:]
    var nextPair: Int32 = 1
    let pairLimit = colorDepth == .monochrome ? 0 : shim_color_pairs()
    var resolved: [StyleRole: ResolvedStyle] = [:]
    for role in StyleRole.allCases {
      guard let style = palette[role] else { continue }
      var pair: Int32 = 0
      if colorDepth != .monochrome {
        let key = ColorPairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if let existing = pairs[key] {
          pair = existing
        } else if nextPair < pairLimit, init_extended_pair(nextPair, key.foreground, key.background) == OK {
          pairs[key] = nextPair
          pair = nextPair
          nextPair += 1
        }
      }
      resolved[role] = ResolvedStyle(attributes: Self.attributes(style.attributes), pair: pair)
    }
    styles = resolved
    needsFullRedraw = true
  }

  /// The ncurses colour number for `color`: -1 for the terminal's own, the index for a palette
  /// colour, a 24-bit value in direct colour, and otherwise the colour the terminal has that
  /// looks nearest (measured as the themes measure it, in ``XtermPalette``).
  func colorNumber(_ color: TerminalColor) -> Int32 {
    switch color {
    case .terminalDefault:
      return -1
    case .indexed(let index):
      if colorDepth == .trueColor {
        // Direct-colour terminfo entries read numbers below 8 as the basic colours, the rest as RGB.
        if index < 8 { return Int32(max(0, index)) }
        return directColor(XtermPalette.color(at: index))
      }
      if index >= 0, index < colorCount { return Int32(index) }
      return nearestAvailable(XtermPalette.color(at: index))
    case .rgb(let red, let green, let blue):
      let value = RGBColor(red: red, green: green, blue: blue)
      if colorDepth == .trueColor { return directColor(value) }
      return nearestAvailable(value)
    }
  }

  /// The index among the terminal's first colours (at most 256) that looks nearest to `value`.
  private func nearestAvailable(_ value: RGBColor) -> Int32 {
    Int32(XtermPalette.index(nearestTo: value, among: 0..<max(1, min(colorCount, 256))))
  }

  /// A 24-bit colour number; values below 8 would mean the basic colours, so they become 8 (a
  /// near-black that shows the same).
  private func directColor(_ value: RGBColor) -> Int32 {
    max(8, Int32(value.red) << 16 | Int32(value.green) << 8 | Int32(value.blue))
  }

  /// The ncurses attributes for `attributes`.
  static func attributes(_ attributes: TextAttributes) -> attr_t {
    var result = shim_a_normal()
    if attributes.contains(.bold) { result |= shim_a_bold() }
    if attributes.contains(.reverse) { result |= shim_a_reverse() }
    if attributes.contains(.underline) { result |= shim_a_underline() }
    if attributes.contains(.dim) { result |= shim_a_dim() }
    if attributes.contains(.italic) { result |= shim_a_italic() }
    return result
  }
}
