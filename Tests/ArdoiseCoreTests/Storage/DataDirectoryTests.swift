import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// The data directory's layout and file modes.
@Suite struct DataDirectoryTests {
  static func mode(_ path: String) -> UInt32? { POSIXFile.status(path).map { $0.mode & 0o7777 } }

  @Test func prepareCreatesTheLayout() throws {
    let temporary = try TemporaryDirectory()
    let directory = DataDirectory(path: temporary.child("a/b/data") + "/")
    #expect(directory.path.hasSuffix("/data"))
    try directory.prepare()
    #expect(directory.isInitialized && directory.isEmpty)
    #expect(try POSIXFile.readFile(directory.formatPath) == Array("ardoise-store 1\n".utf8))
    let attributes = String(decoding: try #require(try POSIXFile.readFile(directory.path + "/.gitattributes")), as: UTF8.self)
    #expect(attributes.contains("cases/*.jsonl merge=union"))
    let ignored = String(decoding: try #require(try POSIXFile.readFile(directory.path + "/.gitignore")), as: UTF8.self)
    for name in [".lock", "quarantine/", "people/", "*.tmp"] { #expect(ignored.contains(name)) }
    for folder in [temporary.child("a"), temporary.child("a/b"), directory.path, directory.casesPath, directory.quarantinePath] {
      #expect(DataDirectoryTests.mode(folder) == 0o700, "\(folder)")
    }
    #expect(directory.permissionProblems().isEmpty)
  }

  @Test func aFolderWithOtherFilesIsRefused() throws {
    let temporary = try TemporaryDirectory()
    try POSIXFile.replace(temporary.child("thesis.tex"), with: Array("x".utf8))
    #expect(throws: StoreError.notADataDirectory(path: temporary.path)) { try DataDirectory(path: temporary.path).prepare() }
  }

  @Test func aNewerFormatIsRefused() throws {
    let temporary = try TemporaryDirectory()
    let directory = DataDirectory(path: temporary.path)
    try directory.prepare()
    try POSIXFile.replace(directory.formatPath, with: Array("ardoise-store 2\n".utf8))
    #expect(throws: StoreError.newerFormat(path: directory.formatPath, found: "ardoise-store 2")) { try directory.prepare() }
  }

  /// Only a well-formed higher number is “newer”: garbage, an empty line or `ardoise-store 0`
  /// is a damaged file, never a reason to update ardoise.
  @Test(arguments: ["garbage", "", "ardoise-store 0", "ardoise-store", "ardoise-store -2", "ardoise-store 02", "ardoise-store 2x",
                    "ardoise-store 99999999999999999999999", "ARDOISE-STORE 2", "ardoise-store  2"])
  func aDamagedFormatIsRefusedAsDamagedNotAsNewer(line: String) throws {
    let temporary = try TemporaryDirectory()
    let directory = DataDirectory(path: temporary.path)
    try directory.prepare()
    try POSIXFile.replace(directory.formatPath, with: Array((line + "\n").utf8))
    #expect(DataDirectory.formatReading(line) == .damaged)
    #expect(throws: StoreError.damagedFormat(path: directory.formatPath, found: line)) { try directory.prepare() }
    let message = StoreError.damagedFormat(path: directory.formatPath, found: line).message(.english)
    #expect(message.contains("is damaged") && message.contains("not a valid ardoise format") && !message.contains("newer"))
    #expect(StoreError.damagedFormat(path: "FORMAT", found: "garbage").message(.french)
      == "FORMAT est abîmé\u{202F}: «\u{202F}garbage\u{202F}» n’est pas un format de dossier ardoise (attendu «\u{202F}ardoise-store 1\u{202F}»)\u{202F}; rétablissez cette ligne ou restaurez le dossier depuis une sauvegarde")
  }

  @Test func formatLinesAreReadAsCurrentNewerOrDamaged() {
    #expect(DataDirectory.formatReading(DataDirectory.formatLine) == .current)
    #expect(DataDirectory.formatReading("ardoise-store 2") == .newer(2))
    #expect(DataDirectory.formatReading("ardoise-store 10") == .newer(10))
  }

  @Test func staleTemporaryFilesAreRemovedAndDataKept() throws {
    let temporary = try TemporaryDirectory()
    let directory = DataDirectory(path: temporary.path)
    try directory.prepare()
    try POSIXFile.replace(directory.path + "/.config.toml.123.abc.tmp", with: [1])
    try POSIXFile.replace(directory.configPath, with: Array("x = 1\n".utf8))
    try directory.prepare()
    #expect(POSIXFile.status(directory.path + "/.config.toml.123.abc.tmp") == nil)
    #expect(try POSIXFile.readFile(directory.configPath) == Array("x = 1\n".utf8))
  }

  @Test func widePermissionsAreReported() throws {
    let temporary = try TemporaryDirectory()
    let directory = DataDirectory(path: temporary.path)
    try directory.prepare()
    #expect(chmod(directory.casesPath, 0o755) == 0)
    let problems = directory.permissionProblems()
    #expect(problems.count == 1 && problems.first?.file == "cases" && problems.first?.message.english.contains("755") == true)
  }

  /// Under `umask 000` nothing is created wider than 0700/0600, from the first byte: the store
  /// runs in a child process with umask 0, the replace in this process with umask 0 briefly.
  /// Modes are checked, not access (root bypasses permission checks).
  @Test func filesAndFoldersAreCreatedPrivateEvenUnderUmaskZero() throws {
    let fixture = try StoreFixture()
    let data = fixture.directory
    let launcher = ["/bin/sh", "-c", "umask 000 && exec \"$0\" \"$@\""]
    let created = try WriterProcess.run([data.path, "create", "1"], launcher: launcher)
    #expect(created.status == 0, "\(created.stderr)")
    let id = IncidentID(rawValue: String(try #require(created.stdout.split(separator: "\n").first).dropFirst("ready ".count)))
    // A torn tail, so the next writer quarantines a fragment.
    try fixture.append(data.logPath(id), Array("{\"v\":1,\"id\":".utf8))
    let repaired = try WriterProcess.run([data.path, id.rawValue, "1"], launcher: launcher)
    #expect(repaired.status == 0, "\(repaired.stderr)")
    let fragments = fixture.quarantined()
    try #require(fragments.count == 1)

    let previous = umask(0)
    defer { umask(previous) }
    var config = Config()
    config.restaurantName = "Chez Test"
    try config.save(to: data)
    try config.save(to: data)
    umask(previous)

    for folder in [data.path, data.casesPath, data.peoplePath, data.quarantinePath] {
      #expect(DataDirectoryTests.mode(folder) == 0o700, "\(folder)")
    }
    for file in [data.formatPath, data.path + "/.gitattributes", data.path + "/.gitignore", data.lockPath, data.logPath(id),
                 data.quarantinePath + "/" + fragments[0], data.configPath] {
      #expect(DataDirectoryTests.mode(file) == 0o600, "\(file)")
    }
    #expect(data.permissionProblems().isEmpty)
  }
}
