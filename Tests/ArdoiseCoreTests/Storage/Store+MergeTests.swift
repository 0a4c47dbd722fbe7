import Foundation
import Testing

@testable import ArdoiseCore

/// Logs synced through git: union merges, and replay that does not depend on line order.
@Suite struct StoreMergeTests {
  static let git = ["/usr/bin/git", "/bin/git", "/usr/local/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Runs git in `folder` with no user or system configuration.
  @discardableResult
  static func git(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: git ?? "git")
    process.arguments = ["-C", folder, "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                         "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
    process.environment = ["HOME": folder, "GIT_CONFIG_NOSYSTEM": "1", "PATH": "/usr/bin:/bin", "LANG": "C"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  /// Runs git and requires success.
  static func mustGit(_ arguments: [String], in folder: String) throws {
    let result = try git(arguments, in: folder)
    guard result.status == 0 else { throw TestFailure("git \(arguments.joined(separator: " ")) failed: \(result.output)") }
  }

  /// A data directory in a git repository with one case committed on `main`, and two branches
  /// `a` and `b` from there. Each branch gets `append(branch, store, id)` and a commit; then
  /// `b` is merged into `a`.
  static func mergeBranches(_ append: (String, Store, IncidentID, StoreFixture) throws -> Void)
    throws -> (fixture: StoreFixture, id: IncidentID, merge: (status: Int32, output: String))
  {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    let repository = fixture.directory.path
    try mustGit(["init", "-q"], in: repository)
    try mustGit(["add", "-A"], in: repository)
    try mustGit(["commit", "-q", "-m", "opened"], in: repository)
    for branch in ["a", "b"] {
      try mustGit(["checkout", "-q", "-b", branch, "main"], in: repository)
      try append(branch, fixture.openStore(actor: branch), id, fixture)
      try mustGit(["commit", "-q", "-a", "-m", "append on \(branch)"], in: repository)
    }
    try mustGit(["checkout", "-q", "a"], in: repository)
    let merge = try git(["merge", "--no-edit", "b"], in: repository)
    return (fixture, id, merge)
  }

  @Test(.enabled(if: git != nil, "git is not installed"))
  func appendsOnTwoBranchesMergeWithoutConflict() throws {
    let (fixture, id, merge) = try StoreMergeTests.mergeBranches { branch, store, id, _ in
      try StoreFixture.note(store, id, "note de \(branch)")
      try StoreFixture.pay(store, id, branch == "a" ? 1_000 : 2_000)
    }
    #expect(merge.status == 0, "\(merge.output)")
    let bytes = try fixture.bytes(of: fixture.logPath(id))
    #expect(!String(decoding: bytes, as: UTF8.self).contains("<<<<<<<"))
    #expect(try parseAllLines(bytes).count == 5)
    let store = try fixture.openStore()
    #expect(store.allProblems.isEmpty, "\(store.allProblems)")
    let incident = try #require(store.incident(id)).incident
    #expect(Set(noteTexts(incident)) == ["note de a", "note de b"])
    #expect(incident.outstanding == Money(minorUnits: 7_000))
    try StoreFixture.note(store, id, "après la fusion")
  }

  @Test(.enabled(if: git != nil, "git is not installed"))
  func theSameEventIDWithDifferentContentIsReportedAsAConflict() throws {
    let shared = EventID.make(at: Date(timeIntervalSince1970: 1_795_000_500))
    let (fixture, id, merge) = try StoreMergeTests.mergeBranches { branch, _, id, fixture in
      let event = Event(id: shared, occurredAt: Timestamp(secondsSince1970: 1_795_000_500, offsetSeconds: 0),
                        recordedAt: Timestamp(secondsSince1970: 1_795_000_500, offsetSeconds: 0), actor: branch,
                        body: .noteAdded("version \(branch)"))
      try fixture.append(fixture.logPath(id), Array(event.line.utf8))
    }
    #expect(merge.status == 0, "\(merge.output)")
    let store = try fixture.openStore()
    let conflicts = store.allProblems.filter { $0.message.english.contains("conflict on event \(shared.rawValue)") }
    #expect(conflicts.count == 1, "\(store.allProblems)")
    #expect(conflicts.first?.file == fixture.relativeLog(id))
    // Both lines are named, in both languages: the line of each branch after the merge.
    let message = try #require(conflicts.first).message
    #expect(message.english.hasSuffix(": same event id with different content (lines 2 and 3)"), "\(message.english)")
    #expect(message(.french).hasSuffix("\u{202F}: même identifiant d’événement, contenu différent (lignes 2 et 3)"), "\(message(.french))")
  }

  /// Any order of the lines, with duplicates as a union merge can leave, gives the same state.
  @Test func replayDoesNotDependOnLineOrder() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let policy = RecoveryPolicy(today: CalendarDay(year: 2026, month: 11, day: 30))
    let intents: [Intent] = [
      .addNote("premier appel"),
      .recordContact(ContactAttempt(channel: .phone, outcome: .promisedToPay, followUp: CalendarDay(year: 2026, month: 12, day: 5))),
      .recordPayment(Payment(amount: Money(minorUnits: 3_000), method: .cash)),
      .amend(FactsAmendment(table: "14")),
      .chooseOutcome(step: .catchUp, outcome: "gone", value: nil, note: "parti en voiture"),
      .close(.writtenOff, note: nil),
      .reopen(note: "il a rappelé"),
      .recordPayment(Payment(amount: Money(minorUnits: 7_000), method: .transfer, reference: "VIR-1")),
    ]
    for intent in intents {
      try store.record(on: id) { $0.decide(intent, playbook: .standard, policy: policy) }
    }
    let expected = try #require(store.incident(id)).incident
    #expect(expected.status == .closed && expected.events.count == intents.count + 1)
    let bytes = try fixture.bytes(of: fixture.logPath(id))
    let lines = splitLines(bytes).lines.map { Array(bytes[$0]) + [0x0A] }
    var generator = SeededGenerator(seed: 42)
    for round in 0..<50 {
      var shuffled = lines.shuffled(using: &generator)
      if round % 2 == 1 { shuffled += lines.shuffled(using: &generator).prefix(3) }
      try POSIXFile.replace(fixture.logPath(id), with: shuffled.flatMap { $0 })
      let reloaded = try fixture.openStore()
      #expect(reloaded.incident(id)?.incident == expected, "round \(round)")
      #expect(reloaded.allProblems.isEmpty, "round \(round)")
    }
  }
}
