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

  /// Written again, a document goes to a numbered name; the event names that file; the earlier
  /// file (maybe completed by hand) is untouched.
  @Test func writingAgainNeverReplacesTheEarlierFile() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let first = try write(store, id)
    #expect(first.keptEarlier == nil)
    try Data("completed by hand".utf8).write(to: URL(fileURLWithPath: first.file))
    let second = try write(store, id)
    #expect(second.file == DocumentFiles.numbered(first.file, 2))
    #expect(second.file.hasSuffix("-reminder-en-2.md"))
    #expect(second.keptEarlier == first.file)
    #expect(second.keptEarlierNote?(.english) == "written as \(id.rawValue)-reminder-en-2.md: the earlier file, \(id.rawValue)-reminder-en.md, is kept")
    #expect(try String(contentsOfFile: first.file, encoding: .utf8) == "completed by hand")
    #expect(POSIXFile.status(second.file).map { $0.mode & 0o777 } == 0o600)
    let third = try write(store, id)
    #expect(third.file.hasSuffix("-reminder-en-3.md"))
    guard case .documentGenerated(_, let file)? = store.incident(id)?.incident.events.last?.body else {
      Issue.record("no document event")
      return
    }
    #expect(file == fixture.directory.relative(third.file))
    // No temp file is left beside them.
    #expect(allFiles(under: fixture.directory.documentsPath).filter { !$0.hasSuffix(".md") }.isEmpty)
  }

  @Test func aNumberGoesBeforeTheExtension() {
    #expect(DocumentFiles.numbered("/d/documents/261129-K7QF-reminder-fr.md", 2) == "/d/documents/261129-K7QF-reminder-fr-2.md")
    #expect(DocumentFiles.numbered("/d/documents/a.pdf", 3) == "/d/documents/a-3.pdf")
    #expect(DocumentFiles.numbered("/d/x", 2) == "/d/x-2")
    #expect(DocumentFiles.numbered("/d/a.md", 1) == "/d/a.md")
  }

  @Test func aPDFGoesBesideItsMarkdownAndNeverOverAnEarlierOne() throws {
    let fixture = try StoreFixture()
    let folder = fixture.temporary.child("out")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let markdown = folder + "/letter-2.md"
    #expect(try DocumentFiles.writePDF(Array("%PDF one".utf8), besideMarkdown: markdown) == folder + "/letter-2.pdf")
    #expect(try DocumentFiles.writePDF(Array("%PDF two".utf8), besideMarkdown: markdown) == folder + "/letter-2-2.pdf")
    #expect(try String(contentsOfFile: folder + "/letter-2.pdf", encoding: .utf8) == "%PDF one")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["letter-2-2.pdf", "letter-2.pdf"])
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

  /// A damaged `people/<id>.toml` is never an unknown customer: the document is refused with the
  /// file, the line and the reason, and nothing is written or recorded.
  @Test func aDamagedCustomerFileStopsTheDocumentWithItsLine() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    try POSIXFile.replace(fixture.directory.personPath(id), with: Array("kind = \"consumer\"\nname = \"Jean\n".utf8))
    let before = store.incident(id)?.incident.events.count
    let error = try #require(throws: DocumentWriteError.self) { try write(store, id) }
    #expect(error.message(.english).hasPrefix("people/\(id).toml:2: invalid TOML: "), "\(error.message(.english))")
    #expect(error.message(.english).hasSuffix(" — fix this file (ardoise check) or remove it before writing a document"))
    #expect(store.incident(id)?.incident.events.count == before)
    #expect((POSIXFile.listDirectory(fixture.directory.documentsPath) ?? []).isEmpty)
  }
}
