import Foundation
@testable import ArdoiseUI

/// Paths and texts shared by the theme tests.
enum ThemeFixtures {
  /// The repository's root, found from this file's path.
  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The repository's `Themes/` folder.
  static let themesDirectory = repositoryRoot + "/Themes"

  /// The names of the themes shipped in `Themes/`.
  static let shippedNames = ["colorblind", "dark", "default", "high-contrast", "light", "monochrome"]

  /// The text of a shipped theme file.
  static func text(of name: String) throws -> String {
    try String(contentsOfFile: "\(themesDirectory)/\(name).toml", encoding: .utf8)
  }

  /// A shipped theme, parsed.
  static func theme(_ name: String) throws -> Theme {
    try Theme(toml: text(of: name), file: "\(name).toml")
  }

  /// A valid theme text with every role plain, whose `roles` lines can be replaced.
  static func minimalText(replacing role: String? = nil, with line: String? = nil, header: String? = nil) -> String {
    var lines = [header ?? "[theme]\nname = \"test\"\ndescription = \"A test\"", "", "[roles]"]
    for candidate in StyleRole.allCases.map(\.rawValue) {
      if candidate == role {
        if let line { lines.append(line) }
      } else {
        lines.append("\(candidate) = {}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
