import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// `config.toml` that cannot be read is an error with its reason, never silently the defaults.
@Suite struct ConfigFileTests {
  private let temporary: TemporaryDirectory
  private let data: DataDirectory

  init() throws {
    temporary = try TemporaryDirectory()
    data = DataDirectory(path: temporary.child("data"))
    try data.prepare()
  }

  private func directory() -> (TemporaryDirectory, DataDirectory) { (temporary, data) }

  @Test func aMissingFileIsTheDefaultsWithNoError() throws {
    let (_, directory) = directory()
    let (config, errors) = Config.load(from: directory)
    #expect(config == Config() && errors.isEmpty)
  }

  @Test(.timeLimit(.minutes(5)))
  func aFIFOIsAnErrorAndDoesNotHang() throws {
    let (_, directory) = directory()
    mkfifo(directory.configPath, 0o600)
    let (_, errors) = Config.load(from: directory)
    let error = try #require(errors.first)
    #expect(error.message(.english).contains("config.toml: not a regular file"))
  }

  @Test func aFolderIsAnError() throws {
    let (_, directory) = directory()
    mkdir(directory.configPath, 0o700)
    #expect(Config.load(from: directory).errors.first?.message(.english).contains("not a regular file") == true)
  }

  @Test func aSymbolicLinkIsAnError() throws {
    let (temporary, directory) = directory()
    try Data("[ardoise]\nlanguage = \"fr\"\n".utf8).write(to: URL(fileURLWithPath: temporary.child("elsewhere.toml")))
    symlink(temporary.child("elsewhere.toml"), directory.configPath)
    #expect(Config.load(from: directory).errors.first?.message(.english).contains("symbolic link") == true)
  }

  @Test func aFileOverOneMebibyteIsAnError() throws {
    let (_, directory) = directory()
    try Data(repeating: 0x23, count: FileLimits.settings + 1).write(to: URL(fileURLWithPath: directory.configPath))
    #expect(Config.load(from: directory).errors.first?.message(.english).contains("over 1 MiB") == true)
  }
}
