import Foundation
import Testing

/// Syncing from the screen with real git, through the built binary in tmux: the title line's
/// sync state, `S`, the case list and the open case read again, a failure in one line.
@Suite(.serialized) struct ScreenSyncTests {
  static func session(_ sites: GitSites, _ site: String) throws -> TmuxSession {
    let binary = try Binaries.ardoise()
    return try TmuxSession(command: "'\(binary.path)' --data-dir '\(sites.site(site).path)' --lang en", width: 150, height: 30,
                           environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
  }

  @Test(.needsTmux) func sKeySyncsAndTheOpenCaseIsReloaded() throws {
    try requireTmux()
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try sites.succeed("a", ["new", "--amount", "64,00", "--at", "2026-11-20 21:30", "--table", "T4"])
    try sites.succeed("a", ["sync", "--init", sites.remote.path])
    try sites.succeed("b", ["sync", "--clone", sites.remote.path, sites.site("b").path])
    let session = try Self.session(sites, "a")
    defer { session.kill() }
    try session.waitFor("synced just now")
    // A change here, not yet sent: the title line counts it once the files are looked at again.
    try sites.succeed("a", ["note", id, "Called the booking number"])
    try session.waitFor("1 change not synced", timeout: .seconds(15))
    // Meanwhile site b records a payment and a new walkout, and syncs.
    try sites.succeed("b", ["pay", id, "20", "--method", "cash"])
    let second = try sites.succeed("b", ["new", "--amount", "30", "--at", "2026-11-21 13:10"])
    try sites.succeed("b", ["sync"])
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("q")
    try session.waitFor(id)
    try session.sendKeys("S")
    try session.waitFor("✓ Synced:", timeout: .seconds(30))
    try session.waitFor(second)
    try session.waitFor("synced just now")
    // The case open on screen when a sync changes it is read again, and the screen says so.
    try sites.succeed("b", ["note", id, "Seen at the bar on Friday"])
    try sites.succeed("b", ["sync"])
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("S")
    try session.waitFor("File replaced by the sync: reloaded", timeout: .seconds(30))
    try session.sendKeys("i")
    try session.waitFor("Seen at the bar on Friday")
    try session.sendKeys("Escape", "q")
    try session.waitFor(second)
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
    #expect(try sites.succeed("a", ["show", id]).contains("Seen at the bar on Friday"))
    #expect(try sites.succeed("a", ["sync", "--status"]).contains("Nothing to send."))
  }

  /// `ardoise sync` run in another terminal while the screen shows the case it changes: git
  /// writes the merged log (often with the old inode, freed and reused) and moves HEAD; the
  /// screen reads the case again and says so, as for a sync started with `S`.
  @Test(.needsTmux) func aSyncRunInAnotherTerminalReloadsTheOpenCaseAndSaysSo() throws {
    try requireTmux()
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try sites.succeed("a", ["new", "--amount", "64,00", "--at", "2026-11-20 21:30", "--table", "T4"])
    try sites.succeed("a", ["sync", "--init", sites.remote.path])
    try sites.succeed("b", ["sync", "--clone", sites.remote.path, sites.site("b").path])
    try sites.succeed("b", ["note", id, "Seen at the bar on Friday"])
    try sites.succeed("b", ["sync"])
    let session = try Self.session(sites, "a")
    defer { session.kill() }
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    // Not from the screen: in another terminal.
    try sites.succeed("a", ["sync"])
    try session.waitFor("File replaced by the sync: reloaded", timeout: .seconds(15))
    try session.sendKeys("i")
    try session.waitFor("Seen at the bar on Friday")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func aRemoteThatIsDownIsOneLineAndStaysInTheTitleLine() throws {
    try requireTmux()
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try sites.succeed("a", ["new", "--amount", "12"])
    try sites.succeed("a", ["sync", "--init", sites.remote.path])
    try sites.succeed("a", ["note", id, "Left a scarf"])
    let moved = sites.root.appendingPathComponent("moved.git")
    try FileManager.default.moveItem(at: sites.remote, to: moved)
    let session = try Self.session(sites, "a")
    defer { session.kill() }
    try session.waitFor("1 change not synced")
    try session.sendKeys("S")
    let failed = try session.waitFor("✗ cannot reach " + sites.remote.path, timeout: .seconds(30))
    #expect(failed.split(separator: "\n").first?.hasSuffix("sync failed: cannot reach /tmp/ardoise-sync-…") == true, "\(failed)")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
    try FileManager.default.moveItem(at: moved, to: sites.remote)
    #expect(try sites.succeed("a", ["sync"]).hasPrefix("Sent 1 event"))
  }
}
