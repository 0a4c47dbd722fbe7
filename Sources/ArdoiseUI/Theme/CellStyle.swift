/// A colour as a theme names it; the terminal maps it to the nearest colour it can show.
public enum TerminalColor: Sendable, Hashable {
  /// The terminal's own foreground or background (ncurses `-1`).
  case terminalDefault
  /// A palette index 0–255 (0–7 the basic colours, 8–15 their bright forms).
  case indexed(Int)
  /// A 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that work without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let reverse = TextAttributes(rawValue: 1 << 1)
  public static let underline = TextAttributes(rawValue: 1 << 2)
  public static let dim = TextAttributes(rawValue: 1 << 3)
  public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How one role is drawn: foreground, background and attributes.
public struct CellStyle: Sendable, Hashable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: TextAttributes

  public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
              attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}

/// How many colours a terminal can show.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
  case monochrome = 0
  case eight = 8
  case sixteen = 16
  case indexed256 = 256
  case trueColor = 16_777_216

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The depth for a terminal reporting `colors` colours (ncurses `COLORS`).
  public init(colorCount colors: Int) {
    switch colors {
    case ..<8: self = .monochrome
    case 8..<16: self = .eight
    case 16..<256: self = .sixteen
    case 256..<16_777_216: self = .indexed256
    default: self = .trueColor
    }
  }
}
