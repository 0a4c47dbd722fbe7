import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the `ardoise-store-writer` helper (Tests/Support/ardoise-store-writer) in a child process.
enum WriterProcess {
  /// The built writer: next to the test bundle, else in `.build/debug/` found by walking up from
  /// this source file to the package root.
  static func executablePath(filePath: String = #filePath) throws -> String {
    let name = "ardoise-store-writer"
    var candidates: [String] = []
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent().path { candidates.append(bundle + "/" + name) }
    if let first = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().path + "/" + name)
    }
    var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        candidates.append(folder.path + "/.build/debug/" + name)
        break
      }
      folder = folder.deletingLastPathComponent()
    }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw TestFailure("\(name) not built; looked in: \(candidates.joined(separator: ", "))")
    }
    return found
  }

  /// What a finished child printed and how it ended.
  struct Outcome {
    var status: Int32
    /// Whether it ended by a signal (`status` is then the signal number).
    var wasSignalled: Bool
    var stdout: String
    var stderr: String

    /// Complete stdout lines that are tokens (not the `ready` line).
    var tokens: [String] {
      let complete = stdout.hasSuffix("\n") ? stdout : String(stdout[..<(stdout.lastIndex(of: "\n") ?? stdout.startIndex)])
      return complete.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("ready") }
    }
  }

  /// A running child with its stdout and stderr pipes.
  /// `@unchecked Sendable`: the stderr buffer is written by one reader thread and read only after
  /// `errorReader` is waited on.
  final class Running: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private var collectedErrors = Data()
    private let errorReader = DispatchGroup()

    init(executable: String, arguments: [String]) throws {
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      errorReader.enter()
      let handle = errors.fileHandleForReading
      DispatchQueue.global().async { [self] in
        collectedErrors = handle.readDataToEndOfFile()
        errorReader.leave()
      }
    }

    /// Reads stdout up to and including the first newline (blocking); nil at end of file.
    func readLine() -> String? {
      var bytes: [UInt8] = []
      let descriptor = output.fileHandleForReading.fileDescriptor
      var byte: UInt8 = 0
      while true {
        let count = read(descriptor, &byte, 1)
        if count < 0 && errno == EINTR { continue }
        guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
        if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
        bytes.append(byte)
      }
    }

    func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    /// Waits for the end; `alreadyRead` is stdout consumed through ``readLine()``.
    func finish(alreadyRead: [String] = []) -> Outcome {
      let rest = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      errorReader.wait()
      let prefix = alreadyRead.map { $0 + "\n" }.joined()
      return Outcome(status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal,
                     stdout: prefix + String(decoding: rest, as: UTF8.self), stderr: String(decoding: collectedErrors, as: UTF8.self))
    }
  }

  /// Starts `ardoise-store-writer <arguments>`, or `launcher` with the writer path appended
  /// before the arguments (for `sh -c`, `strace`…).
  static func start(_ arguments: [String], launcher: [String] = []) throws -> Running {
    let writer = try executablePath()
    if launcher.isEmpty { return try Running(executable: writer, arguments: arguments) }
    return try Running(executable: launcher[0], arguments: Array(launcher.dropFirst()) + [writer] + arguments)
  }

  /// Runs the writer to the end.
  static func run(_ arguments: [String], launcher: [String] = []) throws -> Outcome {
    try start(arguments, launcher: launcher).finish()
  }
}
