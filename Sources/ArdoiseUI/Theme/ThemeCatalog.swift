import ArdoiseCore

import Foundation

/// Finds themes by name or path, lists them, and loads one with a safe fallback.
///
/// A name is looked up as `<name>.toml` in these folders, the first match winning:
/// 1. `$XDG_CONFIG_HOME/ardoise/themes/` (else `~/.config/ardoise/themes/`): the user's own;
/// 2. `$ARDOISE_THEMES_DIR`;
/// 3. `<executable dir>/../share/ardoise/themes/`: an installed copy;
/// 4. `Themes/` in the nearest folder above the executable that holds `Package.swift`, so
///    `swift run ardoise` in a fresh clone finds the repository's themes;
/// 5. the themes built into the binary (`default`, `monochrome`).
///
/// An argument that contains `/` or ends in `.toml` is a path and is read as it is.
/// The environment, the executable's path and file access are injected, so tests need no real
/// home folder.
public struct ThemeCatalog: Sendable {
  /// The name of the theme used when none is chosen.
  public static let defaultThemeName = "default"
  /// The name of the theme used when `NO_COLOR` is set.
  public static let monochromeThemeName = "monochrome"

  /// The environment variables to read (`XDG_CONFIG_HOME`, `HOME`, `ARDOISE_THEMES_DIR`, `NO_COLOR`).
  public var environment: [String: String]
  /// The path of the running executable, or nil if unknown.
  public var executablePath: String?
  /// How files are read.
  public var files: any ThemeFileAccess

