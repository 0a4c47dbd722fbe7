import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// `ardoise check` looks at everything the other commands rely on.
@Suite struct StoreCheckTests {
  private func layout(_ fixture: StoreFixture) throws -> [StoreProblem] {
    try Store(directory: fixture.directory, actor: "check", preparing: false, usesSummaryCache: false).layoutProblems()
  }

  @Test func aSoundDirectoryHasNoLayoutProblem() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    #expect(try layout(fixture) == [])
  }

  @Test(arguments: ["garbage\n", "ardoise-store 0\n", "ardoise-store 2\n"])
  func aWrongFormatLineIsAnError(content: String) throws {
    let fixture = try StoreFixture()
    _ = try fixture.openStore()
    try fixture.overwrite(fixture.directory.formatPath, with: Array(content.utf8))
    // Every other command refuses this directory…
    #expect(throws: StoreError.self) { try fixture.openStore() }
    // …so check must say so.
    let problem = try #require(try layout(fixture).first { $0.file == "FORMAT" })
    #expect(problem.severity == .error)
    // Garbage is damaged; only a well-formed higher number is newer.
    let isNewer = content == "ardoise-store 2\n"
    #expect(problem.message(.english).contains("written by a newer ardoise") == isNewer, "\(problem.message(.english))")
    #expect(problem.message(.english).hasPrefix("damaged: ") == !isNewer, "\(problem.message(.english))")
    #expect(problem.message(.french).hasPrefix("abîmé\u{202F}: ") == !isNewer, "\(problem.message(.french))")
  }

  /// A FIFO, socket or symbolic link where `doc` reads a template, or `send --resend` a kept
  /// message, is a problem of that file; `check` only looks at it (never opens it), so it never waits.
  @Test func fifosSocketsAndLinksInTheFoldersCommandsReadAreReportedWithoutHanging() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let templates = fixture.directory.templatesPath
    try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: false)
    #expect(mkfifo(templates + "/reminder.fr.md", 0o600) == 0)
    #expect(symlink("/etc/passwd", templates + "/demand-letter.fr.md") == 0)
    try POSIXFile.replace(templates + "/final-reminder.fr.md", with: Array(repeating: UInt8(ascii: "a"), count: DocumentTemplate.maximumSize + 1))
    try POSIXFile.replace(templates + "/reminder.en.md", with: Array("Dear {{name}}\n".utf8))
    let socketPath = templates + "/complaint.fr.md"
    let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketDescriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      for (index, byte) in socketPath.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    #expect(bound == 0)
    let outbox = Outbox(directory: fixture.directory)
    _ = try outbox.keep("To: a@b.example\n\nbonjour\n", caseID: id, kind: .reminder, at: Date(timeIntervalSince1970: 1_796_018_709))
    #expect(mkfifo(outbox.path + "/\(id.rawValue)-final-reminder-20261130T060509.eml", 0o600) == 0)

    let problems = try layout(fixture).filter { $0.file.hasPrefix("templates/") || $0.file.hasPrefix("outbox/") }

    #expect(problems.map(\.file) == ["templates/complaint.fr.md", "templates/demand-letter.fr.md", "templates/final-reminder.fr.md",
                                     "templates/reminder.fr.md", "outbox/\(id.rawValue)-final-reminder-20261130T060509.eml"])
    #expect(problems.allSatisfy { $0.severity == .error && $0.line == nil })
    #expect(problems[0].message(.english) == "not a regular file (a FIFO, socket or device): never read; remove it")
    #expect(problems[1].message(.english) == "symbolic link: never followed; replace it with the file itself")
    #expect(problems[2].message(.english) == "over 256 KiB: refused by “ardoise doc”")
    #expect(problems[3].message(.french) == "pas un fichier ordinaire (tube, socket ou périphérique)\u{202F}: jamais lu\u{202F}; supprimez-le")
  }

  /// `outbox/` itself replaced by a symbolic link is reported like the other folders.
  @Test func aSymlinkedOutboxIsAnError() throws {
    let fixture = try StoreFixture()
    _ = try fixture.openStore()
    #expect(symlink(fixture.temporary.path, Outbox(directory: fixture.directory).path) == 0)
    #expect(try layout(fixture).contains { $0.file == "outbox" && $0.severity == .error })
  }

  @Test func aLockThatIsAFolderIsAnError() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    unlink(fixture.directory.lockPath)
    mkdir(fixture.directory.lockPath, 0o700)
    #expect(throws: StoreError.self) { try StoreFixture.note(store, id, "x") }
    #expect(try layout(fixture).contains { $0.file == ".lock" && $0.severity == .error })
  }

  @Test(arguments: [("name = \"Jean", "invalid TOML"), ("name = \"\u{FF}\"", "not UTF-8")])
  func aDamagedIdentityFileIsAnError(content: String, expected: String) throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    var bytes = Array(content.utf8)
    if expected == "not UTF-8" { bytes = Array("name = \"".utf8) + [0xFF, 0x22, 0x0A] }
    try fixture.overwrite(fixture.directory.personPath(id), with: bytes)
    let problem = try #require(try layout(fixture).first { $0.file == "people/\(id).toml" })
    #expect(problem.severity == .error && problem.message(.english).contains(expected))
  }

  @Test func anUnreadableIdentityFileIsAnError() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    mkfifo(fixture.directory.personPath(id), 0o600)
    let problem = try #require(try layout(fixture).first { $0.file == "people/\(id).toml" })
    #expect(problem.severity == .error && problem.message(.english).contains("not a regular file"))
  }

  @Test func anIdentityWithoutItsEventAndAnEventWithoutItsIdentityAreReported() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let orphan = try store.create(StoreFixture.facts()).id
    let identified = try store.create(StoreFixture.facts()).id
    try store.identify(identified, as: CustomerIdentity(name: "Jean Dupont"))
    try Data("name = \"Marie\"\n".utf8).write(to: URL(fileURLWithPath: fixture.directory.personPath(orphan)))
    chmod(fixture.directory.personPath(orphan), 0o600)
    unlink(fixture.directory.personPath(identified))
    let problems = try layout(fixture)
    #expect(problems.contains { $0.file == "people/\(orphan).toml" && $0.message(.english).contains("no “identified” event") })
    #expect(problems.contains { $0.file == "people/\(identified).toml" && $0.message(.english).contains("missing although") })
  }

  /// A customer file from a newer ardoise is said by check, as identify refuses to rewrite it.
  @Test func aCustomerFileWithKeysThisVersionDoesNotKnowIsAWarning() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    try POSIXFile.replace(fixture.directory.personPath(id), with: Array("kind = \"consumer\"\nname = \"Jean Dupont\"\nbirth_place = \"Lyon\"\n".utf8))
    let problems = try layout(fixture).filter { $0.file == "people/\(id).toml" }
    #expect(problems.map(\.severity) == [.warning])
    #expect(problems.first?.message(.english)
      == "written by a newer ardoise (birth_place unknown to this one): “ardoise identify” does not rewrite it; update ardoise")
  }

  @Test func filesNot0600AndFoldersNot0700AreReported() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    chmod(fixture.logPath(id), 0o644)
    chmod(fixture.directory.quarantinePath, 0o755)
    let problems = try layout(fixture)
    #expect(problems.contains { $0.file == fixture.relativeLog(id) && $0.message(.english).contains("mode 644") })
    #expect(problems.contains { $0.file == "quarantine" && $0.message(.english).contains("mode 755") })
  }

  /// What `ardoise check` says of the folders: each folder open to others once, in one wording
  /// whichever pass finds it, and a symbolic link only as the link it is (never followed), not
  /// also for its target's mode.
  @Test func eachFolderOpenToOthersIsReportedOnceInOneWording() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    _ = try store.create(StoreFixture.facts()).id
    let directory = fixture.directory
    try FileManager.default.createDirectory(atPath: directory.documentsPath, withIntermediateDirectories: true)
    #expect(rmdir(directory.peoplePath) == 0)
    #expect(symlink(directory.documentsPath, directory.peoplePath) == 0)
    for folder in [directory.casesPath, directory.quarantinePath, directory.documentsPath] { #expect(chmod(folder, 0o755) == 0) }
    let checked = try Store(directory: directory, actor: "check", preparing: false, usesSummaryCache: false)
    let problems = checked.layoutProblems() + checked.allProblems
    for (file, folder) in [("cases", directory.casesPath), ("quarantine", directory.quarantinePath), ("documents", directory.documentsPath)] {
      #expect(problems.filter { $0.file == file }.map { $0.message(.english) }
        == ["open to other accounts (mode 755, expected 700): chmod 700 \(folder)"], "\(file): \(problems)")
    }
    let people = problems.filter { $0.file == "people" }
    #expect(people.count == 1 && people.first?.severity == .error, "\(people)")
    #expect(people.first?.message(.english).hasPrefix("symbolic link: not followed") == true)
  }

  @Test func aWideOpenDataDirectoryIsTightenedOnFirstUseWithANotice() throws {
    let fixture = try StoreFixture()
    _ = try fixture.openStore()
    chmod(fixture.directory.path, 0o777)
    chmod(fixture.directory.casesPath, 0o755)
    let store = try fixture.openStore()
    #expect(store.notices.count == 2)
    #expect(store.notices.first?(.english).contains("mode 777") == true)
    #expect(POSIXFile.status(fixture.directory.path).map { $0.mode & 0o777 } == 0o700)
    #expect(POSIXFile.status(fixture.directory.casesPath).map { $0.mode & 0o777 } == 0o700)
    #expect(try fixture.openStore().notices.isEmpty)
  }
}
