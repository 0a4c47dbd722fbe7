import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs another program (the mail transport, the typesetter) with bytes on its standard input,
/// and collects what it writes.
public enum ExternalProgram {
  /// What a finished program gave back.
  public struct Outcome: Sendable {
    public var status: Int32
    /// False when it was killed by a signal.
    public var exitedNormally: Bool
    public var output: [UInt8]
    public var errors: String
    /// Whether the whole input was written (a program may exit before reading it all).
    public var inputWasRead: Bool

    public var succeeded: Bool { exitedNormally && status == 0 && inputWasRead }
    /// Its first line on stderr, if any.
    public var firstErrorLine: String? {
      errors.split(whereSeparator: \.isNewline).first.map { String($0).trimmingCharacters(in: .whitespaces) }
    }
  }

  /// The full path of `name` on `PATH`, or `name` itself when it holds a slash and is executable.
  public static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = String(directory) + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `program` with `arguments`, writes `input` to it and waits until it exits.
  /// - Throws: when the program cannot be started.
  public static func run(_ program: String, _ arguments: [String], input: [UInt8]) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    try process.run()
    // A program that exits before reading everything must not kill ardoise with SIGPIPE: the
    // failed write is reported instead.
    signal(SIGPIPE, SIG_IGN)
    // Input is written, and stderr read, on other threads while this one reads stdout, so that
    // no pipe can fill up and stall either side.
    let writer = inputPipe.fileHandleForWriting
    let errorReader = errorPipe.fileHandleForReading
    let bytes = Data(input)
    let group = DispatchGroup()
    nonisolated(unsafe) var written = true
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) {
      do { try writer.write(contentsOf: bytes) } catch { written = false }
      // Closing tells the program its input is complete; a failed close leaves nothing more to do.
      try? writer.close()
    }
    DispatchQueue.global().async(group: group) { errorData = errorReader.readDataToEndOfFile() }
    let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, exitedNormally: process.terminationReason == .exit,
                   output: [UInt8](outputData), errors: String(decoding: errorData, as: UTF8.self), inputWasRead: written)
  }
}
