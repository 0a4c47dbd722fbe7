/// The themes built into the binary, so ardoise always has one even when no `Themes/` folder
/// can be found.
///
/// The texts are the same as `Themes/default.toml` and `Themes/monochrome.toml` (a test checks
/// that they are identical); edit both together.
extension Theme {
  /// The source text of each built-in theme, by name.
  public static let builtInSources: [String: String] = [
    "default": defaultSource,
    "monochrome": monochromeSource,
  ]

  /// The built-in `default` theme.
  public static let builtInDefault: Theme = builtIn("default")

  /// The built-in `monochrome` theme, for `NO_COLOR` and terminals without colours.
  public static let builtInMonochrome: Theme = builtIn("monochrome")

  /// Parses a built-in theme; if its text were ever broken (a test guards against it), the
  /// terminal's own colours with the selected row and status line reversed.
  private static func builtIn(_ name: String) -> Theme {
    // The error cannot matter to a user: the texts are constants, and ThemeBuiltinTests fails
    // the build's tests if either stops parsing; this fallback only keeps the binary usable.
    if let source = builtInSources[name], let theme = try? Theme(toml: source, file: "built-in:\(name).toml") {
      return theme
    }
    var styles = Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0, CellStyle()) })
    styles[.selectedRow] = CellStyle(attributes: [.bold, .reverse])
    styles[.status] = CellStyle(attributes: .reverse)
    return Theme(name: name, description: "Terminal colours", styles: styles)
  }

  private static let defaultSource = #"""
# ardoise theme: the one used when none is chosen.
#
# It keeps the terminal's own background and text colour (transparent terminals stay
# transparent) and reads on dark and light terminals alike: emphasis comes from attributes,
# and colour only as a filled bar or badge whose text colour is set too, so it does not depend
# on the terminal's background. Meaning never rests on colour alone: screens add marks and
# words, and the selected row is bold as well as blue.
#
# The selected row is a background colour, not `reverse`: ncurses can erase a run of blanks
# with a background colour (`ech`, `el`) but must send every blank of a reversed run, so a
# colour bar costs fewer bytes per move on a wide terminal. The badges are not bold: turning
# bold on and off costs two more escape sequences per badge on every row redrawn.
#
# Colours: black red green yellow blue magenta cyan white, bright-<name>, default,
# an index 0-255 (or "color123"), "#rrggbb". Attributes: bold reverse underline dim italic.

[theme]
name = "default"
description_en = "Terminal colours, readable on dark and light backgrounds"
description_fr = "Couleurs du terminal, lisibles sur fond sombre comme sur fond clair"
background = "terminal"

[roles]
normal = {}
title = { fg = "bright-white", bg = "blue", attrs = ["bold"] }
hint-key = { attrs = ["bold", "reverse"] }
hint-text = {}
list-row = {}
selected-row = { fg = "bright-white", bg = "blue", attrs = ["bold"] }
header = { attrs = ["bold", "underline"] }
step-done = {}
step-current = { attrs = ["bold"] }
step-pending = {}
step-skipped = { attrs = ["dim"] }
money-owed = { fg = "bright-white", bg = "red" }
money-recovered = { fg = "black", bg = "green", attrs = ["bold"] }
overdue = { fg = "bright-white", bg = "red" }
warning = { fg = "black", bg = "yellow", attrs = ["bold"] }
error = { fg = "bright-white", bg = "red", attrs = ["bold"] }
success = { fg = "black", bg = "green" }
dimmed = { attrs = ["dim"] }
border = {}
form-field = { attrs = ["underline"] }
form-field-focused = { attrs = ["reverse"] }
form-error = { fg = "bright-white", bg = "red" }
guardrail-forbidden = { fg = "bright-white", bg = "red", attrs = ["bold"] }
guardrail-allowed = { fg = "black", bg = "green" }
status = { attrs = ["reverse"] }

"""#

  private static let monochromeSource = #"""
# ardoise theme: no colour at all, for NO_COLOR and for terminals without colours.
#
# Only attributes: bold, reverse, underline, dim. The selected row, the title and the status
# line are reversed; errors are reversed too, so they stand out without colour.

[theme]
name = "monochrome"
description_en = "No colours, attributes only (used when NO_COLOR is set)"
description_fr = "Sans couleur, attributs seuls : gras, inverse, souligné (utilisé quand NO_COLOR est défini)"
background = "terminal"

[roles]
normal = {}
title = { attrs = ["bold", "reverse"] }
hint-key = { attrs = ["bold"] }
hint-text = {}
list-row = {}
selected-row = { attrs = ["bold", "reverse"] }
header = { attrs = ["bold", "underline"] }
step-done = {}
step-current = { attrs = ["bold"] }
step-pending = {}
step-skipped = { attrs = ["dim"] }
money-owed = { attrs = ["bold"] }
money-recovered = { attrs = ["bold"] }
overdue = { attrs = ["bold", "underline"] }
warning = { attrs = ["bold"] }
error = { attrs = ["bold", "reverse"] }
success = { attrs = ["bold"] }
dimmed = { attrs = ["dim"] }
border = {}
form-field = { attrs = ["underline"] }
form-field-focused = { attrs = ["reverse"] }
form-error = { attrs = ["bold", "underline"] }
guardrail-forbidden = { attrs = ["bold", "reverse"] }
guardrail-allowed = { attrs = ["bold"] }
status = { attrs = ["reverse"] }

"""#
}
