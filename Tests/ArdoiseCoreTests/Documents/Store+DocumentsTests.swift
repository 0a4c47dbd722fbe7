import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct StoreDocumentsTests {
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
    #expect(error.message(.french) == "reminder.fr.md : modèle de document invalide\u{202F}: plus de 256\u{A0}Kio (300000\u{A0}octets)")
    #expect(store.incident(id)?.incident.events.count == before)
    #expect((POSIXFile.listDirectory(fixture.directory.documentsPath) ?? []).isEmpty)
  }
}
