import Foundation
import Testing

/// The built `ardoise` binary driven in a real terminal (tmux): keys typed, screen read back,
/// waiting for text rather than sleeping.
@Suite(.serialized) struct TerminalUITests {
  /// A fresh data directory and a way to run the command line against it.
  final class Workspace {
    let directory: URL
    let binary: URL

    init() throws {
      binary = try Binaries.ardoise()
      directory = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-e2e-" + UUID().uuidString)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var dataPath: String { directory.appendingPathComponent("data").path }

    /// The shell command that opens the UI.
    func uiCommand(_ arguments: String = "") -> String {
      "'\(binary.path)' --data-dir '\(dataPath)' \(arguments)"
    }

    /// Runs the command line and returns its standard output (trimmed); throws on a non-zero exit.
    @discardableResult
    func run(_ arguments: String...) throws -> String {
      let process = Process()
      process.executableURL = binary
      process.arguments = ["--data-dir", dataPath] + arguments
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw TmuxSession.Failure(description: "ardoise \(arguments) exited \(process.terminationStatus)")
      }
      return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func caseIDs() -> [String] {
      let cases = URL(fileURLWithPath: dataPath).appendingPathComponent("cases")
      return ((try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? [])
        .filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(6)) }
    }
  }

  static let english = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

  @Test(.needsTmux) func recordAWalkoutAndWalkItToRecovered() throws {
    try requireTmux()
    let workspace = try Workspace()
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor("No walkout recorded yet. Press n to record the first one.")
    try session.sendKeys("n")
    try session.waitFor("New walkout")
    try session.sendKeys("Tab")
    try session.type("42,50")
    try session.sendKeys("Tab")
    try session.type("Terrasse 3")
    try session.sendKeys("Enter")
    try session.waitFor("✓ Walkout recorded:")
    try session.waitFor("Step 1/7 · Stay calm")
    try session.sendKeys("1")
    try session.waitFor("Step 2/7 · Catch up")
    try session.sendKeys("3")  // Already gone
    try session.waitFor("Step 3/7 · Review")
    try session.sendKeys("p")
    try session.waitFor("Payment received")
    try session.sendKeys("Enter")
    try session.waitFor("✓ Saved — payment of €42.50")
    try session.waitFor("closed: recovered")
    try session.sendKeys("q")
    try session.waitFor("view: open")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)

