import Foundation

/// A group of sites for the sync tests: a bare repository as the group's remote, and data
/// directories, all under one temp folder, driven through the built `ardoise` and the real `git`.
struct GitSites {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  let root: URL
  var remote: URL { root.appendingPathComponent("remote.git") }

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-sync-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try git(["init", "--quiet", "--bare", "--initial-branch=main", remote.path])
  }

  func site(_ name: String) -> URL { root.appendingPathComponent(name) }

  func remove() { try? FileManager.default.removeItem(at: root) }  // A leftover temp folder harms no test.

  /// The real git, found on PATH.
  static func gitExecutable() throws -> URL {
    guard let git = Binaries.onPath("git") else { throw Binaries.Missing(description: "git is not on PATH: install git to run the sync tests") }
    return git
  }

  /// Runs git and returns its stdout; throws when it fails.
  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let result = try Self.launch(try Self.gitExecutable(), arguments, environment: ProcessInfo.processInfo.environment).wait()
    guard result.status == 0 else { throw Binaries.Missing(description: "git \(arguments) failed: \(result.stderr)") }
    return result.stdout
  }

  /// Runs `ardoise arguments…` with `site`'s data directory and waits for it.
  @discardableResult
  func ardoise(_ site: String, _ arguments: [String], path: String? = nil) throws -> Result {
    try start(site, arguments, path: path).wait()
  }

  /// Runs a command that must succeed, and returns its stdout trimmed.
  @discardableResult
  func succeed(_ site: String, _ arguments: [String]) throws -> String {
    let result = try ardoise(site, arguments)
    guard result.status == 0 else {
      throw Binaries.Missing(description: "ardoise \(arguments) at \(site) failed (\(result.status)): \(result.stderr)")
    }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Starts `ardoise arguments…` without waiting (`path`: another PATH, for a git wrapper).
  func start(_ site: String, _ arguments: [String], path: String? = nil) throws -> Running {
    var environment = ProcessInfo.processInfo.environment
    environment["ARDOISE_DATA_DIR"] = self.site(site).path
    environment["LANG"] = "en_US.UTF-8"
    environment["LC_ALL"] = nil
    environment["ARDOISE_USER"] = site
    // The tests' own git identity must not matter: the data repository sets its own.
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    if let path { environment["PATH"] = path }
    return try Self.launch(try Binaries.ardoise(), arguments, environment: environment)
  }

  /// A started process whose output is collected in the background.
  final class Running: @unchecked Sendable {
    let process: Process
    private let out: Pipe
    private let err: Pipe
    private var outData = Data()
    private var errData = Data()
    private let group = DispatchGroup()

    init(process: Process, out: Pipe, err: Pipe) {
      self.process = process
      self.out = out
      self.err = err
      group.enter()
      DispatchQueue.global().async { self.outData = out.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
      group.enter()
      DispatchQueue.global().async { self.errData = err.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
    }

    func wait() -> Result {
      process.waitUntilExit()
      group.wait()
      return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                    stderr: String(decoding: errData, as: UTF8.self))
    }
  }

  static func launch(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> Running {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return Running(process: process, out: out, err: err)
  }
}
