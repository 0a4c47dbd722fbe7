import ArdoiseCore

/// Another site of the group, shown by the screen read-only (`ardoise --group`).
public struct OtherSite {
  public var name: String
  /// Opened to read only: nothing is created, repaired or cached in its folder.
  public var store: Store
  /// The clocks of that site's own jurisdiction, for the agenda.
  public var agendaRules: AgendaRules
  /// That site's `restaurant.jurisdiction`; nil when its settings could not be read.
  public var jurisdiction: Jurisdiction?

  public init(name: String, store: Store, agendaRules: AgendaRules, jurisdiction: Jurisdiction? = nil) {
    self.name = name
    self.store = store
    self.agendaRules = agendaRules
    self.jurisdiction = jurisdiction
  }
}

/// The other sites of the group, and the open case's log watched for a replacement.
extension Runtime {
  /// Shows the other sites' cases beside this site's, read-only (before ``run()``).
  public func showGroup(_ sites: [OtherSite]) {
    otherSites = sites
    for site in sites { dispatch(.siteCasesChanged(site: site.name, site.store.summaries, removed: [])) }
  }

  /// The store case `id` is read from: its site's.
  func siteStore(of id: IncidentID) -> Store {
    guard let site = state.group?.otherSite(of: id), let other = otherSites.first(where: { $0.name == site }) else { return store }
    return other.store
  }

  /// Looks for changes at the other sites (a sync of their clones); the ids that changed, and
  /// what to tell the screen.
  func refreshOtherSites(everything: Bool) -> (changed: Set<IncidentID>, actions: [Action]) {
    var all = Set<IncidentID>()
    var actions: [Action] = []
    for site in otherSites {
      let changed = site.store.refresh(everything: everything || repositoryMoved(site.store.directory))
      guard !changed.isEmpty else { continue }
      all.formUnion(changed)
      let present = changed.compactMap { site.store.summary($0) }
      let removed = changed.filter { site.store.summary($0) == nil }
      actions.append(.siteCasesChanged(site: site.name, present, removed: Array(removed)))
      // Cases read in full stay in full, so an open checklist shows the change at once.
      for id in changed where state.cases[id] != nil && state.group?.otherSite(of: id) == site.name {
        if let stored = site.store.incident(id) { actions += loaded(stored) }
      }
    }
    return (all, actions)
  }

  /// Whether `directory`'s repository moved (a sync or git run in another terminal) since the
  /// last look; the first look, or a directory that is not a repository, says no.
  func repositoryMoved(_ directory: DataDirectory) -> Bool {
    let stamp = RepositoryStamp(directory: directory.path)
    let before = repositoryStamps[directory.path]
    repositoryStamps[directory.path] = stamp
    return before != nil && stamp != before
  }

  /// Every site's dated items, each by its own site's clocks, most urgent first.
  func groupAgenda() -> Agenda {
    var agenda = Agenda(store.agendaCases(), rules: agendaRules, today: state.today)
    for site in otherSites {
      let theirs = site.store.agendaCases().filter { state.group?.otherSite(of: $0.id) == site.name }
      agenda.items += Agenda(theirs, rules: site.agendaRules, today: state.today).items
    }
    agenda.items.sort(by: AgendaItem.isMoreUrgent)
    return agenda
  }

  /// The open case's log and its site's repository as they are when the case opens: what a sync
  /// run elsewhere is measured against, even when it ends before the next tick.
  func rememberOpenLog(_ id: IncidentID) {
    let directory = siteStore(of: id).directory
    openLog = (id, LogFileIdentity(path: directory.logPath(id)))
    openRepository = (RepositoryStamp(directory: directory.path), false)
  }

  /// Says so when the open case was read again (`changed`) because a sync or git run in another
  /// terminal replaced its log: the log is another file than at the last look, or the site's
  /// repository moved (HEAD, a fetch, a merge) at this look or the one before while the case changed.
  func noteReplacedOpenLog(changed: Set<IncidentID>) -> [Action] {
    guard let id = state.checklist?.incident else {
      openLog = nil
      openRepository = (nil, false)
      return []
    }
    let directory = siteStore(of: id).directory
    let identity = LogFileIdentity(path: directory.logPath(id))
    let stamp = RepositoryStamp(directory: directory.path)
    defer { openLog = (id, identity) }
    guard let last = openLog, last.id == id else {
      openRepository = (stamp, false)
      return []
    }
    let caseChanged = changed.contains(id)
    let replaced = last.identity != nil && identity != nil && last.identity != identity
    let repositoryMoved = stamp != nil && stamp != openRepository.stamp
    let wasChanged = openRepository.caseChangedAtLastLook
    openRepository = (stamp, caseChanged && !repositoryMoved)
    guard (caseChanged && (replaced || repositoryMoved)) || (wasChanged && repositoryMoved) else { return [] }
    return [.caseReplaced(id)]
  }
}