    let ids = workspace.caseIDs()
    #expect(ids.count == 1)
    let json = try workspace.run("show", ids.first ?? "", "--json")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(object?["status"] as? String == "closed")
    #expect(object?["resolution"] as? String == "recovered")
    #expect(object?["amount"] as? String == "42.50")
    #expect(object?["paid"] as? String == "42.50")
    #expect(object?["outstanding"] as? String == "0.00")
    #expect(object?["table"] as? String == "Terrasse 3")
    let steps = object?["steps"] as? [[String: Any]] ?? []
    #expect(steps.first { $0["id"] as? String == "catch-up" }?["outcome"] as? String == "gone")
    #expect(steps.first { $0["id"] as? String == "stay-calm" }?["status"] as? String == "done")
  }

  /// The bug: a two-line paste into a form saved the form at its line break, then ran each
  /// letter as a key. With bracketed paste the text lands whole in the field and nothing is saved
  /// until Enter is pressed.
  @Test(.needsTmux) func aPastedTwoLineTextLandsInTheFieldAndActsAsNoKey() throws {
    try requireTmux()
    let workspace = try Workspace()
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor("No walkout recorded yet.")
    try session.sendKeys("n")
    try session.waitFor("New walkout")
    try session.sendKeys("Tab")
    try session.type("12")
    for _ in 0..<5 { try session.sendKeys("Tab") }
    try session.paste("Two men, blue jacket\nn q x")
    try session.waitFor("Two men, blue jacket n q x")
    #expect(workspace.caseIDs().isEmpty)
    #expect(try session.capture().contains("New walkout"))
    try session.sendKeys("Enter")
    try session.waitFor("✓ Walkout recorded:")
    try session.sendKeys("q", "q")
    #expect(try session.waitForExit() == 0)
    let ids = workspace.caseIDs()
    #expect(ids.count == 1)
    let json = try workspace.run("show", ids.first ?? "", "--json")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(object?["summary"] as? String == "Two men, blue jacket n q x")
    #expect(object?["events"] as? Int == 1)
  }

  @Test(.needsTmux) func frenchLocaleShowsFrenchWithAccents() throws {
    try requireTmux()
    let workspace = try Workspace()
    let session = try TmuxSession(command: workspace.uiCommand(), environment: ["TERM": "xterm-256color", "LANG": "fr_FR.UTF-8"])
    try session.waitFor("Aucun départ sans payer enregistré. Appuyez sur n pour enregistrer le")
    try session.sendKeys("n")
    try session.waitFor("Nouveau départ sans payer")
    try session.waitFor("Ce qui s’est passé")
    try session.sendKeys("Tab")
    try session.type("12,5 €")
    try session.sendKeys("Enter")
    try session.waitFor("Départ sans payer enregistré")
    try session.waitFor("Reste dû 12,50\u{A0}€")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func resizeInTheMiddleOfTheChecklist() throws {
    try requireTmux()
    let workspace = try Workspace()
    try workspace.run("new", "--amount", "18", "--table", "T2")
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor("T2")
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7 · Stay calm")
    try session.resize(width: 120, height: 40)
    let wide = try session.waitFor(String(repeating: "─", count: 40) + "┬" + String(repeating: "─", count: 79))
    #expect(wide.contains("Step 1/7 · Stay calm"))
    try session.resize(width: 50, height: 12)
    try session.waitFor("Terminal too small")
    try session.sendKeys("p")  // ignored while too small
    try session.resize(width: 80, height: 24)
    let back = try session.waitFor("Step 1/7 · Stay calm")
    #expect(!back.contains("Payment received"))
    try session.sendKeys("q", "q")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func aTooSmallTerminalSaysSoAndQuits() throws {
    try requireTmux()
    let workspace = try Workspace()
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), width: 60, height: 15, environment: Self.english)
    try session.waitFor("Terminal too small")
    try session.waitFor("60×15 — minimum 72×20")
    try session.sendKeys("n")
    try session.waitFor("Enlarge the window, or press q to quit.")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  /// Another program writes over the screen (a `wall` message, a background job): Ctrl-L clears
  /// the terminal and draws everything again, in every screen.
  @Test(.needsTmux) func controlLRepaintsAfterAnotherProgramWroteOverTheScreen() throws {
    try requireTmux()
    let workspace = try Workspace()
    try workspace.run("new", "--amount", "42,50", "--table", "T9")
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor("T9")
    let intruder = try #require(FileHandle(forWritingAtPath: try session.paneTerminalPath()))
    for keys in [[String](), ["n"]] {
      if !keys.isEmpty {
        try session.sendKeys(keys[0])
        try session.waitFor("New walkout")
      }
      intruder.write(Data("\u{1B}[12;5HBROADCAST FROM ELSEWHERE".utf8))
      try session.waitFor("BROADCAST FROM ELSEWHERE")
      try session.sendKeys("C-l")
      try session.waitForAbsence(of: "BROADCAST FROM ELSEWHERE")
      // The clear comes before the redraw: wait for the screen, do not read it once.
      try session.waitFor(keys.isEmpty ? "T9" : "New walkout")
    }
    try session.sendKeys("Escape", "q")
    #expect(try session.waitForExit() == 0)
  }

  /// Ctrl-Z under a job-control shell: the shell gets its screen back and says the job stopped;
  /// `fg` brings ardoise back, drawn in full, with the form as it was left.
  @Test(.needsTmux) func controlZStopsUntilFgAndTheFormIsStillThere() throws {
    try requireTmux()
    let workspace = try Workspace()
    try workspace.run("new", "--amount", "42,50", "--table", "T9")
    let session = try TmuxSession(command: "bash --norc --noprofile -i", environment: Self.english.merging(["PS1": "shell> "]) { $1 })
    try session.waitFor("shell>")
    try session.sendKeys("-l", workspace.uiCommand("--lang en"))
    try session.sendKeys("Enter")
    try session.waitFor("T9")
    try session.sendKeys("n")
    try session.waitFor("New walkout")
    try session.sendKeys("Tab", "1", "2")
    try session.sendKeys("C-z")
    try session.waitFor("Stopped")
    try session.waitForAbsence(of: "New walkout")
    try session.sendKeys("-l", "fg")
    try session.sendKeys("Enter")
    let screen = try session.waitFor("New walkout")
    #expect(screen.contains("Amount *       12"))
    try session.sendKeys("Escape", "y", "q")
    try session.waitForAbsence(of: "New walkout")
    try session.waitFor("shell>")
    try session.sendKeys("-l", "exit")
    try session.sendKeys("Enter")
    #expect(try session.waitForExit() == 0)
  }

  /// Home and End as tmux sends them (`ESC[1~`, `ESC[4~`) whatever the pane's TERM: to the top
  /// and the bottom of the case list, and to the first and last step in the checklist's steps pane.
  @Test(.needsTmux, arguments: ["xterm-256color", "tmux-256color", "screen"])
  func homeAndEndInTheListAndTheChecklist(term: String) throws {
    try requireTmux()
    let workspace = try Workspace()
    let oldest = try workspace.run("new", "--amount", "10", "--table", "T1", "--at", "2026-11-20 12:00")
    try workspace.run("new", "--amount", "20", "--table", "T2", "--at", "2026-11-21 12:00")
    let newest = try workspace.run("new", "--amount", "30", "--table", "T3", "--at", "2026-11-22 12:00")
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: ["TERM": term, "LANG": "C.UTF-8"])
    try session.waitFor(oldest)
    try session.sendKeys("End", "Enter")
    try session.waitFor("Case \(oldest)")
    try session.sendKeys("Tab", "End")  // the steps pane
    try session.waitFor("Step 7/7 · Prevent the next one")
    try session.sendKeys("Home")
    try session.waitFor("Step 1/7 · Stay calm")
    try session.sendKeys("q")
    try session.waitFor("view: open")
    try session.sendKeys("Home", "Enter")
    try session.waitFor("Case \(newest)")
    try session.sendKeys("q", "q")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func aPaymentFromTheCommandLineAppearsWithoutAKeyPress() throws {
    try requireTmux()
    let workspace = try Workspace()
    let id = try workspace.run("new", "--amount", "42,50", "--table", "T9")
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Owed €42.50")
    try workspace.run("pay", id, "10", "--method", "cash")
    try session.waitFor("Owed €32.50", timeout: .seconds(3))
    try session.sendKeys("q", "q")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux, arguments: ["dumb", "nosuchterm"])
  func anUnusableTerminalExitsTwoWithAMessage(term: String) throws {
    try requireTmux()
    let workspace = try Workspace()
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: ["TERM": term, "LANG": "C.UTF-8"])
    #expect(try session.waitForExit() == 2)
    let screen = try session.capture()
    #expect(screen.contains("ardoise:"))
    #expect(!FileManager.default.fileExists(atPath: workspace.dataPath), "nothing may be created on disk")
  }

  @Test(.needsTmux, arguments: [("TERM", Int32(0)), ("HUP", Int32(0)), ("INT", Int32(0)), ("SEGV", Int32(139))])
  func aStoppedOrCrashedUIRestoresTheTerminal(signal: String, expectedStatus: Int32) throws {
    try requireTmux()
    let workspace = try Workspace()
    let (session, pid) = try Self.startUIWithItsProcessID(in: workspace)
    #expect(try session.paneFormat("#{alternate_on}") == "1")
    let killer = Process()
    killer.executableURL = URL(fileURLWithPath: "/bin/kill")
    killer.arguments = ["-" + signal, String(pid)]
    try killer.run()
    killer.waitUntilExit()
    #expect(try session.waitForExit() == expectedStatus)
    // Out of the alternate screen, cursor shown: the shell gets its terminal back.
    #expect(try session.paneFormat("#{alternate_on}") == "0")
    #expect(try session.paneFormat("#{cursor_flag}") == "1")
    withExtendedLifetime(workspace) {}
  }

  /// Closing the terminal window (here: the whole tmux server) ends ardoise; nothing is left
  /// running, let alone spinning on a terminal that answers every read at once.
  @Test(.needsTmux) func closingTheWindowEndsTheProgram() throws {
    try requireTmux()
    let workspace = try Workspace()
    let (session, pid) = try Self.startUIWithItsProcessID(in: workspace)
    session.kill()
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .seconds(5))
    while Self.isRunning(pid), clock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
    #expect(!Self.isRunning(pid), "ardoise still runs after its terminal closed")
    withExtendedLifetime(workspace) {}
  }

  /// The UI on an empty data directory, in English, started so that its process id is known
  /// (the shell writes its own id, then becomes ardoise).
  static func startUIWithItsProcessID(in workspace: Workspace) throws -> (TmuxSession, Int32) {
    try FileManager.default.createDirectory(at: workspace.directory, withIntermediateDirectories: true)
    let pidFile = workspace.directory.appendingPathComponent("pid").path
    let session = try TmuxSession(command: "echo $$ > '\(pidFile)'; exec " + workspace.uiCommand("--lang en"),
                                  environment: english)
    try session.waitFor("No walkout recorded yet")
    let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let pid = Int32(text) else { throw TmuxSession.Failure(description: "no process id in \(pidFile): \(text)") }
    return (session, pid)
  }

  /// Whether process `pid` exists and has not exited (a zombie waiting for its parent has).
  static func isRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state != "Z" && state != "X"
  }

  @Test(.needsTmux) func theThemeKeyCyclesLiveAndIsRemembered() throws {
    try requireTmux()
    let workspace = try Workspace()
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor("No walkout recorded yet")
    try session.sendKeys("t")
    let screen = try session.waitFor("Theme: ")
    let line = screen.split(separator: "\n").first { $0.contains("Theme: ") }.map(String.init) ?? ""
    let chosen = line.components(separatedBy: "Theme: ").last?.trimmingCharacters(in: .whitespaces) ?? ""
    #expect(!chosen.isEmpty && chosen != "default")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
    let config = try String(contentsOfFile: workspace.dataPath + "/config.toml", encoding: .utf8)
    #expect(config.contains("theme = '\(chosen)'"))
    // The next start uses it: cycling again moves on from the remembered theme.
    let again = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try again.waitFor("No walkout recorded yet")
    try again.sendKeys("t")
    let next = try again.waitFor("Theme: ")
    #expect(!next.contains("Theme: " + chosen + "\n") && !next.hasSuffix("Theme: " + chosen))
    try again.sendKeys("q")
    #expect(try again.waitForExit() == 0)
  }

  @Test(.needsTmux) func theStartLineThenTheAgendaOpensACaseAtItsStep() throws {
    try requireTmux()
    let workspace = try Workspace()
    let id = try workspace.run("new", "--amount", "42,50", "--table", "T4", "--lang", "en")
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.locale = Locale(identifier: "en_US_POSIX")
    try workspace.run("contact", id, "--channel", "phone", "--outcome", "no-answer", "--follow-up", formatter.string(from: Date()))
    let session = try TmuxSession(command: workspace.uiCommand("--lang en"), environment: Self.english)
    try session.waitFor("1 action due today, none overdue")
    try session.sendKeys("a")
    try session.waitFor("Agenda — the next 30 days and everything overdue")
    try session.waitFor("today     \(id)  follow-up")
    // Help from the agenda closes back to the agenda.
    try session.sendKeys("?")
    try session.waitFor("Help — agenda")
    try session.sendKeys("Escape")
    try session.waitFor("Agenda — the next 30 days and everything overdue")
    try session.waitForAbsence(of: "Help — agenda")
    try session.sendKeys("Enter")
    try session.waitFor("Step 4/7 · Contact the guest")
    // Leaving the case goes back to the agenda it was opened from, then to the case list.
    try session.sendKeys("q")
    try session.waitFor("Agenda — the next 30 days and everything overdue")
    try session.waitForAbsence(of: "Step 4/7 · Contact the guest")
    try session.sendKeys("Escape")
    try session.waitFor("view: open")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
