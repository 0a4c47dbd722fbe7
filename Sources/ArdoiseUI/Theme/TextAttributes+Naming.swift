import ArdoiseCore

/// Attributes as theme files write them: `bold`, `reverse`, `underline`, `dim`, `italic`.
extension TextAttributes {
  /// Each attribute's name in a theme file, in the order they are written back.
  public static let themeNames: [(name: String, attribute: TextAttributes)] = [
    ("bold", .bold), ("reverse", .reverse), ("underline", .underline), ("dim", .dim), ("italic", .italic),
  ]

  /// Reads one attribute name.
  ///
  /// - Throws: ``ThemeValueError`` naming the attributes that exist.
  public init(themeText text: String) throws(ThemeValueError) {
    let name = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let entry = Self.themeNames.first(where: { $0.name == name }) else {
      let names = Self.themeNames.map(\.name)
      var reason = LocalizedText("attribut inconnu « \(text) »", "unknown attribute \"\(text)\"")
      if let guess = closestMatch(to: name, among: names) {
        reason = reason + LocalizedText(" (vouliez-vous dire « \(guess) » ?)", " (did you mean \"\(guess)\"?)")
      }
      reason = reason + LocalizedText(" ; attendu : \(names.joined(separator: ", "))", "; expected one of \(names.joined(separator: ", "))")
      throw ThemeValueError(reason)
    }
    self = entry.attribute
  }

  /// The names of the attributes in this set, as a theme file writes them.
  public var themeNames: [String] {
    Self.themeNames.filter { contains($0.attribute) }.map(\.name)
  }
}
