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
}
