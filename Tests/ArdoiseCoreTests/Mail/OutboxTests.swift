import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct OutboxTests {
  @Test func aKeptMessageIsPrivateIgnoredByGitAndReadBackWithItsCase() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-outbox-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }  // a temp folder: leftovers are harmless
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let outbox = Outbox(directory: DataDirectory(path: folder.path))
    let file = try outbox.keep("To: a@b.example\n\nbonjour\n", caseID: IncidentID(rawValue: "261130-K7QF"), kind: .finalReminder,
                               at: Date(timeIntervalSince1970: 1_796_018_709))
    #expect(file == folder.path + "/outbox/261130-K7QF-final-reminder-20261130T060509.eml")
    #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
    #expect(try FileManager.default.attributesOfItem(atPath: outbox.path)[.posixPermissions] as? Int == 0o700)
    #expect(try String(contentsOfFile: outbox.path + "/.gitignore", encoding: .utf8).hasSuffix("*\n"))
    let kept = try Outbox.read(file)
    #expect(kept.message == "To: a@b.example\n\nbonjour\n" && kept.caseID.rawValue == "261130-K7QF" && kept.kind == .finalReminder)
    Outbox.remove(file)
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(throws: OutboxError.self) { try Outbox.read(folder.path + "/notes.txt") }
    #expect(throws: OutboxError.self) { try Outbox.read(file) }
  }
}
