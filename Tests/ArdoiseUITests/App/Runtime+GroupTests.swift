import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The runtime over a group with real stores in temporary folders: the other site's cases are
/// listed, opened and followed from its own folder, never written; and the open case's log
/// replaced by a sync or git run in another terminal is read again, and said so.
@Suite struct RuntimeGroupTests {
  static func note(_ text: String, on id: IncidentID, in store: Store) throws {
    try store.record(on: id) { incident in
      incident.decide(.addNote(text), playbook: .standard, policy: RecoveryPolicy(today: Timestamp(Fixtures.now, in: Fixtures.utc).day))
    }
  }

  static func create(_ store: Store, minutesAgo: Int64, amount: Int64) throws -> IncidentID {
    try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc).adding(seconds: -60 * minutesAgo),
                                   amount: Money(minorUnits: amount))).id
  }

  @Test func theOtherSitesCaseIsListedOpenedAndFollowedButNeverWritten() throws {
    let here = RuntimeTests.Workspace()
    let there = RuntimeTests.Workspace()
    let mine = try Self.create(try here.store(), minutesAgo: 90, amount: 4250)
    let writer = try there.store()
    let theirs = try Self.create(writer, minutesAgo: 30, amount: 3000)
    let terminal = MemoryTerminal()
    var state = AppState(language: .english, size: terminal.size, playbook: .standard, clock: Fixtures.now, timeZone: Fixtures.utc)
    state.group = GroupSites(here: "paris", others: ["lyon"])
    let runtime = Runtime(state: state, terminal: terminal, store: try here.store(), clock: { Fixtures.now }, tickInterval: .seconds(3600),
                          writeDocument: { _, _, _, _ in .failure(Refusal(LocalizedText("non", "no"))) }, switchTheme: { ($0, nil) },
                          agendaRules: AgendaRules(clocks: .forJurisdiction(.france, config: Config())))
    let reader = try Store(directory: there.directory, actor: "Claire", now: { Fixtures.now }, timeZone: Fixtures.utc, preparing: false)
    runtime.showGroup([OtherSite(name: "lyon", store: reader, agendaRules: AgendaRules(clocks: .forJurisdiction(.france, config: Config())))])
    runtime.present()
    let lines = terminal.presentedGrid?.lines ?? []
    #expect(lines.contains { $0.hasPrefix(theirs.rawValue + " lyon") }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix(mine.rawValue + " paris") }, "\(lines)")
    // The newest, the other site's, comes first: it opens from its own folder.
    RuntimeTests.press(runtime, .home, .enter)
    #expect(runtime.state.checklist?.incident == theirs)
    #expect(terminal.presentedGrid?.text.contains("Case of site “lyon”: read-only here.") == true)
    let log = URL(fileURLWithPath: there.directory.logPath(theirs))
    let before = try Data(contentsOf: log)
    RuntimeTests.press(runtime, .character("n"))
    #expect(terminal.presentedGrid?.text.contains("✗ This case belongs to site “lyon”: read-only here, nothing was saved.") == true)
    #expect(try Data(contentsOf: log) == before)
    // A note added there (a sync of its clone) shows on the open case at the next look.
    try Self.note("Called back", on: theirs, in: writer)
    runtime.handle(nil)
    #expect(runtime.state.cases[theirs]?.incident.events.count == 2)
    // The agenda covers both sites.
    RuntimeTests.press(runtime, .escape, .character("a"))
    guard case .agenda(let agenda)? = runtime.state.overlay else {
      Issue.record("no agenda: \(String(describing: runtime.state.overlay))")
      return
    }
    let cases = Set((agenda.items ?? []).map(\.caseID))
    #expect(cases == [mine, theirs])
  }

  /// The open case's log replaced by another file with the same name (as git writes it in a
  /// sync run in another terminal) is read again, and the status line says so; an append made
  /// elsewhere (another terminal's note) is read without that notice.
  @Test func aLogReplacedElsewhereIsReloadedAndSaidSo() throws {
    let workspace = RuntimeTests.Workspace()
    let store = try workspace.store()
    let id = try Self.create(store, minutesAgo: 30, amount: 4250)
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(store, terminal: terminal)
    RuntimeTests.press(runtime, .enter)
    runtime.handle(nil)
    // Appended by another terminal: read again, without the notice.
    let other = try workspace.store()
    try Self.note("Left a scarf", on: id, in: other)
    runtime.handle(nil)
    runtime.present()
    #expect(runtime.state.cases[id]?.incident.events.count == 2)
    #expect(terminal.presentedGrid?.text.contains("reloaded") == false)
    // Replaced: a new file with one more line renamed over the log, as git does.
    try Self.note("Seen at the bar", on: id, in: other)
    let path = workspace.directory.logPath(id)
    let copy = path + ".new"
    try FileManager.default.copyItem(atPath: path, toPath: copy)
    #expect(rename(copy, path) == 0)
    runtime.handle(nil)
    runtime.present()
    #expect(runtime.state.cases[id]?.incident.events.count == 3)
    #expect(terminal.presentedGrid?.text.contains("File replaced on disk: reloaded") == true)
  }

  /// In a synced data directory the notice is the one a sync from the screen gives.
  @Test(arguments: [Language.english, .french])
  func inASyncedDirectoryTheNoticeNamesTheSync(language: Language) {
    var state = Fixtures.state(language)
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now)))
    state.press(.enter)
    let id = state.checklist?.incident ?? IncidentID(rawValue: "")
    _ = state.update(.caseReplaced(id))
    #expect(state.status?.text == LocalizedText("Dossier remplacé par la synchronisation\u{202F}: rechargé", "File replaced by the sync: reloaded")(language))
    // Not said for a case that is not open.
    var listed = Fixtures.state(language)
    _ = listed.update(.caseReplaced(id))
    #expect(listed.status == nil)
  }
}
