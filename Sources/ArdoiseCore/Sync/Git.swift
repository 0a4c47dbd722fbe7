import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the real `git` binary in one working directory. ardoise never speaks a protocol of its
/// own: fetching, merging and pushing are git's, through any URL git takes.
///
/// Every run is non-interactive (`GIT_TERMINAL_PROMPT=0`, ssh in batch mode): a remote that asks
/// for a password fails at once instead of waiting for a keyboard nobody is at. Messages are
/// asked for in English (`LC_ALL=C`) so that ardoise can read them; it words its own.
public struct Git: Sendable {
  /// What one run of git gave.
  public struct Output: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var succeeded: Bool { status == 0 }
    /// The last non-empty line git wrote on stderr: the one that says why.
    public var lastErrorLine: String {
      stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty } ?? ""
    }
    /// The first `fatal:` or `error:` line (git's reason, before its advice), else the last line.
    public var reason: String {
      stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { $0.hasPrefix("fatal: ") || $0.hasPrefix("error: ") } ?? lastErrorLine
    }
  }

  /// The `git` executable: `git` on `PATH` unless given.
  public let executable: String
  /// Where git runs (`-C`).
  public let directory: String
  /// The environment git runs with (the caller's, made non-interactive).
  public let environment: [String: String]

  public init(directory: String, executable: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.directory = directory
    var environment = environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    environment["LANGUAGE"] = nil
    if environment["GIT_SSH_COMMAND"] == nil { environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=15" }
    self.environment = environment
    self.executable = executable ?? Git.find(in: environment) ?? "/usr/bin/git"
  }

  /// `git` on `PATH`.
  static func find(in environment: [String: String]) -> String? {
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = String(folder) + "/git"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  /// Whether git can be run at all.
  public var isAvailable: Bool { access(executable, X_OK) == 0 }

  /// Runs `git arguments…` in ``directory`` and waits for it. Throws only when git cannot be
  /// started; a failing git is an ``Output`` with a non-zero status.
  @discardableResult
  public func run(_ arguments: [String], input: String? = nil) throws(SyncError) -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-C", directory] + arguments
    process.environment = environment
    let out = Pipe()
    // stderr goes to a file: read after the exit, it can never fill a pipe while stdout is read.
    let errorPath = NSTemporaryDirectory() + "ardoise-git-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).err"
    let errorDescriptor = Glibc.open(errorPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard errorDescriptor >= 0 else { throw .gitUnavailable(executable) }
    unlink(errorPath)
    let errorHandle = FileHandle(fileDescriptor: errorDescriptor, closeOnDealloc: true)
    process.standardOutput = out
    process.standardError = errorHandle
    let inputPipe = input.map { _ in Pipe() }
    process.standardInput = inputPipe ?? FileHandle.nullDevice
    do { try process.run() } catch {
      guard isAvailable else { throw .gitUnavailable(executable) }
      throw .gitFailed(arguments.prefix(2).joined(separator: " "), "\(error)")
    }
    if let inputPipe, let input {
      inputPipe.fileHandleForWriting.write(Data(input.utf8))
      try? inputPipe.fileHandleForWriting.close()  // Closing only signals the end of input; git sees it either way when we exit.
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    lseek(errorDescriptor, 0, SEEK_SET)
    let errData = errorHandle.readDataToEndOfFile()
    return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs git and returns its stdout; a failure becomes ``SyncError/gitFailed(_:_:)``.
  @discardableResult
  public func succeed(_ arguments: [String], input: String? = nil) throws(SyncError) -> String {
    let output = try run(arguments, input: input)
    guard output.succeeded else { throw .gitFailed(arguments.prefix(2).joined(separator: " "), output.lastErrorLine) }
    return output.stdout
  }

  /// The value of a config key, or nil when unset.
  public func config(_ key: String) throws(SyncError) -> String? {
    let output = try run(["config", "--get", key])
    let value = output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    return output.succeeded && !value.isEmpty ? value : nil
  }
}
