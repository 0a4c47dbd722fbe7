import ArdoiseCore

/// The summaries of the list's cases, read through its rows (each row holds its case's summary):
/// looked up by id or walked, without a table of their own.
public struct CaseSummaries: Sendable, Equatable, Sequence {
  let rows: DenseDictionary<IncidentID, CaseRow>

  public subscript(id: IncidentID) -> IncidentSummary? { rows[id]?.summary }
  public var count: Int { rows.count }
  public var isEmpty: Bool { rows.isEmpty }
  /// Every summary, in no order to rely on.
  public var values: LazyMapSequence<[CaseRow], IncidentSummary> { rows.values.lazy.map(\.summary) }

  public func makeIterator() -> Iterator { Iterator(rows: rows.values.makeIterator()) }

  /// Each case's id and summary, in no order to rely on.
  public struct Iterator: IteratorProtocol {
    var rows: IndexingIterator<[CaseRow]>

    public mutating func next() -> (key: IncidentID, value: IncidentSummary)? {
      rows.next().map { (key: $0.id, value: $0.summary) }
    }
  }
}
