import Foundation
import Testing

@testable import ArdoiseCore

/// A document is in place only once its event is in the log; a failed `doc` leaves nothing.
@Suite struct StoreDocumentsTests {
  private func write(_ store: Store, _ id: IncidentID, to out: String? = nil) throws -> WrittenDocument {
    try store.writeDocument(.reminder, for: id, config: Config(), playbook: .standard, language: .english,
                            today: CalendarDay(year: 2026, month: 11, day: 30), to: out)
  }

  @Test func aDocumentWhoseEventCannotBeWrittenIsNotLeftBehind() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let disk = FailingDisk(under: fixture.directory.path) { $0 == .write(fixture.logPath(id)) }
    defer { disk.remove() }
    #expect(throws: StoreError.self) { try write(store, id) }
    disk.remove()
    #expect(disk.operations.contains { if case .create(let path) = $0 { return path.contains("/documents/") } else { return false } })
    #expect(allFiles(under: fixture.directory.documentsPath).isEmpty)
  }

  @Test func aDocumentThatCannotBeWrittenRecordsNothing() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let before = try fixture.bytes(of: fixture.logPath(id))
    let out = fixture.temporary.child("letter.md")
    let disk = FailingDisk(under: fixture.temporary.path) { $0 == .write(out) || $0.path.hasSuffix(".tmp") && $0 != .unlink($0.path) }
    defer { disk.remove() }
    #expect(throws: StoreError.self) { try write(store, id, to: out) }
    disk.remove()
    #expect(try fixture.bytes(of: fixture.logPath(id)) == before)
    #expect(!allFiles(under: fixture.temporary.path).contains { $0.hasSuffix("letter.md") || $0.hasSuffix(".tmp") })
  }

  @Test func aWrittenDocumentIsRecordedAnd0600() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let written = try write(store, id)
    #expect(POSIXFile.status(written.file).map { $0.mode & 0o777 } == 0o600)
    #expect(store.incident(id)?.incident.events.count == 2)
  }

  /// A restaurant's template over 256 KiB (a 10 MB one once ran for minutes) is refused before it
  /// is parsed, with the file's name; nothing is written or recorded.
  @Test func anOversizedTemplateIsRefusedWithItsName() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try POSIXFile.makeDirectory(fixture.directory.templatesPath)
    let big = Array(String(repeating: "{{a}}", count: 60_000).utf8)
    try POSIXFile.replace(fixture.directory.templatesPath + "/reminder.fr.md", with: big)
    let before = store.incident(id)?.incident.events.count
    let error = try #require(throws: DocumentWriteError.self) {
      try store.writeDocument(.reminder, for: id, config: Config(), playbook: .standard, language: .french,
                              today: CalendarDay(year: 2026, month: 11, day: 30))
    }
    #expect(error.message(.english) == "reminder.fr.md: invalid document template: larger than 256 KiB (300000 bytes)")
    #expect(error.message(.french) == "reminder.fr.md\u{202F}: modèle de document invalide\u{202F}: plus de 256\u{A0}Kio (300000\u{A0}octets)")
    #expect(store.incident(id)?.incident.events.count == before)
    #expect((POSIXFile.listDirectory(fixture.directory.documentsPath) ?? []).isEmpty)
  }
}
