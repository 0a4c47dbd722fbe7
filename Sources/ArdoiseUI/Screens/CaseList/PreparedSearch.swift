import ArdoiseCore

/// The filter's index built ahead, off the screen's thread, from a copy of the case list: the
/// list takes it back (``Action/searchPrepared(_:)``) only if nothing it searches changed
/// meanwhile, so typing after `/` finds it ready instead of building it.
public struct PreparedSearch: Sendable {
  let index: CaseSearchIndex
  /// The customers' names and phones the index holds (personal data: in memory only).
  let customers: [IncidentID: String]?
  /// ``CaseListSearch/generation`` when the copy was taken.
  let generation: Int
}
