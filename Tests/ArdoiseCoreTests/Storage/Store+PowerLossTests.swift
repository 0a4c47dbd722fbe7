import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// A power cut at any moment of a day's work: every acknowledged change survives, nothing else
/// is damaged, and the next start repairs what was interrupted.
@Suite struct StorePowerLossTests {
  /// New cases, appends, an identity, a document, a torn tail repaired, a summary cache rewritten,
  /// all recorded through the store's file layer.
  private func recordScenario(_ fixture: StoreFixture) throws -> PowerCutRecorder {
    let store = try fixture.openStore()
    let recorder = PowerCutRecorder(root: fixture.directory.path)
    defer { recorder.stop() }
    let first = try store.create(StoreFixture.facts()).id
    recorder.acknowledge(.created(first))
    for text in ["one", "two"] {
      try StoreFixture.note(store, first, text)
      recorder.acknowledge(.note(first, text))
    }
    try store.identify(first, as: CustomerIdentity(name: "Jean Dupont", phone: "0600000000"))
    recorder.acknowledge(.identity(first, "Jean Dupont"))
    let written = try store.writeDocument(.reminder, for: first, config: Config(), playbook: .standard, language: .english,
                                          today: CalendarDay(year: 2026, month: 11, day: 30))
    recorder.acknowledge(.document(fixture.directory.relative(written.file), Array(written.document.text.utf8)))
    let second = try store.create(StoreFixture.facts(amount: 4_200)).id
    recorder.acknowledge(.created(second))
    try StoreFixture.note(store, second, "three")
    recorder.acknowledge(.note(second, "three"))
    store.saveSummaryCache()
    // An old interrupted write, already on disk: the next append quarantines it first.
    try fixture.append(fixture.logPath(first), Array("{\"torn".utf8))
    recorder.adoptAsDurable(fixture.logPath(first))
    try StoreFixture.note(store, first, "four")
    recorder.acknowledge(.note(first, "four"))
    try store.identify(first, as: CustomerIdentity(name: "Jean Dupont", phone: "0611111111"))
    recorder.acknowledge(.identity(first, "Jean Dupont"))
    return recorder
  }

  @Test(.timeLimit(.minutes(5)))
  func everyAcknowledgedChangeSurvivesEveryPowerCut() throws {
    let fixture = try StoreFixture()
    let recorder = try recordScenario(fixture)
    #expect(recorder.moments.count > 40, "the scenario went through the file layer")
    var statesChecked = 0
    var repairsSeen = 0
    for (index, moment) in recorder.moments.enumerated() {
      for state in moment.crashStates() {
        let label = "after operation \(index) (\(moment.operation)), state \(statesChecked)"
        repairsSeen += try checkRestart(from: state, acknowledged: moment.acknowledged, label: label)
        statesChecked += 1
      }
    }
    // Meaningful only if power cuts fell in the middle of writes that the next start repaired.
    #expect(statesChecked > recorder.moments.count)
    #expect(repairsSeen > 0)
    print("power cuts: \(recorder.moments.count) moments, \(statesChecked) disk states, \(repairsSeen) repaired at the next start")
  }

  /// Puts `state` in a new data directory, starts a store on it, and checks it.
  /// - Returns: 1 when the next start or write had something to repair.
  private func checkRestart(from state: [String: [UInt8]], acknowledged: [PowerCutRecorder.Acknowledgement], label: String) throws -> Int {
    let temporary = try TemporaryDirectory("ardoise-power")
    let root = temporary.child("data")
    for folder in ["", "/cases", "/people", "/quarantine", "/documents"] { mkdir(root + folder, 0o700) }
    for (name, bytes) in state {
      let descriptor = open(root + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      guard descriptor >= 0 else { throw TestFailure("\(label): cannot write \(name)") }
      try POSIXFile.writeAll(descriptor, bytes, path: name)
      close(descriptor)
    }
    let directory = DataDirectory(path: root)
    let store = try Store(directory: directory, actor: "restart", timeZone: StoreFixture.utc)
    let problems = store.allProblems + store.layoutProblems().filter { !$0.message(.english).contains("missing although") }
    #expect(!problems.contains { $0.severity == .error }, "\(label): \(problems)")
    for acknowledgement in acknowledged {
      switch acknowledgement {
      case .created(let id):
        #expect(store.incident(id) != nil, "\(label): case \(id) lost")
      case .note(let id, let text):
        let texts = noteTexts(store.incident(id)?.incident)
        #expect(texts.contains(text), "\(label): note \(text) lost")
      case .identity(let id, let name):
        #expect(store.customer(of: id)?.name == name, "\(label): identity lost")
      case .document(let name, let bytes):
        #expect(state[name] == bytes, "\(label): document \(name) lost or damaged")
      }
    }
    // An identity file exists only with its event in the log.
    for name in POSIXFile.listDirectory(directory.peoplePath) ?? [] where name.hasSuffix(".toml") && !name.hasPrefix(".") {
      let id = IncidentID(rawValue: String(name.dropLast(5)))
      #expect(store.incident(id)?.incident.hasIdentifiedCustomer == true, "\(label): identity \(name) without its event")
    }
    // The next write repairs what was interrupted; afterwards nothing is left to repair.
    let hadSomethingToRepair = !store.allProblems.isEmpty
    let ids = store.summaries.map(\.id).sorted()
    for id in ids { try StoreFixture.note(store, id, "after the power cut") }
    if ids.isEmpty { try store.create(StoreFixture.facts()) }
    let after = try Store(directory: directory, actor: "again", timeZone: StoreFixture.utc)
    #expect(after.allProblems.isEmpty, "\(label): left after the next write: \(after.allProblems)")
    #expect(!(POSIXFile.listDirectory(root) ?? []).contains { $0.hasSuffix(".tmp") }, "\(label): a temp file was left")
    return hadSomethingToRepair ? 1 : 0
  }
}