  /// Creates a catalogue; the defaults are the real process environment, executable and disk.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment,
              executablePath: String? = ThemeCatalog.currentExecutablePath(),
              files: any ThemeFileAccess = LocalThemeFileAccess()) {
    self.environment = environment
    self.executablePath = executablePath
    self.files = files
  }

  /// The running executable's path with symbolic links resolved, if it can be found.
  public static func currentExecutablePath() -> String? {
    guard let path = Bundle.main.executablePath ?? CommandLine.arguments.first else { return nil }
    return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }

  /// Whether `argument` names a file rather than a theme: it contains `/` or ends in `.toml`.
  public static func isPath(_ argument: String) -> Bool {
    argument.contains("/") || argument.hasSuffix(".toml")
  }

  /// The theme to use when the user chose none: `monochrome` if `NO_COLOR` is set and not empty
  /// (see no-color.org), else `default`.
  public var preferredThemeName: String {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return Self.monochromeThemeName }
    return Self.defaultThemeName
  }

  /// The folders searched for theme files, in order, whether or not they exist.
  public var searchDirectories: [String] {
    var directories = userDirectories
    if let executablePath {
      let executableDirectory = Self.parent(of: executablePath)
      directories.append(Self.join(Self.parent(of: executableDirectory), "share/ardoise/themes"))
      if let repository = packageRoot(above: executableDirectory) {
        directories.append(Self.join(repository, "Themes"))
      }
    }
    return directories
  }

  /// Every theme that can be asked for by name, sorted by name; a name found in several places
  /// is listed once, from the place that wins.
  public func list() -> [ThemeEntry] {
    var entries: [String: ThemeEntry] = [:]
    for directory in searchDirectories where files.directoryExists(atPath: directory) {
      let names: [String]
      do {
        names = try files.contentsOfDirectory(atPath: directory)
      } catch {
        // A folder that exists but cannot be read (permissions) is listed as broken, under its
        // path, rather than silently offering none of its themes.
        entries[directory] = ThemeEntry(name: directory, source: .file(directory), description: LocalizedText("", ""),
                                        error: LocalizedText("dossier de thèmes illisible (\(error.localizedDescription))",
                                                 "unreadable theme folder (\(error.localizedDescription))"))
        continue
      }
      for file in names.sorted() where file.hasSuffix(".toml") {
        let name = String(file.dropLast(".toml".count))
        guard entries[name] == nil, !name.isEmpty else { continue }
        let path = Self.join(directory, file)
        switch readTheme(atPath: path) {
        case .success(let theme):
          entries[name] = ThemeEntry(name: name, source: .file(path), description: theme.localizedDescription)
        case .failure(let error):
          entries[name] = ThemeEntry(name: name, source: .file(path), description: LocalizedText("", ""), error: error.localizedMessage)
        }
      }
    }
    for theme in [Theme.builtInDefault, .builtInMonochrome] where entries[theme.name] == nil {
      entries[theme.name] = ThemeEntry(name: theme.name, source: .builtIn, description: theme.localizedDescription)
    }
    return entries.values.sorted { $0.name < $1.name }
  }

  /// The theme asked for by name or path; if it cannot be used, the default theme and the reason.
  ///
  /// A broken file never stops ardoise: the result carries the file's error (`FILE:LINE: reason`)
  /// for the status line, and the default theme (the user's own `default.toml` if that one
  /// works, else the built-in one).
  public func load(_ nameOrPath: String) -> ThemeLoadResult {
    if Self.isPath(nameOrPath) {
      switch readTheme(atPath: nameOrPath) {
      case .success(let theme): return ThemeLoadResult(theme: theme, source: .file(nameOrPath))
      case .failure(let error): return fallback(reporting: error.localizedMessage)
      }
    }
    for directory in searchDirectories {
      let path = Self.join(directory, nameOrPath + ".toml")
      guard files.fileExists(atPath: path) else { continue }
      switch readTheme(atPath: path) {
      case .success(let theme): return ThemeLoadResult(theme: theme, source: .file(path))
      case .failure(let error): return fallback(reporting: error.localizedMessage, skipUserDefault: nameOrPath == Self.defaultThemeName)
      }
    }
    if nameOrPath == Self.defaultThemeName { return ThemeLoadResult(theme: .builtInDefault, source: .builtIn) }
    if nameOrPath == Self.monochromeThemeName { return ThemeLoadResult(theme: .builtInMonochrome, source: .builtIn) }
    let known = list().map(\.name).joined(separator: ", ")
    return fallback(reporting: LocalizedText("aucun thème nommé « \(nameOrPath) » (thèmes : \(known))", "no theme named \"\(nameOrPath)\" (themes: \(known))"))
  }

  /// The name of the next usable theme after `name`, in list order, wrapping around; for a key
  /// that cycles themes live. Broken theme files are skipped.
  public func cycle(after name: String) -> String {
    let names = list().filter { $0.error == nil }.map(\.name)
    guard let index = names.firstIndex(of: name) else { return names.first ?? name }
    return names[(index + 1) % names.count]
  }

  /// Reads and parses the theme file at `path`.
  public func readTheme(atPath path: String) -> Result<Theme, ThemeFileError> {
    let text: String
    do {
      text = try files.contents(atPath: path)
    } catch {
      // A store error (a FIFO, a symbolic link, bytes that are not UTF-8) says why in both languages.
      let why = (error as? StoreError).map { LocalizedText(french: $0.message(.french), english: $0.message(.english)) }
        ?? LocalizedText(french: error.localizedDescription, english: error.localizedDescription)
      return .failure(ThemeFileError(file: path, line: 1, reason: LocalizedText("fichier illisible : ", "cannot read the file: ") + why))
    }
    do {
      return .success(try Theme(toml: text, file: path))
    } catch {
      return .failure(error)
    }
  }

  /// The default theme, carrying `error`.
  private func fallback(reporting error: LocalizedText, skipUserDefault: Bool = false) -> ThemeLoadResult {
    if !skipUserDefault {
      let preferred = load(Self.defaultThemeName)
      if preferred.error == nil { return ThemeLoadResult(theme: preferred.theme, source: preferred.source, error: error) }
    }
    return ThemeLoadResult(theme: .builtInDefault, source: .builtIn, error: error)
  }

  /// The nearest folder at or above `directory` that holds a `Package.swift`.
  private func packageRoot(above directory: String) -> String? {
    var current = directory
    while true {
      if files.fileExists(atPath: Self.join(current, "Package.swift")) { return current }
      let up = Self.parent(of: current)
      if up == current || up.isEmpty { return nil }
      current = up
    }
  }

  private static func join(_ directory: String, _ component: String) -> String {
    directory.hasSuffix("/") ? directory + component : directory + "/" + component
  }

  private static func parent(of path: String) -> String {
    let parent = (path as NSString).deletingLastPathComponent
    return parent.isEmpty ? "/" : parent
  }
}
