import Foundation
import Testing

/// The tmux harness itself: typing, reading back, exit status and resize.
struct TmuxSessionTests {
  private static let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

  @Test(.needsTmux) func typesUnicodeAndReadsTheAnswer() throws {
    try requireTmux()
    let session = try TmuxSession(
      command: #"printf 'prêt €\n'; read x; echo "lu:$x""#, width: 40, height: 10, environment: Self.environment)
    try session.waitFor("prêt €")
    try session.type("é1")
    try session.sendKeys("Enter")
    try session.waitFor("lu:é1")
    #expect(try session.waitForExit() == 0)
  }

  @Test(.needsTmux) func reportsTheExitStatus() throws {
    try requireTmux()
    let session = try TmuxSession(command: "echo fini; exit 3", width: 40, height: 10, environment: Self.environment)
    #expect(try session.waitForExit() == 3)
    try session.waitFor("fini")
  }

  @Test(.needsTmux) func resizeChangesTheColumnsProgramsSee() throws {
    try requireTmux()
    let session = try TmuxSession(
      command: #"echo "avant:$(tput cols)"; read x; echo "après:$(tput cols)"; read y"#, width: 40, height: 10,
      environment: Self.environment)
    try session.waitFor("avant:40")
    try session.resize(width: 60, height: 12)
    try session.sendKeys("Enter")
    try session.waitFor("après:60")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() != 0)
  }

  @Test(.needsTmux) func passesOnlyTheGivenEnvironment() throws {
    try requireTmux()
    let session = try TmuxSession(
      command: #"echo "data:$XDG_DATA_HOME term:$TERM""#, width: 60, height: 5,
      environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_DATA_HOME": "/tmp/ardoise-données"])
    try session.waitFor("data:/tmp/ardoise-données term:xterm-256color")
  }

  @Test(.needsTmux) func aTimeoutShowsThePane() throws {
    try requireTmux()
    let session = try TmuxSession(command: "echo visible; read x", width: 40, height: 5, environment: Self.environment)
    try session.waitFor("visible")
    do {
      try session.waitFor("absent", timeout: .milliseconds(200))
      Issue.record("waitFor should have timed out")
    } catch let failure as TmuxSession.Failure {
      #expect(failure.description.contains("visible"))
      #expect(failure.description.contains("absent"))
    }
  }

  @Test func findsTheBuiltExecutables() throws {
    let directories = Binaries.productDirectories()
    #expect(!directories.isEmpty)
    #expect(tmuxTestsEnabled(environment: ["PATH": "/nonexistent"]) == false)
    #expect(tmuxTestsEnabled(environment: ["PATH": "/nonexistent", "ARDOISE_REQUIRE_E2E": "1"]))
    #expect(throws: Binaries.Missing.self) {
      try requireTmux(environment: ["PATH": "/nonexistent", "ARDOISE_REQUIRE_E2E": "1"])
    }
  }
}
