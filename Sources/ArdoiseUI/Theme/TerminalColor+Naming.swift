import ArdoiseCore
import Foundation

/// Colours as theme files write them: basic names, `default`, palette indexes and `#rrggbb`.
extension TerminalColor {
  /// The 16 basic colour names, in palette order (0–7, then their `bright-` forms 8–15).
  public static let basicNames: [String] = {
    let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    return base + base.map { "bright-\($0)" }
  }()

  /// Reads a colour written as a string: a basic name, `default`, `color0`–`color255` or `#rrggbb`.
  ///
  /// - Throws: ``ThemeValueError`` saying what was expected.
  public init(themeText text: String) throws(ThemeValueError) {
    let name = text.trimmingCharacters(in: .whitespaces).lowercased()
    if name == "default" {
      self = .terminalDefault
    } else if let index = Self.basicNames.firstIndex(of: name) {
      self = .indexed(index)
    } else if name.hasPrefix("#") {
      let digits = name.dropFirst()
      guard digits.count == 6, let value = UInt32(digits, radix: 16) else {
        throw ThemeValueError(LocalizedText("couleur hexadécimale invalide « \(text) » (attendu : #rrggbb, six chiffres hexadécimaux)",
                                "bad hex colour \"\(text)\" (expected #rrggbb, six hex digits)"))
      }
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else if name.hasPrefix("color"), let index = Int(name.dropFirst(5)) {
      try self.init(themeIndex: index)
    } else {
      var reason = LocalizedText("couleur inconnue « \(text) »", "unknown colour \"\(text)\"")
      if let guess = closestMatch(to: name, among: Self.basicNames + ["default"]) {
        reason = reason + LocalizedText(" (vouliez-vous dire « \(guess) » ?)", " (did you mean \"\(guess)\"?)")
      }
      reason = reason + LocalizedText(" ; utilisez un nom de base comme \"red\" ou \"bright-blue\", \"default\", un indice 0–255 ou \"#rrggbb\"",
                          "; use a basic name such as \"red\" or \"bright-blue\", \"default\", an index 0–255 or \"#rrggbb\"")
      throw ThemeValueError(reason)
    }
  }

  /// Reads a palette index written as an integer.
  ///
  /// - Throws: ``ThemeValueError`` when `index` is outside 0–255.
  public init(themeIndex index: Int) throws(ThemeValueError) {
    guard (0...255).contains(index) else {
      throw ThemeValueError(LocalizedText("l’indice de couleur \(index) est hors limites (0–255)", "colour index \(index) is out of range (0–255)"))
    }
    self = .indexed(index)
  }

  /// How a theme file would write this colour.
  public var themeText: String {
    switch self {
    case .terminalDefault: "default"
    case .indexed(let index) where (0..<16).contains(index): Self.basicNames[index]
    case .indexed(let index): "color\(index)"
    case .rgb(let red, let green, let blue):
      "#" + [red, green, blue].map { hex in
        let digits = String(hex, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
      }.joined()
    }
  }
}
