@testable import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The whole loop on one thread with an in-memory terminal and a real store in a temporary
/// folder: keys in, events fsynced to disk, the screen drawn from what was saved.
@Suite struct RuntimeTests {
  final class Workspace {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-runtime-" + UUID().uuidString)
    var directory: DataDirectory { DataDirectory(path: root.path + "/data") }
    deinit { try? FileManager.default.removeItem(at: root) }

    func store() throws -> Store {
      try Store(directory: directory, actor: "Claire", now: { Fixtures.now }, timeZone: Fixtures.utc)
    }
  }

  static func runtime(_ store: Store, terminal: MemoryTerminal,
                      writeDocument: @escaping Runtime.DocumentWriter = { _, _, _, _ in .failure(Refusal(LocalizedText("non", "no"))) }) -> Runtime {
    let state = AppState(language: .english, size: terminal.size, playbook: .standard, clock: Fixtures.now, timeZone: Fixtures.utc)
    return Runtime(state: state, terminal: terminal, store: store, clock: { Fixtures.now }, tickInterval: .seconds(3600),
                   writeDocument: writeDocument, switchTheme: { ($0, nil) })
  }

  static func press(_ runtime: Runtime, _ keys: Key...) {
    for key in keys { runtime.handle(.key(key)) }
    runtime.present()
  }

  static func type(_ runtime: Runtime, _ text: String) {
    for character in text { runtime.handle(.key(.character(character))) }
  }

