import ArdoiseCore
import Foundation

/// Reading themes from TOML.
///
/// The format, meant to be read and edited by a person:
///
/// ```toml
/// [theme]
/// name = "dark"
/// description_en = "Light text for dark terminals."
/// description_fr = "Texte clair pour terminaux à fond sombre."
/// background = "dark"          # optional: "dark", "light" or "terminal" (the default)
///
/// [roles]
/// title = { fg = "white", bg = "blue", attrs = ["bold"] }
/// hint-key = { fg = "#e69f00", attrs = ["bold"] }
/// ```
///
/// `description_en` and `description_fr` say what the theme is for, each optional; the older
/// `description` key is still read, as the English one when `description_en` is absent (a
/// language left out shows the other's text).
///
/// Every ``StyleRole`` must appear under `[roles]`, keyed by its raw value. `fg` and `bg` are
/// optional (the terminal's own colour) and take a basic name (`red`, `bright-red`…), `default`,
/// an index 0–255 (integer, or `"color123"`) or `"#rrggbb"`. `attrs` lists `bold`, `reverse`,
/// `underline`, `dim`, `italic`.
///
/// Line numbers: ``TOMLDocument`` reports positions for syntax errors only, so for a value it accepted but
/// ardoise rejects, the error carries the line where that value's key is written (found by
/// ``TOMLKeyLocator``); a missing role or table is reported on its parent table's header line.
extension Theme {
  private static let themeKeys = ["name", "description_en", "description_fr", "description", "background"]
  private static let styleKeys = ["fg", "bg", "attrs"]

  /// Parses a theme from the text of a TOML file.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - file: The path or label used in errors.
  /// - Throws: ``ThemeFileError`` with the line and reason of the first problem.
  public init(toml text: String, file: String) throws(ThemeFileError) {
    let locator = TOMLKeyLocator(text: text)
    func failure(_ path: [String], _ reason: LocalizedText) -> ThemeFileError {
      ThemeFileError(file: file, line: locator.nearestLine(of: path), reason: reason)
    }

    let document: TOMLTable
    do {
      document = try TOMLDocument.parse(text)
    } catch {
      throw ThemeFileError(file: file, line: error.line, reason: LocalizedText("TOML invalide : ", "not valid TOML: ") + error.detail)
    }

    for key in Self.sortedByLine(document.keys, under: [], locator) where key != "theme" && key != "roles" {
      throw failure([key], LocalizedText("table ou clé inconnue « \(key) » ; un thème n’a que [theme] et [roles]",
                             "unknown table or key \"\(key)\"; a theme has only [theme] and [roles]"))
    }

    guard let header = document["theme"] else { throw failure([], LocalizedText("table [theme] manquante", "missing [theme] table")) }
    guard let headerTable = header.table else {
      throw failure(["theme"], LocalizedText("« theme » doit être une table : [theme] avec name et description",
                                 "\"theme\" must be a table: [theme] with name and description"))
    }
    for key in Self.sortedByLine(headerTable.keys, under: ["theme"], locator) where !Self.themeKeys.contains(key) {
      throw failure(["theme", key],
                    LocalizedText("clé inconnue « \(key) » dans [theme] ; attendu : \(Self.themeKeys.joined(separator: ", "))",
                      "unknown key \"\(key)\" in [theme]; expected \(Self.themeKeys.joined(separator: ", "))"))
    }
    guard let name = headerTable["name"]?.string, !name.isEmpty else {
      throw failure(["theme", "name"], LocalizedText("[theme] demande un name, un texte non vide", "[theme] needs a name, a non-empty string"))
    }
    func string(at key: String) throws(ThemeFileError) -> String? {
      guard let value = headerTable[key] else { return nil }
      guard let text = value.string else { throw failure(["theme", key], LocalizedText("\(key) doit être un texte", "\(key) must be a string")) }
      return text
    }
    let legacy = try string(at: "description")
    let summary = try string(at: "description_en") ?? legacy ?? ""
    let frenchSummary = try string(at: "description_fr") ?? ""
    var background = Background.terminal
    if let value = headerTable["background"] {
      guard let text = value.string, let parsed = Background(rawValue: text.lowercased()) else {
        throw failure(["theme", "background"],
                      LocalizedText("fond inconnu \(value.debugDescription) ; attendu : \"dark\", \"light\" ou \"terminal\"",
                        "unknown background \(value.debugDescription); expected \"dark\", \"light\" or \"terminal\""))
      }
      background = parsed
    }

    guard let rolesValue = document["roles"] else { throw failure([], LocalizedText("table [roles] manquante", "missing [roles] table")) }
    guard let roles = rolesValue.table else {
      throw failure(["roles"], LocalizedText("« roles » doit être une table : [roles] avec une ligne par rôle",
                                 "\"roles\" must be a table: [roles] with one line per role"))
    }
    var styles: [StyleRole: CellStyle] = [:]
    for key in Self.sortedByLine(roles.keys, under: ["roles"], locator) {
      let path = ["roles", key]
      guard let role = StyleRole(rawValue: key) else {
        var reason = LocalizedText("rôle inconnu « \(key) »", "unknown role \"\(key)\"")
        if let guess = closestMatch(to: key, among: StyleRole.allCases.map(\.rawValue)) {
          reason = reason + LocalizedText(" (vouliez-vous dire « \(guess) » ?)", " (did you mean \"\(guess)\"?)")
        }
        throw failure(path, reason)
      }
      guard let entry = roles[key]?.table else {
        throw failure(path, LocalizedText("le rôle « \(key) » doit être une table en ligne comme { fg = \"white\", bg = \"blue\", attrs = [\"bold\"] }",
                              "role \"\(key)\" must be an inline table such as { fg = \"white\", bg = \"blue\", attrs = [\"bold\"] }"))
      }
      do {
        styles[role] = try Self.style(from: entry)
      } catch {
        throw failure(path, LocalizedText("rôle « \(key) » : ", "role \"\(key)\": ") + error.reason)
      }
    }
    let missing = StyleRole.allCases.filter { styles[$0] == nil }.map(\.rawValue)
    if !missing.isEmpty {
      let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
      throw failure(["roles"], missing.count == 1 ? LocalizedText("rôle manquant : \(list)", "missing role \(list)")
                                                  : LocalizedText("rôles manquants : \(list)", "missing roles \(list)"))
    }
    self.init(name: name, description: summary, frenchDescription: frenchSummary, background: background, styles: styles)
  }

