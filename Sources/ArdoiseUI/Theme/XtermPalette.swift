import Foundation

/// A 24-bit sRGB colour value.
public struct RGBColor: Sendable, Hashable, CustomStringConvertible {
  public var red: UInt8
  public var green: UInt8
  public var blue: UInt8

  /// Creates a colour from its sRGB components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// `#rrggbb`.
  public var description: String { TerminalColor.rgb(red, green, blue).themeText }

  /// This colour mixed with `other`: `amount` 0 gives `self`, 1 gives `other` (in sRGB, as terminals mix).
  public func blended(with other: RGBColor, amount: Double) -> RGBColor {
    func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
      UInt8((Double(a) + (Double(b) - Double(a)) * amount).rounded().clamped(to: 0...255))
    }
    return RGBColor(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
  }

  /// How different two colours look: the Euclidean distance in CIELAB (CIE76).
  public func perceptualDistance(to other: RGBColor) -> Double {
    let (l1, a1, b1) = lab, (l2, a2, b2) = other.lab
    return ((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2)).squareRoot()
  }

  /// The colour in CIELAB (D65 white).
  private var lab: (Double, Double, Double) {
    let r = Self.linear(red), g = Self.linear(green), b = Self.linear(blue)
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    func f(_ t: Double) -> Double { t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116 }
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
  }

  /// An sRGB component as linear light, 0–1 (the sRGB transfer function, as WCAG 2 uses it).
  static func linear(_ component: UInt8) -> Double {
    let c = Double(component) / 255
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
  }
}

/// The colours xterm shows by default for palette indexes 0–255.
///
/// 0–15 are the basic colours (terminals let users change them; these are xterm's defaults),
/// 16–231 the 6×6×6 colour cube, 232–255 the grey ramp.
public enum XtermPalette {
  /// xterm's default basic colours, 0–15.
  public static let basic: [RGBColor] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
  ].map { RGBColor(red: $0.0, green: $0.1, blue: $0.2) }

  /// The levels of each axis of the colour cube.
  static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  /// The colour xterm shows for `index` (clamped to 0–255).
  public static func color(at index: Int) -> RGBColor {
    let index = index.clamped(to: 0...255)
    switch index {
    case 0..<16:
      return basic[index]
    case 16..<232:
      let cube = index - 16
      return RGBColor(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
    default:
      let grey = UInt8(8 + 10 * (index - 232))
      return RGBColor(red: grey, green: grey, blue: grey)
    }
  }

  /// The indexes in `candidates`, nearest to `color` first (ties: lower index first).
  public static func indexes(nearestTo color: RGBColor, among candidates: some Sequence<Int>) -> [Int] {
    candidates
      .map { ($0, color.perceptualDistance(to: Self.color(at: $0))) }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
      .map(\.0)
  }

  /// The index in `candidates` whose colour is nearest to `color`.
  public static func index(nearestTo color: RGBColor, among candidates: some Sequence<Int>) -> Int {
    indexes(nearestTo: color, among: candidates).first ?? 0
  }
}

extension TerminalColor {
  /// The colour's value under xterm's default palette, or nil for the terminal's own colour.
  public var rgbValue: RGBColor? {
    switch self {
    case .terminalDefault: nil
    case .indexed(let index): XtermPalette.color(at: index)
    case .rgb(let red, let green, let blue): RGBColor(red: red, green: green, blue: blue)
    }
  }
}

extension Comparable {
  /// This value, moved into `range` if it lies outside.
  func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
