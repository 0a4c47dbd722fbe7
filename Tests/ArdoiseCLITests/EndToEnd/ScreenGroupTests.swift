import Foundation
import Testing

/// `ardoise --group` through the built binary in tmux: two data directories, one registered
/// with `ardoise group add`; the case list shows a site column, the other site's case opens, and
/// a write on it is refused in one line with nothing written.
@Suite(.serialized) struct ScreenGroupTests {
  @Test(.needsTmux) func theOtherSitesCasesShowWithTheirSiteAndAreReadOnly() throws {
    try requireTmux()
    let sites = try GitSites()
    defer { sites.remove() }
    let mine = try sites.succeed("paris", ["new", "--amount", "42,50", "--at", "2026-11-20 21:30", "--table", "T4"])
    let theirs = try sites.succeed("lyon", ["new", "--amount", "30", "--at", "2026-11-21 13:10", "--table", "T9"])
    try sites.succeed("paris", ["group", "add", "lyon", sites.site("lyon").path])
    let theirLog = sites.site("lyon").appendingPathComponent("cases/\(theirs).jsonl")
    let before = try Data(contentsOf: theirLog)
    let binary = try Binaries.ardoise()
    let session = try TmuxSession(command: "'\(binary.path)' --data-dir '\(sites.site("paris").path)' --group --lang en", width: 80, height: 24,
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    defer { session.kill() }
    let list = try session.waitFor(theirs)
    let header = list.split(separator: "\n").first { $0.hasPrefix("ID ") }.map(String.init) ?? ""
    #expect(header.hasPrefix("ID          Site  Date"), "\(list)")
    #expect(list.contains(theirs + " lyon"), "\(list)")
    #expect(list.contains(mine + " paris"), "\(list)")
    // The newest first: the other site's case is on top; it opens, read-only.
    try session.sendKeys("g", "Enter")
    try session.waitFor("Case of site “lyon”: read-only here.")
    try session.sendKeys("p")
    try session.waitFor("✗ This case belongs to site “lyon”: read-only here, nothing was saved.")
    #expect(try Data(contentsOf: theirLog) == before)
    // This site's case is written as usual.
    try session.sendKeys("q", "Down", "Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("n")
    try session.waitFor("what to remember")
    try session.type("Seen at the bar")
    try session.sendKeys("Enter")
    try session.waitFor("✓ Saved")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
    #expect(try sites.succeed("paris", ["show", mine]).contains("Seen at the bar"))
    #expect(try Data(contentsOf: theirLog) == before)
  }

  @Test func withNoOtherSiteTheScreenDoesNotOpen() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    try sites.succeed("paris", ["new", "--amount", "12"])
    let result = try sites.ardoise("paris", ["--group", "--lang", "en"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no other site in the group: “ardoise group add NAME DIR” first"), "\(result.stderr)")
  }
}