  /// Reads one role's `{ fg, bg, attrs }` table.
  private static func style(from entry: TOMLTable) throws(ThemeValueError) -> CellStyle {
    for key in entry.keys.sorted() where !styleKeys.contains(key) {
      throw ThemeValueError(LocalizedText("clé inconnue « \(key) » ; attendu : \(styleKeys.joined(separator: ", "))",
                              "unknown key \"\(key)\"; expected \(styleKeys.joined(separator: ", "))"))
    }
    var style = CellStyle()
    if let value = entry["fg"] { style.foreground = try color(from: value) }
    if let value = entry["bg"] { style.background = try color(from: value) }
    if let value = entry["attrs"] {
      guard let list = value.array else {
        throw ThemeValueError(LocalizedText("attrs doit être une liste comme [\"bold\", \"underline\"]", "attrs must be a list such as [\"bold\", \"underline\"]"))
      }
      for item in list {
        guard let name = item.string else {
          throw ThemeValueError(LocalizedText("attrs contient des noms comme \"bold\", pas \(item.debugDescription)",
                                  "attrs must hold names such as \"bold\", not \(item.debugDescription)"))
        }
        style.attributes.insert(try TextAttributes(themeText: name))
      }
    }
    return style
  }

  /// Reads a colour written as a string or as a palette index.
  private static func color(from value: TOMLValue) throws(ThemeValueError) -> TerminalColor {
    if let index = value.int { return try TerminalColor(themeIndex: index) }
    if let text = value.string { return try TerminalColor(themeText: text) }
    throw ThemeValueError(LocalizedText("une couleur est un nom, un indice 0–255 ou \"#rrggbb\", pas \(value.debugDescription)",
                            "a colour must be a name, an index 0–255 or \"#rrggbb\", not \(value.debugDescription)"))
  }

  /// `keys` in the order they appear in the file, so the first problem reported is the first one written.
  private static func sortedByLine(_ keys: [String], under parent: [String], _ locator: TOMLKeyLocator) -> [String] {
    keys.sorted { lhs, rhs in
      let left = locator.line(of: parent + [lhs]) ?? Int.max, right = locator.line(of: parent + [rhs]) ?? Int.max
      return left != right ? left < right : lhs < rhs
    }
  }
}
