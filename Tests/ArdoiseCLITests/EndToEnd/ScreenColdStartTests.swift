import Foundation
import Testing

/// A cold start of the screen (no summary cache: every case log read and replayed) shows its
/// progress, then the case list, through the built binary in tmux.
@Suite(.serialized) struct ScreenColdStartTests {
  static let caseCount = 5_000

  @Test(.needsTmux) func aColdStartShowsItsProgressThenTheList() throws {
    try requireTmux()
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-e2e-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("data")
    // Written straight to the logs, with no summary cache: the screen must read every log.
    let generator = Process()
    generator.executableURL = try Binaries.executable(named: "ardoise-bench")
    generator.arguments = ["--generate", String(Self.caseCount), data.path]
    generator.standardOutput = FileHandle.nullDevice
    try generator.run()
    generator.waitUntilExit()
    #expect(generator.terminationStatus == 0)
    #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent(".summaries.cache").path))

    let binary = try Binaries.ardoise()
    // The progress is drawn from the load's first report on (500 ms by default), so that a fast
    // machine still shows it to the test.
    let session = try TmuxSession(command: "'\(binary.path)' --data-dir '\(data.path)' --lang en",
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "ARDOISE_LOAD_PROGRESS_AFTER_MS": "0"])
    defer { session.kill() }
    let progress = try session.waitFor("Reading the cases… ", timeout: .seconds(30))
    let line = progress.split(separator: "\n").first { $0.contains("Reading the cases… ") }.map(String.init) ?? ""
    #expect(line.wholeMatch(of: /\s*Reading the cases… [0-9,]+ \/ 5,000 · [0-9]+\.[0-9]\u{00A0}s/) != nil, "\(line.debugDescription)")
    #expect(progress.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count == 1, "\(progress)")
    try session.waitFor("Owed Step", timeout: .seconds(120))
    try session.waitForAbsence(of: "Reading the cases… ")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
