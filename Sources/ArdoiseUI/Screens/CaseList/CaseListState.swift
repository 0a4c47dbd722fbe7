import ArdoiseCore

/// The case list screen: what it shows of every case, and its scope, filter, selection and scroll.
public struct CaseListState: Sendable, Equatable {
  public var scope: CaseScope = .open
  public var filter = TextInput()
  public var isEditingFilter = false
  /// The ids shown, in order.
  public var visible: [IncidentID] = []
  /// The selected case; it stays on its case when the data reloads.
  public var selectedID: IncidentID?
  /// The first visible row.
  public var scrollOffset = 0

  /// What the list and the figures need of every case, by id (held by the rows).
  public var summaries: CaseSummaries { CaseSummaries(rows: rows) }
  /// What the list shows of each case.
  public internal(set) var rows: DenseDictionary<IncidentID, CaseRow> = [:]
  /// Every id in list order (open first, newest first).
  public internal(set) var order: [IncidentID] = []
  /// What the filter searches, built the first time a filter is typed.
  var search = CaseListSearch()
  /// Open cases, how many are due for a follow-up, and the total still owed on them.
  /// Kept up to date when cases change, so drawing a frame never walks every case.
  public internal(set) var openSummary: (count: Int, due: Int, outstanding: Money) = (0, 0, .zero(.euro))
  /// Case logs with an unreadable line; the title line says so while there are any, since a
  /// case whose first line is damaged cannot even be listed.
  public var damagedCaseCount = 0

  public init() {}

  public var selectedIndex: Int? { selectedID.flatMap { visible.firstIndex(of: $0) } }

  /// The number of case rows the list can show in `area` (below the title and header lines).
  static func capacity(in area: Rect) -> Int { max(1, area.height - 2) }

  public static func == (lhs: CaseListState, rhs: CaseListState) -> Bool {
    lhs.scope == rhs.scope && lhs.filter == rhs.filter && lhs.isEditingFilter == rhs.isEditingFilter && lhs.visible == rhs.visible
      && lhs.selectedID == rhs.selectedID && lhs.scrollOffset == rhs.scrollOffset && lhs.rows == rhs.rows
      && lhs.order == rhs.order && lhs.damagedCaseCount == rhs.damagedCaseCount
  }
}
