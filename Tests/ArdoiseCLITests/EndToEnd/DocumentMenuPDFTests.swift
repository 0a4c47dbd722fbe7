import Foundation
import Testing

/// The checklist's document menu writes a letter as a PDF, through the built binary in tmux.
@Suite(.serialized) struct DocumentMenuPDFTests {
  @Test(.needsTmux, .needsTools(["weasyprint", "pdfinfo"])) func theMenuWritesTheFormalDemandAsAPDF() throws {
    try requireTmux()
    guard try ExternalTools.available(["weasyprint", "pdfinfo"]) else { return }
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let binary = try Binaries.ardoise()
    let session = try TmuxSession(command: "'\(binary.path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("w")
    try session.waitFor("Formal demand (mise en demeure) — PDF to print")
    try session.sendKeys("8")
    // WeasyPrint starts Python and lays out the page: seconds on a busy machine.
    try session.waitFor("Document written", timeout: .seconds(60))
    let pdf = ardoise.dataDirectory.path + "/documents/\(id)-demand-letter-en.pdf"
    #expect(FileManager.default.fileExists(atPath: pdf))
    #expect(try ExternalTools.pageCount(pdf) ?? 0 >= 1)
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  /// The screen looks for the spooler's program once, when it opens: where `print.lp` is not
  /// there, Print… stays in the document menu, dimmed, with the reason; where it is, it is offered.
  @Test(.needsTmux) func printIsOfferedOnlyWhereLpIsThere() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let binary = try Binaries.ardoise()
    for (lp, expected) in [("/nonexistent/lp", "10 Print… — /nonexistent/lp not installed (cups-client)"), ("/bin/true", "10 Print…")] {
      _ = try ardoise.succeed(["config", "set", "print.lp", lp])
      let session = try TmuxSession(command: "'\(binary.path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                                    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
      defer { session.kill() }
      try session.waitFor(id)
      try session.sendKeys("Enter")
      try session.waitFor("Step 1/7")
      try session.sendKeys("w")
      let menu = try session.waitFor("Send by email…")
      #expect(menu.contains(expected), "\(menu)")
      #expect(menu.contains("not installed") == (lp == "/nonexistent/lp"), "\(menu)")
      try session.sendKeys("C-c")
      #expect(try session.waitForExit() == 0)
    }
  }
}
