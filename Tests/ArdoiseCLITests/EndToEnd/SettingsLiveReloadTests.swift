import Foundation
import Testing

/// The running screen follows `config.toml` changed by another process, and its settings screen
/// and customer card write what they say, through the built binary in tmux.
@Suite(.serialized) struct SettingsLiveReloadTests {
  @Test(.needsTmux) func aNameSetFromAnotherTerminalIsInTheNextDocument() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let session = try TmuxSession(command: "'\(try Binaries.ardoise().path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    try session.waitFor("ardoise · Le Petit Zinc")
    _ = try ardoise.succeed(["config", "set", "restaurant.name", "Chez Léa"])
    try session.waitFor("ardoise · Chez Léa")
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("w")
    try session.waitFor("Friendly reminder")
    // Thirteen items: `1` may begin 10 to 13, so it waits for ⏎ (or a second digit).
    try session.sendKeys("1")
    try session.waitFor("⏎ chooses item 1; a second digit, items 10 to 13.")
    try session.sendKeys("Enter")
    try session.waitFor("Document written")
    let documents = try FileManager.default.contentsOfDirectory(atPath: ardoise.dataDirectory.path + "/documents")
    let reminder = try #require(documents.first { $0.hasPrefix(id) && $0.hasSuffix(".md") })
    let text = try String(contentsOfFile: ardoise.dataDirectory.path + "/documents/" + reminder, encoding: .utf8)
    // The name the screen started with is gone from the letter (the legal name, unchanged, stays).
    #expect(text.contains("Subject: Chez Léa — your bill of 10 January 2026"))
    #expect(!text.replacingOccurrences(of: "SARL Le Petit Zinc", with: "").contains("Le Petit Zinc"))
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  /// `restaurant.jurisdiction` changed by another process: the open checklist shows the new law's
  /// steps at once, with the restaurant's own `playbook.toml` still applied.
  @Test(.needsTmux) func aJurisdictionSetFromAnotherTerminalSwapsTheSteps() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    try """
      [[step]]
      id = "stay-calm"

      [[step.sub_action]]
      id = "tell-the-manager"
      fr = "Prévenir le responsable"
      en = "Tell the manager on duty"

      """.write(toFile: ardoise.dataDirectory.path + "/playbook.toml", atomically: true, encoding: .utf8)
    let session = try TmuxSession(command: "'\(try Binaries.ardoise().path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                  width: 100, height: 40, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Never make the server pay the bill")
    #expect(try session.capture().contains("Tell the manager on duty"))
    _ = try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])
    try session.waitFor("Call 999 if anyone is threatened or in danger.")
    let screen = try session.waitFor("Law: England and Wales — steps updated")
    #expect(screen.contains("Tell the manager on duty"))
    #expect(!screen.contains("Never make the server pay the bill"))
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func aBrokenFileIsShownWithItsLineAndTheSettingsScreenSavesAValue() throws {
    try requireTmux()
    let (ardoise, _) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let session = try TmuxSession(command: "'\(try Binaries.ardoise().path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    try session.waitFor("ardoise · Le Petit Zinc")
    let config = ardoise.dataDirectory.path + "/config.toml"
    let good = try String(contentsOfFile: config, encoding: .utf8)
    try (good + "\n[restaurant\n").write(toFile: config, atomically: true, encoding: .utf8)
    try session.waitFor("✗ previous settings kept — config.toml:")
    try good.write(toFile: config, atomically: true, encoding: .utf8)
    try session.waitFor("config.toml reads again")
    // The settings screen: the first key is the restaurant's name.
    try session.sendKeys("c")
    try session.waitFor("Restaurant settings — config.toml")
    try session.sendKeys("Enter", "C-u")
    try session.type("Chez Léa")
    try session.sendKeys("Enter")
    try session.waitFor("✓ Saved — restaurant.name")
    #expect(try ardoise.succeed(["config"]).contains("Chez Léa"))
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func theCustomerCardRecordsAChangeWithoutThePersonalData() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let session = try TmuxSession(command: "'\(try Binaries.ardoise().path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Customer: Julien Moreau")
    try session.sendKeys("C")
    try session.waitFor("Customer card — " + id)
    try session.sendKeys("Enter", "Tab")
    try session.type("06 11 22 33 44")
    try session.sendKeys("Enter")
    try session.waitFor("✓ Saved — customer card: corrected")
    try session.waitFor("Customer: Julien Moreau 06 11 22 33 44")
    let log = try String(contentsOfFile: ardoise.dataDirectory.path + "/cases/\(id).jsonl", encoding: .utf8)
    #expect(log.contains("\"change\":\"corrected\""))
    #expect(!log.contains("06 11 22 33 44") && !log.contains("Moreau"))
    #expect(try ardoise.succeed(["show", id]).contains("Customer: Julien Moreau · 06 11 22 33 44 · j.moreau@example.org"))
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }
}