  @Test func aWalkoutTypedInTheFormIsOnDiskBeforeTheScreenSaysSaved() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    Self.press(runtime, .character("n"), .tab)
    Self.type(runtime, "42,50")
    Self.press(runtime, .enter)
    let screen = terminal.presentedGrid?.text ?? ""
    #expect(screen.contains("✓ Walkout recorded:"))
    #expect(screen.contains("Step 1/7 · Stay calm"))
    // A second store on the same folder, as another terminal would be, reads it from the log.
    let reader = try workspace.store()
    #expect(reader.summaries.map(\.amount) == [Money(minorUnits: 4250)])
    Self.press(runtime, .character("1"))
    #expect(try workspace.store().summaries.first?.status(of: .stayCalm) == .done)
    #expect(terminal.presentedGrid?.text.contains("Step 2/7 · Catch up") == true)
  }

  @Test func aRefusedPaymentChangesNothingAndSaysWhy() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 1000))).id
    let before = try Data(contentsOf: URL(fileURLWithPath: workspace.directory.logPath(id)))
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    Self.press(runtime, .enter, .character("p"), .home, .control("k"))
    Self.type(runtime, "15")
    Self.press(runtime, .enter)
    let screen = terminal.presentedGrid?.text ?? ""
    #expect(screen.contains("payment above the outstanding balance (€10.00)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.directory.logPath(id))) == before)
  }

  /// Ctrl-L asks the terminal to forget what it shows, in a form too, and changes nothing else.
  @Test func controlLInvalidatesTheTerminalEverywhere() throws {
    let workspace = Workspace()
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(try workspace.store(), terminal: terminal)
    Self.press(runtime, .control("l"))
    #expect(terminal.invalidateCount == 1)
    Self.press(runtime, .character("n"))
    Self.type(runtime, "12")
    let form = runtime.state.overlay
    Self.press(runtime, .control("l"))
    #expect(terminal.invalidateCount == 2)
    #expect(runtime.state.overlay == form)
  }

  /// Ctrl-Z suspends; a window resized while ardoise was stopped is laid out again on `fg`.
  @Test func controlZSuspendsAndTakesTheNewSizeOnResume() throws {
    let workspace = Workspace()
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(try workspace.store(), terminal: terminal)
    Self.press(runtime, .control("z"))
    #expect(terminal.suspendCount == 1)
    #expect(runtime.state.size == Size(width: 80, height: 24))
    terminal.sizeAfterSuspend = Size(width: 100, height: 30)
    Self.press(runtime, .control("z"))
    #expect(terminal.suspendCount == 2)
    #expect(runtime.state.size == Size(width: 100, height: 30))
    #expect(terminal.presentedGrid?.size == Size(width: 100, height: 30))
  }

  @Test func aChangeFromAnotherTerminalShowsAtTheNextTick() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    Self.press(runtime, .enter)
    #expect(terminal.presentedGrid?.text.contains("Owed €42.50") == true)
    let other = try workspace.store()
    try other.record(on: id) { _ in .success(.paymentRecorded(Payment(amount: Money(minorUnits: 1000), method: .cash), closesAs: nil)) }
    runtime.handle(nil)  // the tick
    runtime.present()
    #expect(terminal.presentedGrid?.text.contains("Owed €32.50") == true)
  }

  /// The first frame trusts the summary cache; a case whose log changed on disk before the
  /// check that follows it is read again and shown with its new state once the check is back.
  @Test func aCaseChangedOnDiskBeforeTheCacheCheckIsRedrawnWithItsNewState() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    // A payment appended from outside ardoise (a sync): the cache's entry no longer matches.
    let moment = Timestamp(Fixtures.now, in: Fixtures.utc)
    let event = Event(id: EventID.make(at: Fixtures.now), occurredAt: moment, recordedAt: moment, actor: "other site",
                      body: .paymentRecorded(Payment(amount: Money(minorUnits: 1000), method: .cash), closesAs: nil))
    let log = try #require(FileHandle(forWritingAtPath: workspace.directory.logPath(id)))
    try log.seekToEnd()
    try log.write(contentsOf: Data(event.line.utf8))
    try log.close()
    let screen = try Store(directory: workspace.directory, actor: "Claire", now: { Fixtures.now }, timeZone: Fixtures.utc, loading: .onDemand)
    screen.checksCacheAfterLoad = true
    screen.loadEveryCaseIfNeeded()
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(screen, terminal: terminal)
    runtime.present()
    let firstFrame = try #require(terminal.presentedGrid?.text)
    // The cache's word: nothing paid yet.
    #expect(firstFrame.contains("€42.50") && !firstFrame.contains("€32.50"))
    #expect(runtime.state.list.summaries[id]?.paid == Money(minorUnits: 0))
    runtime.checkCachedCasesInBackground()
    runtime.waitForBackgroundWork()
    runtime.present()
    let checked = try #require(terminal.presentedGrid?.text)
    #expect(checked.contains("€32.50"))
    #expect(runtime.state.list.summaries[id]?.paid == Money(minorUnits: 1000))
    // Nothing left to check: a second call starts nothing.
    runtime.checkCachedCasesInBackground()
    runtime.waitForBackgroundWork()
  }

  /// Quitting does not wait for the snapshot of the summary cache the screen started after its
  /// first frame (at a hundred thousand cases, seconds of writing after a start without it).
  @Test func quittingDoesNotWaitForTheSummarySnapshot() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    _ = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250)))
    let screen = try workspace.store()
    screen.writesSummaryCacheInBackground = true
    screen.cacheState.needsSnapshot = true
    let release = DispatchSemaphore(value: 0)
    // Holds the snapshot back; the timeout only keeps a failing test from hanging.
    screen.cacheState.snapshotWillWrite = { _ = release.wait(timeout: .now() + 30) }
    let terminal = MemoryTerminal(events: [.key(.character("q"))])
    let runtime = Self.runtime(screen, terminal: terminal)
    runtime.run()
    #expect(runtime.state.isFinished)
    #expect(screen.isWritingSummarySnapshot)
    release.signal()
    screen.finishSummaryCompaction()
    runtime.waitForBackgroundWork()
  }

  /// The key that quits is the last thing handled: no look for changes after it, even when the
  /// tick is due (a full look at every log held the exit at a hundred thousand cases).
  @Test func quittingDoesNotLookForChangesFirst() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    _ = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250)))
    let terminal = MemoryTerminal()
    let state = AppState(language: .english, size: terminal.size, playbook: .standard, clock: Fixtures.now, timeZone: Fixtures.utc)
    // Every key is also a tick.
    let runtime = Runtime(state: state, terminal: terminal, store: store, clock: { Fixtures.now }, tickInterval: .zero,
                          writeDocument: { _, _, _, _ in .failure(Refusal(LocalizedText("non", "no"))) }, switchTheme: { ($0, nil) })
    let other = try workspace.store()
    _ = try other.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 1000)))
    runtime.handle(.key(.character("q")))
    #expect(runtime.state.isFinished)
    #expect(runtime.state.list.summaries.count == 1)
    // A key that does not quit still looks.
    let looking = Self.runtime(try workspace.store(), terminal: MemoryTerminal())
    _ = try other.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 500)))
    looking.handle(nil)
    #expect(looking.state.list.summaries.count == 3)
  }

  /// A log edited by hand while ardoise runs: its case leaves the list (no readable “opened”
  /// line), and the title line says a case cannot be read until the file is mended.
  @Test func aCaseDamagedWhileRunningIsAnnouncedNotSilentlyDropped() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let moment = Timestamp(Fixtures.now, in: Fixtures.utc)
    let kept = try store.create(IncidentFacts(occurredAt: moment, amount: Money(minorUnits: 4250), table: "T1")).id
    let damaged = try store.create(IncidentFacts(occurredAt: moment, amount: Money(minorUnits: 1800), table: "T2")).id
    store.fullLookInterval = 0  // look at every log at each tick, as every ten seconds
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    runtime.present()
    #expect(terminal.presentedGrid?.lines.first?.contains("⚠") == false)
    let path = workspace.directory.logPath(damaged)
    let original = try String(contentsOfFile: path, encoding: .utf8)
    try original.replacingOccurrences(of: "\"table\":\"T2\"", with: "\"table\":\"T3\"").write(toFile: path, atomically: true, encoding: .utf8)
    runtime.handle(nil)
    runtime.present()
    var screen = terminal.presentedGrid?.lines ?? []
    #expect(screen.first?.contains("⚠ 1 unreadable case · 1 open") == true, "\(screen.first ?? "")")
    // One such file: the status line names the case, the file and the line, as the commands do.
    #expect(screen.contains { $0.contains("case \(damaged) cannot be read: line 1 of cases/\(damaged).jsonl: checksum") },
            "\(screen.joined(separator: "\n"))")
    #expect(screen.contains { $0.hasPrefix(kept.rawValue) } && !screen.contains { $0.hasPrefix(damaged.rawValue) })
    // Mended by hand: the case is back and the warning goes.
    try original.write(toFile: path, atomically: true, encoding: .utf8)
    runtime.handle(nil)
    runtime.present()
    screen = terminal.presentedGrid?.lines ?? []
    #expect(screen.first?.contains("⚠") == false)
    #expect(screen.contains { $0.hasPrefix(damaged.rawValue) })
  }

  /// A mistyped amount corrected from the checklist: saving unchanged facts is refused, a new
  /// amount is written as a correction and the original stays in the log.
  @Test func factsCorrectedFromTheChecklistAreOnDisk() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    Self.press(runtime, .enter, .character("a"), .enter)
    #expect(terminal.presentedGrid?.text.contains("✗ nothing to correct") == true)
    Self.press(runtime, .tab)
    Self.type(runtime, "45")
    Self.press(runtime, .enter)
    #expect(runtime.state.overlay == nil)
    let onDisk = try workspace.store().incident(id)?.incident
    #expect(onDisk?.facts.amount == Money(minorUnits: 4500))
    #expect(onDisk?.events.count == 2)
    #expect(terminal.presentedGrid?.text.contains("Owed €45.00") == true)
  }

  @Test func aWrittenDocumentAppearsInTheTimelineAtOnce() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal) { caseID, kind, _, _ in
      do {
        let written = try store.writeDocument(kind, for: caseID, config: Config(),
                                              playbook: .standard, language: .english, today: Fixtures.today)
        return .success(DocumentWritten(path: written.file, warnings: written.document.warnings))
      } catch {
        return .failure(Refusal(LocalizedText("échec", "failed")))
      }
    }
    Self.press(runtime, .enter, .character("w"), .enter)
    let notice = terminal.presentedGrid?.text ?? ""
    #expect(notice.contains("✓ Document written: /"))
    // A notice gives the whole path and what the document still lacks.
    #expect(notice.contains("┌─ Document written "))
    #expect(notice.contains("To complete before sending:"))
    #expect(notice.contains("• Restaurant name"), "\(notice)")
    Self.press(runtime, .escape)
    let screen = terminal.presentedGrid?.text ?? ""
    #expect(!screen.contains("To complete before sending:"))
    #expect(screen.contains("Timeline (2)"))
    #expect(store.incident(id)?.incident.documents.count == 1)
  }

  /// `/` reads the customers of identified cases from people/: the filter finds one by name or
  /// phone; the name stays in memory, never in the summary cache.
  @Test func theFilterFindsACustomerReadFromPeopleButTheCacheNeverHoldsIt() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let at = Timestamp(Fixtures.now, in: Fixtures.utc)
    let identified = try store.create(IncidentFacts(occurredAt: at, amount: Money(minorUnits: 4250), table: "T1")).id
    _ = try store.create(IncidentFacts(occurredAt: at, amount: Money(minorUnits: 1000), table: "T2"))
    try store.identify(identified, as: CustomerIdentity(name: "Jean Zébulon", phone: "06 98 76 54 32"))
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    Self.press(runtime, .character("/"))
    Self.type(runtime, "zebulon")
    #expect(runtime.state.list.visible == [identified])
    Self.press(runtime, .escape, .character("/"))
    Self.type(runtime, "0698")
    #expect(runtime.state.list.visible == [identified])
    store.saveSummaryCache()
    store.finishSummaryCompaction()
    let cache = try String(contentsOfFile: workspace.directory.path + "/.summaries.cache", encoding: .utf8)
    #expect(!cache.contains("Zébulon") && !cache.contains("98 76"))
    #expect(cache.contains(identified.rawValue))
  }

  /// From the first frame on, the filter's index is built off the screen's thread, with the
  /// customers read from people/; a case written elsewhere (another terminal) is brought into it
  /// in the background too, so typing after `/` never builds it.
  @Test func theFilterIndexIsBuiltAheadAndFollowsCasesWrittenElsewhere() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let at = Timestamp(Fixtures.now, in: Fixtures.utc)
    let identified = try store.create(IncidentFacts(occurredAt: at, amount: Money(minorUnits: 4250), table: "T1")).id
    _ = try store.create(IncidentFacts(occurredAt: at, amount: Money(minorUnits: 1000), table: "T2"))
    try store.identify(identified, as: CustomerIdentity(name: "Jean Zébulon", phone: "06 98 76 54 32"))
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal)
    #expect(runtime.state.list.search.index == nil)
    runtime.preparesSearchAhead = true
    runtime.handle(nil)
    runtime.waitForBackgroundWork()
    #expect(runtime.state.list.search.index?.count == 2 && !runtime.state.list.search.needsIndex)
    #expect(runtime.state.list.search.customers?[identified] != nil)
    // Written by another terminal, seen at the clock's look: the index follows off the thread.
    let added = try workspace.store().create(IncidentFacts(occurredAt: at, amount: Money(minorUnits: 990), table: "Zinzolin")).id
    runtime.handle(nil)
    runtime.waitForBackgroundWork()
    #expect(runtime.state.list.search.index?.ids.contains(added) == true && !runtime.state.list.search.needsIndex)
    Self.press(runtime, .character("/"))
    Self.type(runtime, "zebulon")
    #expect(runtime.state.list.visible == [identified])
    Self.press(runtime, .escape, .character("/"))
    Self.type(runtime, "zinzolin")
    #expect(runtime.state.list.visible == [added])
  }

  @Test func theStartLineAndTheFiguresMeasuresAreReadOffTheScreensThread() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    try store.record(on: id) { _ in .success(.followUpScheduled(Fixtures.today)) }
    try store.record(on: id) { _ in .success(.measureTaken(PreventionMeasure(kind: .cctv, day: Fixtures.today))) }
    let runtime = Self.runtime(store, terminal: MemoryTerminal())
    runtime.showStartLine()
    runtime.waitForBackgroundWork()
    #expect(runtime.state.startLine == "1 action due today, none overdue")
    Self.press(runtime, .character("s"))
    runtime.waitForBackgroundWork()
    guard case .statistics(let figures)? = runtime.state.overlay else {
      Issue.record("no figures screen")
      return
    }
    #expect(figures.measures?.total == 1)
    #expect(figures.measures?.byKind.map(\.kind) == [.cctv])
  }
}
