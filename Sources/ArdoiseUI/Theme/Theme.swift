import ArdoiseCore

/// A named set of styles: how each ``StyleRole`` is drawn.
///
/// Themes are read from TOML files (see `Themes/` at the top of the repository) or taken from the
/// copies built into the binary. A theme always defines every role; map it to what the terminal
/// can show with ``palette(for:)``.
public struct Theme: Sendable, Equatable {
  /// The terminal background a theme is designed for, used by the contrast checks.
  public enum Background: String, Sendable, CaseIterable, Hashable {
    /// Designed for dark terminal backgrounds.
    case dark
    /// Designed for light terminal backgrounds.
    case light
    /// Designed to read on whatever background the terminal has, dark or light.
    case terminal
  }

  /// The theme's name, as written in its `[theme]` table.
  public var name: String
  /// One sentence saying what the theme is for, in English (`description_en`, or the older
  /// `description` key, which may be in either language).
  public var description: String
  /// The same sentence in French (`description_fr`); empty when the file gives none.
  public var frenchDescription: String
  /// The terminal background the theme is designed for; `.terminal` when the file says nothing.
  public var background: Background
  /// The style of every role.
  public var styles: [StyleRole: CellStyle]

  /// Creates a theme; roles missing from `styles` are drawn in the terminal's own colours.
  public init(name: String, description: String = "", frenchDescription: String = "", background: Background = .terminal,
              styles: [StyleRole: CellStyle]) {
    self.name = name
    self.description = description
    self.frenchDescription = frenchDescription
    self.background = background
    self.styles = styles
  }

  /// What the theme is for, in both languages; a language the file leaves out falls back on the other.
  public var localizedDescription: LocalizedText {
    LocalizedText(french: frenchDescription.isEmpty ? description : frenchDescription,
                  english: description.isEmpty ? frenchDescription : description)
  }

  /// The style of `role`, or the terminal's own colours if the theme leaves it out.
  public func style(for role: StyleRole) -> CellStyle {
    styles[role] ?? CellStyle()
  }
}
