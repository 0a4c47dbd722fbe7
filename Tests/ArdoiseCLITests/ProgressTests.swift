import Foundation
import Testing

/// Long commands draw their progress on a terminal, and nothing when stderr is not one.
@Suite(.serialized) struct ProgressTests {
  @Test func demoDrawsItsProgressOnATerminalOnly() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let piped = try ardoise.run(["demo", "--count", "40"])
    #expect(piped.status == 0 && piped.stderr.isEmpty)

    // `script` gives the command a terminal and copies what it drew to its own stdout.
    guard let script = Binaries.onPath("script") else { throw Binaries.Missing(description: "script (util-linux) is not on PATH") }
    let other = try ArdoiseProcess()
    defer { other.removeData() }
    let command = "'\(try Binaries.ardoise().path)' demo --count 40 --data-dir '\(other.dataDirectory.path)'"
    let process = Process()
    process.executableURL = script
    process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "en_US.UTF-8"
    environment["TERM"] = "xterm"
    environment["ARDOISE_PROGRESS"] = nil
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let drawn = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(drawn.contains("\r\u{1B}[Kdemo cases 1 / 40 · ") && drawn.contains("\r\u{1B}[Kdemo cases 40 / 40 · "), "\(drawn.debugDescription)")
    // The line is cleared before the result is printed.
    #expect(drawn.contains("\r\u{1B}[K40 demo cases created"))
  }

  /// What `arguments` draws when stderr is a terminal (through `script`).
  static func drawnOnTerminal(_ arguments: [String], dataDirectory: URL) throws -> (status: Int32, drawn: String) {
    guard let script = Binaries.onPath("script") else { throw Binaries.Missing(description: "script (util-linux) is not on PATH") }
    let words = try [Binaries.ardoise().path] + arguments + ["--data-dir", dataDirectory.path]
    let process = Process()
    process.executableURL = script
    process.arguments = ["-q", "-e", "-c", words.map { "'" + $0 + "'" }.joined(separator: " "), "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "en_US.UTF-8"
    environment["TERM"] = "xterm"
    environment["ARDOISE_PROGRESS"] = nil
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let drawn = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, drawn)
  }

  @Test func checkAndExportCountTheCasesOnATerminalOnly() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["demo", "--count", "30"])
    let piped = try ardoise.run(["check", "--lang", "en"])
    #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped.stderr)")
    let exported = try ardoise.run(["export", "--format", "csv", "--all", "--lang", "en"])
    #expect(exported.status == 0 && exported.stderr.isEmpty, "\(exported.stderr)")

    let check = try Self.drawnOnTerminal(["check", "--lang", "en"], dataDirectory: ardoise.dataDirectory)
    #expect(check.status == 0)
    #expect(check.drawn.contains("\r\u{1B}[Kreading case logs 0 / 30 · ") && check.drawn.contains("\r\u{1B}[Kreading case logs 30 / 30 · "),
            "\(check.drawn.debugDescription)")
    #expect(check.drawn.contains("30 cases read"))
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-export-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: out) }  // Only a test's temp file.
    let export = try Self.drawnOnTerminal(["export", "--format", "csv", "--all", "--lang", "en", "--out", out.path],
                                          dataDirectory: ardoise.dataDirectory)
    #expect(export.status == 0)
    #expect(export.drawn.contains("\r\u{1B}[Kreading cases 30 / 30 · "), "\(export.drawn.debugDescription)")
  }

  @Test func purgeCountsTheIdentitiesItReadsOnATerminalOnly() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    for amount in ["12", "30", "45"] {
      let id = try ardoise.succeed(["new", "--amount", amount, "--at", "2026-11-20 21:00"])
      _ = try ardoise.succeed(["identify", id, "--name", "Client \(amount)"])
    }
    let piped = try ardoise.run(["purge", "--dry-run", "--lang", "en"])
    #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped.stderr)")

    let purge = try Self.drawnOnTerminal(["purge", "--dry-run", "--lang", "en"], dataDirectory: ardoise.dataDirectory)
    #expect(purge.status == 0)
    #expect(purge.drawn.contains("\r\u{1B}[Kreading identities 0 / 3 · ") && purge.drawn.contains("\r\u{1B}[Kreading identities 3 / 3 · "),
            "\(purge.drawn.debugDescription)")
    // The line is cleared once read, before anything else is written.
    #expect(purge.drawn.hasSuffix("\r\u{1B}[K"), "\(purge.drawn.debugDescription)")
  }
}
