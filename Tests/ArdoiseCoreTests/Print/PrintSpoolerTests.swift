import Foundation
import Testing
@testable import ArdoiseCore

/// The lp command line, and the failures said in one line. The real spooler is tested in
/// ArdoiseCLITests (PrintCommandTests, a cupsd of the test's own).
@Suite struct PrintSpoolerTests {
  @Test func theCommandNamesThePrinterOnlyWhenSet() {
    let plain = PrintSpooler(lpSetting: nil, printer: "  ")
    #expect(plain.command == ["lp"] && plain.printer == nil)
    #expect(plain.arguments(printing: "/d/x.pdf", title: "x.pdf") == ["-t", "x.pdf", "--", "/d/x.pdf"])
    let office = PrintSpooler(lpSetting: "/usr/bin/lp -h server:631", printer: "office")
    #expect(office.arguments(printing: "/d/x.pdf", title: "x.pdf") == ["-h", "server:631", "-d", "office", "-t", "x.pdf", "--", "/d/x.pdf"])
    #expect(office.commandLine(printing: "/my docs/it's.pdf", title: "it's.pdf")
      == "/usr/bin/lp -h server:631 -d office -t 'it'\\''s.pdf' -- '/my docs/it'\\''s.pdf'")
  }

  @Test func aMissingOrFailingLpIsOneLine() throws {
    #expect(throws: PrintError.missing(program: "/nonexistent/lp")) {
      try PrintSpooler(lpSetting: "/nonexistent/lp", printer: nil).print("/tmp/x.pdf", title: "x.pdf")
    }
    #expect(PrintError.missing(program: "lp").message(.english) == "lp not found: install the cups-client package (CUPS) or set print.lp")
    #expect(PrintError.missing(program: "lp").message(.french) == "lp introuvable\u{202F}: installez le paquet cups-client (CUPS) ou réglez print.lp")
    #expect(throws: PrintError.failed(program: "/bin/false", status: 1, said: nil)) {
      try PrintSpooler(lpSetting: "/bin/false", printer: nil).print("/tmp/x.pdf", title: "x.pdf")
    }
    #expect(PrintError.failed(program: "lp", status: 1, said: "lp: The printer or class does not exist.").message(.english)
      == "lp failed (exit 1): lp: The printer or class does not exist.")
  }

  @Test func whatLpSaysIsReturned() throws {
    let fake = try SendmailTransportTests.script(status: 0, saying: "")
    try "#!/bin/sh\necho \"$@\" > '\(fake.record)'\necho 'request id is office-12 (1 file(s))'\n".write(toFile: fake.path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: fake.path)
    let said = try PrintSpooler(lpSetting: fake.path, printer: "office").print("/tmp/x.pdf", title: "x.pdf")
    #expect(said == "request id is office-12 (1 file(s))")
    #expect(try String(contentsOfFile: fake.record, encoding: .utf8) == "-d office -t x.pdf -- /tmp/x.pdf\n")
  }

  /// The screen asks once whether `lp` is there, on `PATH` or at the path `print.lp` gives.
  @Test func theProgramIsLookedForOnThePathOrWhereTheSettingSays() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-lp-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) } // A leftover temporary folder harms nothing.
    let withoutLp = ["PATH": folder]
    #expect(!PrintSpooler(lpSetting: nil, printer: nil).isInstalled(environment: withoutLp))
    #expect(!PrintSpooler(lpSetting: "/nonexistent/lp", printer: nil).isInstalled(environment: withoutLp))
    #expect(PrintSpooler(lpSetting: "/bin/true -h server:631", printer: nil).isInstalled(environment: withoutLp))
    FileManager.default.createFile(atPath: folder + "/lp", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o700])
    #expect(PrintSpooler(lpSetting: nil, printer: nil).isInstalled(environment: withoutLp))
    #expect(PrintSpooler(lpSetting: nil, printer: nil).notInstalledReason.english == "lp not installed (cups-client)")
    #expect(PrintSpooler(lpSetting: nil, printer: nil).notInstalledReason.french == "lp non installé (cups-client)")
  }
}
