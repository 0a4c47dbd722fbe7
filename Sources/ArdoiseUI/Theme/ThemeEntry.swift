import ArdoiseCore

/// One theme the catalogue can offer, for listings.
public struct ThemeEntry: Sendable, Equatable {
  /// The name to ask for it by (the file name without `.toml`).
  public var name: String
  /// Where it comes from.
  public var source: ThemeSource
  /// The description from its `[theme]` table, in both languages; empty if the file is broken.
  public var description: LocalizedText
  /// Why the file cannot be used, as `FILE:LINE: reason`; nil if it is fine.
  public var error: LocalizedText?

  /// Creates an entry.
  public init(name: String, source: ThemeSource, description: LocalizedText, error: LocalizedText? = nil) {
    self.name = name
    self.source = source
    self.description = description
    self.error = error
  }
}

/// Where a theme comes from: a file, or the copies built into the binary.
public enum ThemeSource: Sendable, Hashable, CustomStringConvertible {
  /// A file at this path.
  case file(String)
  /// A theme compiled into ardoise.
  case builtIn

  /// The path, or `built-in`.
  public var description: String {
    switch self {
    case .file(let path): path
    case .builtIn: "built-in"
    }
  }

  /// The path, or `intégré` / `built-in`.
  public func label(_ language: Language) -> String {
    switch self {
    case .file(let path): path
    case .builtIn: LocalizedText("intégré", "built-in")(language)
    }
  }
}
