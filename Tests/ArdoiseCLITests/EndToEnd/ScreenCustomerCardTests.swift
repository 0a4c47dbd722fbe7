import ArdoiseCore
import Foundation
import Testing

/// The customer card (`C` in the checklist) through the built binary in tmux: details added from
/// the screen reach the header, `people/` and `show`, never the log; removed, the log keeps only
/// the trace, written so that an older ardoise refuses it rather than read it as an identification.
@Suite(.serialized) struct ScreenCustomerCardTests {
  @Test(.needsTmux) func detailsAddedAndRemovedOnTheCardStayOutOfTheLog() throws {
    try requireTmux()
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80", "--at", "2026-11-20 21:00"])
    let session = try TmuxSession(command: "'\(try Binaries.ardoise().path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                  width: 100, height: 40, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("C")
    try session.waitFor("Customer card — \(id)")
    try session.waitFor("Customer not identified.")
    try session.sendKeys("e")
    try session.waitFor("▸ Name")
    try session.type("Jean Dupont")
    try session.sendKeys("Tab")
    try session.type("0612345678")
    try session.sendKeys("Enter")
    try session.waitFor("Customer: Jean Dupont 0612345678")
    try session.waitFor("✓ Saved — customer card: ")
    let shown = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(shown.contains("Customer: Jean Dupont · 0612345678"), "\(shown)")
    let logPath = ardoise.dataDirectory.path + "/cases/\(id).jsonl"
    var log = try String(contentsOfFile: logPath, encoding: .utf8)
    #expect(!log.contains("Dupont") && !log.contains("0612345678"))

    try session.sendKeys("d")
    try session.waitFor("Remove the customer’s details from this case")
    try session.sendKeys("y")
    try session.waitFor("✓ Saved — customer’s details removed")
    try session.waitForAbsence(of: "Customer: Jean Dupont")
    #expect(!FileManager.default.fileExists(atPath: ardoise.dataDirectory.path + "/people/\(id).toml"))
    log = try String(contentsOfFile: logPath, encoding: .utf8)
    let removal = try #require(log.split(separator: "\n").last)
    #expect(removal.contains("\"change\":\"removed\"") && removal.contains("\"v\":2"), "\(removal)")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }
}
