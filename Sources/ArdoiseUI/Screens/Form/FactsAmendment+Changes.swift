import ArdoiseCore

extension FactsAmendment {
  /// What the facts form changed: the fields whose typed value differs from the case's, and the
  /// fields emptied (a correction can replace a value, not erase it). The time
  /// counts as changed only when its text does, since the form shows it to the minute.
  static func changes(from current: IncidentFacts, to typed: IncidentFacts, language: Language) -> (FactsAmendment, erased: [FieldKey]) {
    var amendment = FactsAmendment()
    var erased: [FieldKey] = []
    if typed.occurredAt.formatted(language) != current.occurredAt.formatted(language) { amendment.occurredAt = typed.occurredAt }
    if typed.amount != current.amount { amendment.amount = typed.amount }
    func compare<Value: Equatable>(_ key: FieldKey, _ old: Value?, _ new: Value?, _ set: (inout FactsAmendment, Value) -> Void) {
      guard old != new else { return }
      if let new { set(&amendment, new) } else { erased.append(key) }
    }
    compare(.table, current.table, typed.table) { $0.table = $1 }
    compare(.covers, current.covers, typed.covers) { $0.covers = $1 }
    compare(.server, current.server, typed.server) { $0.server = $1 }
    compare(.bill, current.bill, typed.bill) { $0.bill = $1 }
    compare(.summary, current.summary, typed.summary) { $0.summary = $1 }
    compare(.description, current.customerDescription, typed.customerDescription) { $0.customerDescription = $1 }
    return (amendment, erased)
  }
}
