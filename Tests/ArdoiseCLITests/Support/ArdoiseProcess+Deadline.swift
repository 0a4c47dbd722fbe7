import Foundation

extension ArdoiseProcess {
  /// What a command did within its deadline.
  struct Outcome {
    var result: Result
    /// Killed because it was still running at the deadline (it hung).
    var hung: Bool
    /// Ended by a signal (a crash: SIGILL on an overflow, SIGABRT…) rather than by exiting.
    var crashed: Bool
  }

  /// Runs `ardoise arguments…`, killing it if it is still running after `seconds`.
  func run(_ arguments: [String], deadline seconds: Double, environment extra: [String: String] = [:]) throws -> Outcome {
    let process = Process()
    process.executableURL = try Self.binary()
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["ARDOISE_DATA_DIR"] = dataDirectory.path
    environment["LANG"] = "en_US.UTF-8"
    environment["LC_ALL"] = nil
    environment["ARDOISE_USER"] = nil
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let killed = Flag()
    let timer = DispatchWorkItem {
      guard process.isRunning else { return }
      killed.set()
      kill(process.processIdentifier, SIGKILL)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    timer.cancel()
    let result = Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                        stderr: String(decoding: errData, as: UTF8.self))
    return Outcome(result: result, hung: killed.isSet, crashed: !killed.isSet && process.terminationReason == .uncaughtSignal)
  }

  private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
  }
}
