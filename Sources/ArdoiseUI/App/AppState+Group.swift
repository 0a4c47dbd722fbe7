import ArdoiseCore

extension AppState {
  /// Cases of another site of the group, read or changed on disk: listed with their site,
  /// read-only. A case this site holds too stays this site's. Pure, as ``update(_:)``.
  mutating func updateSiteCases(site: String, changed: [IncidentSummary], removed: [IncidentID]) -> [Effect] {
    guard var group else { return [] }
    let theirs = changed.filter { summary in
      group.siteOfCase[summary.id] == site || (group.siteOfCase[summary.id] == nil && list.summaries[summary.id] == nil)
    }
    for summary in theirs { group.siteOfCase[summary.id] = site }
    let gone = removed.filter { group.siteOfCase[$0] == site }
    for id in gone { group.siteOfCase[id] = nil }
    self.group = group
    guard !theirs.isEmpty || !gone.isEmpty else { return [] }
    apply(summaries: theirs, removed: gone)
    if let checklist, gone.contains(checklist.incident) {
      self.checklist = nil
      overlay = nil
      status = StatusMessage(localized(LocalizedText("Ce dossier a été supprimé hors d’ardoise.", "This case was removed outside ardoise.")), .warning)
    }
    if case .agenda? = overlay { return [.loadAgenda] }
    return []
  }

  /// What a screen asked while the open case belongs to another site: every write (a change to
  /// record, a document, the customer's details, an email, a form or a question that leads to
  /// one) is left out and the status line says why, in one line; the rest is carried out.
  mutating func refusingWritesToOtherSites(_ requests: [ScreenEffect]) -> [ScreenEffect] {
    guard let site = openCaseOtherSite else { return requests }
    let kept = requests.filter { !$0.leadsToWrite }
    if kept.count < requests.count { status = StatusMessage(localized(GroupSites.readOnlyRefusal(site)), .error) }
    return kept
  }
}

extension ScreenEffect {
  /// Whether this writes to a case, or opens what would (a form, a question to confirm).
  var leadsToWrite: Bool {
    switch self {
    case .run(let effect): effect.writesToCase
    case .present(.form), .present(.confirm): true
    default: false
    }
  }
}

extension Effect {
  /// Whether this changes a case or what is kept of it (its log, its documents, its customer).
  var writesToCase: Bool {
    switch self {
    case .record, .writeDocument, .saveCustomer, .removeCustomer, .draftEmail, .sendEmail, .printDocument: true
    default: false
    }
  }
}
