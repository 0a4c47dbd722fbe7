import Foundation

/// The other sites of a group this machine can read: their data directories (clones kept up to
/// date by `ardoise sync`), by name. Kept in `groups.toml` in the data directory, which git
/// ignores: the paths belong to this machine.
///
///     # ardoise: other sites' data directories on this machine (never synced)
///     [sites]
///     lyon = "/srv/ardoise/lyon"
public struct SiteGroup: Sendable, Equatable {
  public struct Site: Sendable, Equatable {
    public var name: String
    public var directory: DataDirectory
  }

  /// In the order they were added.
  public private(set) var sites: [Site] = []

  public init() {}

  public static func path(in directory: DataDirectory) -> String { directory.path + "/groups.toml" }

  /// Reads `groups.toml`; a missing file is an empty group.
  public static func load(from directory: DataDirectory) throws -> SiteGroup {
    var group = SiteGroup()
    let path = SiteGroup.path(in: directory)
    guard let bytes = try POSIXFile.readFile(path) else { return group }
    let text = String(decoding: bytes, as: UTF8.self)
    let table: TOMLTable
    do { table = try TOMLDocument.parse(text) } catch {
      throw SiteGroupError.unreadable(file: directory.relative(path), reason: "line \(error.line): \(error.detail.english)")
    }
    // The file's order, from its lines.
    let order = text.split(separator: "\n").compactMap { line -> String? in
      let key = line.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
      return key.isEmpty || key.hasPrefix("#") || key.hasPrefix("[") ? nil : key.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
    let sites = table["sites"]?.table
    for name in order {
      guard let value = sites?[name]?.string else { continue }
      group.sites.append(Site(name: name, directory: DataDirectory(path: value)))
    }
    return group
  }

  /// Writes `groups.toml` (0600, atomic replace).
  public func save(to directory: DataDirectory) throws {
    var text = "# ardoise: other sites' data directories on this machine (never synced)\n[sites]\n"
    for site in sites {
      text += TOMLValue.line(site.name, site.directory.path) + "\n"
    }
    try POSIXFile.replace(SiteGroup.path(in: directory), with: Array(text.utf8))
  }

  /// Adds a site; refuses a bad or taken name, and a folder that holds no ardoise data.
  public mutating func add(name: String, directory: DataDirectory) throws {
    guard !name.isEmpty, name.count <= 32, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
      throw SiteGroupError.badName(name)
    }
    guard !sites.contains(where: { $0.name == name }) else { throw SiteGroupError.taken(name) }
    guard directory.isInitialized else { throw SiteGroupError.notADataDirectory(directory.path) }
    sites.append(Site(name: name, directory: directory))
  }

  public mutating func remove(name: String) throws {
    guard let index = sites.firstIndex(where: { $0.name == name }) else { throw SiteGroupError.unknown(name) }
    sites.remove(at: index)
  }
}

/// Why the group could not be read or changed.
public enum SiteGroupError: Error, Equatable, Sendable {
  case unreadable(file: String, reason: String)
  case badName(String)
  case taken(String)
  case unknown(String)
  case notADataDirectory(String)

  public func message(_ language: Language) -> String {
    switch self {
    case .unreadable(let file, let reason):
      LocalizedText("\(file) illisible : \(reason)", "\(file) cannot be read: \(reason)")(language)
    case .badName(let name):
      LocalizedText("« \(name) » : un nom de site est fait de lettres, chiffres, - et _ (32 au plus)",
        "“\(name)”: a site name is letters, digits, - and _ (at most 32)")(language)
    case .taken(let name):
      LocalizedText("le site « \(name) » existe déjà : « ardoise group remove \(name) » d’abord", "site “\(name)” already exists: “ardoise group remove \(name)” first")(language)
    case .unknown(let name):
      LocalizedText("aucun site « \(name) » ; voir « ardoise group list »", "no site “\(name)”; see “ardoise group list”")(language)
    case .notADataDirectory(let path):
      LocalizedText("\(path) ne contient pas de données ardoise (un clone fait par « ardoise sync --clone URL \(path) » ?)",
        "\(path) holds no ardoise data (a clone made with “ardoise sync --clone URL \(path)”?)")(language)
    }
  }
}
