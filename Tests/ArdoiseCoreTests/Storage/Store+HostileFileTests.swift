import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// One bad file never stops the others: FIFOs, symbolic links, devices, absurd amounts and
/// interrupted creations are each a problem of their own file.
@Suite struct StoreHostileFileTests {
  /// A well-formed case id that no store made.
  static let strangerID = IncidentID(rawValue: "261129-ZZZZ")

  private func makeFIFO(_ path: String) throws {
    // The path may already hold a file (the store writes its cache early): the FIFO replaces it.
    _ = unlink(path)
    guard mkfifo(path, 0o600) == 0 else { throw TestFailure("mkfifo \(path): errno \(errno)") }
  }

  private func symlink(_ target: String, at path: String) throws {
    guard Glibc.symlink(target, path) == 0 else { throw TestFailure("symlink \(path): errno \(errno)") }
  }

  @Test(.timeLimit(.minutes(5)))
  func aFIFOInCasesIsAProblemOfThatFileAndTheOtherCasesLoad() throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    try makeFIFO(fixture.directory.logPath(Self.strangerID))
    // Opening a FIFO for reading blocks until a writer comes: without O_NONBLOCK this never returns.
    let store = try fixture.openStore()
    #expect(store.summary(id) != nil)
    let problem = try #require(store.allProblems.first { $0.file == "cases/261129-ZZZZ.jsonl" })
    #expect(problem.severity == .error)
    #expect(problem.message(.english).contains("not a regular file"))
    try StoreFixture.note(store, id, "still writable")
    #expect(noteTexts(store.incident(id)?.incident) == ["still writable"])
  }

  @Test(.timeLimit(.minutes(5)))
  func aFIFOInCasesIsReportedOnceHoweverOftenAScreenLooks() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    _ = try store.create(StoreFixture.facts())
    try makeFIFO(fixture.directory.logPath(Self.strangerID))
    store.fullLookInterval = 0
    for _ in 0..<3 { store.refresh() }
    #expect(store.allProblems.filter { $0.file == "cases/261129-ZZZZ.jsonl" }.count == 1)
  }

  @Test(.timeLimit(.minutes(5)))
  func aFIFOAtTheSummaryCacheIsIgnored() throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    try makeFIFO(fixture.directory.path + "/.summaries.cache")
    let store = try fixture.openStore()
    #expect(store.summary(id) != nil)
    #expect(store.logsReadAtLoad == 1)
  }

  @Test(.timeLimit(.minutes(5)))
  func aLogSymlinkedToDevZeroIsRefusedWithoutReadingIt() throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    try symlink("/dev/zero", at: fixture.directory.logPath(Self.strangerID))
    let store = try fixture.openStore()
    #expect(store.summary(id) != nil)
    let problem = try #require(store.allProblems.first { $0.file == "cases/261129-ZZZZ.jsonl" })
    #expect(problem.severity == .error && problem.message(.english).contains("symbolic link"))
  }

  @Test func aLogSymlinkedToAnotherLogIsNotFollowedByWrites() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let before = try fixture.bytes(of: fixture.logPath(id))
    try symlink(fixture.logPath(id), at: fixture.directory.logPath(Self.strangerID))
    let other = try fixture.openStore()
    #expect(other.summary(Self.strangerID) == nil)
    #expect(throws: StoreError.symbolicLink(path: fixture.directory.logPath(Self.strangerID))) {
      try other.record(on: Self.strangerID) { _ in .success(.noteAdded("through the link")) }
    }
    #expect(try fixture.bytes(of: fixture.logPath(id)) == before)
  }

  @Test(.timeLimit(.minutes(5)))
  func aFIFOAtThePlaybookIsAnErrorAndTheStandardPlaybookIsUsed() throws {
    let fixture = try StoreFixture()
    _ = try fixture.openStore()
    try makeFIFO(fixture.directory.playbookPath)
    let loaded = Playbook.load(dataDirectory: URL(fileURLWithPath: fixture.directory.path))
    #expect(loaded.playbook == .standard)
    #expect(loaded.errors.first?.message(.english).contains("not a regular file") == true)
  }

  @Test func aLogOverTheLimitIsAProblemOfThatFile() throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    let path = fixture.directory.logPath(Self.strangerID)
    let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
    // A sparse file: its size is past the limit, with no disk used.
    #expect(ftruncate(descriptor, off_t(FileLimits.log + 1)) == 0)
    close(descriptor)
    let store = try fixture.openStore()
    #expect(store.summary(id) != nil)
    let problem = try #require(store.allProblems.first { $0.file == "cases/261129-ZZZZ.jsonl" })
    #expect(problem.message(.english).contains("over 64 MiB"))
  }

  @Test func aLineOverTheLineLimitMakesItsCaseReadOnly() throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    try fixture.append(fixture.logPath(id), [UInt8](repeating: 0x41, count: FileLimits.logLine + 1) + [0x0A])
    let stored = try #require(try fixture.openStore().incident(id))
    #expect(stored.isReadOnly)
    #expect(stored.problems.contains { $0.line == 2 && $0.message(.english).contains("line over 1 MiB") })
  }

  // MARK: - Amounts read from disk

  /// The opened line of `id` with its amount replaced and a valid checksum.
  private func forgeAmount(_ fixture: StoreFixture, _ id: IncidentID, amount: String) throws {
    let bytes = try fixture.bytes(of: fixture.logPath(id))
    let line = Array(bytes[splitLines(bytes).lines[0]])
    let text = String(decoding: line, as: UTF8.self)
    let json = String(text[..<text.lastIndex(of: "\t")!])
    let forged = json.replacingOccurrences(of: "\"amount\":\"100.00\"", with: "\"amount\":\"\(amount)\"")
    #expect(forged != json)
    try fixture.overwrite(fixture.logPath(id), with: Array((forged + "\t" + CRC32.hex(CRC32.checksum(forged.utf8)) + "\n").utf8))
  }

  @Test(arguments: ["92233720368547758.07", "92233720368547758.08", "1000000.01", "-5.00"])
  func anAmountOutOfBoundsWithAValidChecksumMakesTheCaseReadOnly(amount: String) throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let other = try store.create(StoreFixture.facts(amount: 5_000)).id
    try forgeAmount(fixture, id, amount: amount)
    let reopened = try fixture.openStore()
    let problem = try #require(reopened.allProblems.first { $0.file == fixture.relativeLog(id) && $0.severity == .error })
    #expect(problem.line == 1)
    #expect(problem.message(.english).contains("out of bounds") || problem.message(.english).contains("not a decimal amount"))
    // The sums the list and the statistics make never trap.
    let statistics = WalkoutStatistics(reopened.summaries, today: CalendarDay(year: 2026, month: 11, day: 30))
    #expect(statistics.owed == Money(minorUnits: 5_000))
    #expect(reopened.summary(other) != nil)
  }

  // MARK: - Symbolic links and folders

  @Test func aSymlinkedLockIsRefusedAndItsTargetUntouched() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let target = fixture.temporary.child("elsewhere")
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: target))
    unlink(fixture.directory.lockPath)
    try symlink(target, at: fixture.directory.lockPath)
    #expect(throws: StoreError.symbolicLink(path: fixture.directory.lockPath)) { try StoreFixture.note(store, id, "x") }
    #expect(try fixture.bytes(of: target) == Array("keep me".utf8))
    #expect(store.layoutProblems().contains { $0.file == ".lock" && $0.severity == .error })
  }

  @Test(arguments: ["people", "quarantine", "documents"])
  func aSymlinkedFolderIsNeverWrittenThroughAndCheckReportsIt(folder: String) throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let outside = fixture.temporary.child("outside")
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: false)
    let path = fixture.directory.path + "/" + folder
    try? FileManager.default.removeItem(atPath: path)  // documents/ may not exist yet
    try symlink(outside, at: path)
    let reopened = try fixture.openStore()  // preparing does not fail on it
    switch folder {
    case "people":
      #expect(throws: StoreError.symbolicLink(path: path)) { try reopened.identify(id, as: CustomerIdentity(name: "Jean Dupont")) }
    case "quarantine":
      try fixture.append(fixture.logPath(id), Array("torn".utf8))
      let again = try fixture.openStore()
      #expect(throws: StoreError.symbolicLink(path: path)) { try StoreFixture.note(again, id, "x") }
    default:
      let document = GeneratedDocument(text: "Dear customer", warnings: [], suggestedFileName: "x.md")
      #expect(throws: StoreError.symbolicLink(path: path)) { try DocumentFiles.write(document, in: fixture.directory) }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    #expect(reopened.layoutProblems().contains { $0.file == folder && $0.severity == .error && $0.message(.english).contains("symbolic link") })
  }

  // MARK: - Interrupted creations

  @Test(arguments: [[UInt8](), Array("{\"type\":\"opened\",\"amo".utf8)])
  func aLogWithNoCompleteLineGoesToQuarantineAtTheNextWrite(content: [UInt8]) throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    let stillborn = fixture.directory.logPath(Self.strangerID)
    #expect(FileManager.default.createFile(atPath: stillborn, contents: Data(content), attributes: [.posixPermissions: 0o600]))
    let store = try fixture.openStore()
    #expect(store.allProblems.contains { $0.file == "cases/261129-ZZZZ.jsonl" })
    try StoreFixture.note(store, id, "next write")
    #expect(!FileManager.default.fileExists(atPath: stillborn))
    let moved = try #require(fixture.quarantined().first { $0.hasPrefix("261129-ZZZZ-") })
    #expect(try fixture.bytes(of: fixture.directory.quarantinePath + "/" + moved) == content)
    #expect(store.allProblems.contains { $0.file == "cases/261129-ZZZZ.jsonl" && $0.message(.english).contains("interrupted creation") })
    #expect(try fixture.openStore().allProblems.isEmpty)
  }

  @Test func checkMovesAnInterruptedCreationAndSaysSo() throws {
    let fixture = try StoreFixture()
    _ = try fixture.openStore().create(StoreFixture.facts())
    #expect(FileManager.default.createFile(atPath: fixture.directory.logPath(Self.strangerID), contents: Data(), attributes: [.posixPermissions: 0o600]))
    let store = try Store(directory: fixture.directory, actor: "check", preparing: false, usesSummaryCache: false)
    #expect(try store.repairInterruptedCreations() == 1)
    #expect(store.allProblems.contains { $0.message(.english).contains("moved to quarantine/261129-ZZZZ-") })
    #expect(try store.repairInterruptedCreations() == 0)
  }
}
