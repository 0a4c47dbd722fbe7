import ArdoiseCore

/// The sites the screen shows when it is opened over the group (`ardoise --group`): this site,
/// whose cases are written as usual, and the others registered with `ardoise group add`, whose
/// cases are read-only here.
public struct GroupSites: Sendable, Equatable {
  /// This site's name (its restaurant's name, else its folder's).
  public var here: String
  /// The other sites' names, in the order they were added.
  public var others: [String]
  /// The cases read from another site, by id, with that site's name. A case this site holds too
  /// (both sync the same remote) is this site's.
  public internal(set) var siteOfCase: [IncidentID: String] = [:]
  /// The law of each other site, by name, when its settings could be read; else this site's.
  public var jurisdictions: [String: Jurisdiction] = [:]

  public init(here: String, others: [String]) {
    self.here = here
    self.others = others
  }

  /// Every site, this one first.
  public var names: [String] { [here] + others }

  /// The site case `id` belongs to.
  public func site(of id: IncidentID) -> String { siteOfCase[id] ?? here }

  /// The other site case `id` belongs to; nil for this site's cases.
  public func otherSite(of id: IncidentID) -> String? { siteOfCase[id] }

  /// The width the site column wants: the longest name, at least the header's, at most 16.
  var columnWidth: Int { min(16, max(4, names.map { $0.inert.displayWidth }.max() ?? 4)) }

  /// One line saying that case belongs to `site` and nothing is written here.
  static func readOnlyRefusal(_ site: String) -> LocalizedText {
    LocalizedText("✗ Ce dossier appartient au site «\u{202F}\(site.inert)\u{202F}»\u{202F}: lecture seule ici, rien n’est enregistré.",
                  "✗ This case belongs to site “\(site.inert)”: read-only here, nothing was saved.")
  }
}
