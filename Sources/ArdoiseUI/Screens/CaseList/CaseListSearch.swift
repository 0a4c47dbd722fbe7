import ArdoiseCore

/// The case list's filter state besides its text: the index it searches, what changed since it
/// was built, and the customers' names and phones it also searches.
struct CaseListSearch: Sendable {
  /// Built ahead, off the screen's thread (``PreparedSearch``), or else the first time a filter
  /// is typed.
  var index: CaseSearchIndex?
  /// The list changed since the index was built: its order, and the texts of `changed`.
  var isStale = false
  var changed: Set<IncidentID> = []
  /// Name and phone of identified cases' customers, read from `people/` when a filter is
  /// first started (nil: not read). Personal data: held in memory only, never written to the
  /// summary cache or anywhere else.
  var customers: [IncidentID: String]?
  /// Counts the changes to what the index searches (cases, customers): an index built ahead
  /// from an earlier count is out of date when it comes back.
  var generation = 0

  /// Whether an index should be built ahead: none yet, or cases changed since.
  var needsIndex: Bool { index == nil || isStale }
}
