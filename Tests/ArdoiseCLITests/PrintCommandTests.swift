import Foundation
import Testing

/// `ardoise print` against a real CUPS spooler (PrintSpoolerSink: cupsd of the test's own, a raw
/// queue to /dev/null), and its failures. Skipped without CUPS, failing under ARDOISE_REQUIRE_E2E=1.
@Suite(.serialized) struct PrintCommandTests {
  static func spooler() throws -> PrintSpoolerSink? {
    guard let cupsd = PrintSpoolerSink.cupsd() else {
      if ProcessInfo.processInfo.environment["ARDOISE_REQUIRE_E2E"] == "1" {
        throw Binaries.Missing(description: "ARDOISE_REQUIRE_E2E=1 but cupsd is missing (apt-get install cups-daemon cups-client)")
      }
      return nil
    }
    guard try ExternalTools.available(PrintSpoolerSink.programs + ["weasyprint", "pdftotext"]) else { return nil }
    return try PrintSpoolerSink(cupsd: cupsd)
  }

  @Test(.needsTools(PrintSpoolerSink.programs + ["weasyprint", "pdftotext"], spooler: true)) func printsTheFormalDemandThroughTheSpooler() throws {
    guard let spooler = try Self.spooler() else { return }
    defer { spooler.stop() }
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "print.printer", spooler.queue])
    let result = try ardoise.run(["print", id, "demand-letter"], environment: spooler.environment)
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = ardoise.dataDirectory.path + "/documents/\(id)-demand-letter-en.pdf"
    #expect(result.stdout.contains(pdf))
    let job = try #require(result.stdout.split(separator: " ").first { $0.hasPrefix(spooler.queue + "-") }.map(String.init), "\(result.stdout)")
    // The spooler took the very bytes of the PDF written beside the Markdown.
    let spooled = try spooler.completedJobData(job)
    #expect(spooled == (try Data(contentsOf: URL(fileURLWithPath: pdf))))
    #expect(spooled.starts(with: Array("%PDF".utf8)))
    let title = try spooler.run("lpstat", ["-W", "completed", "-l", "-o", spooler.queue]).output
    #expect(!title.contains("Julien"), "the job's title names no person")
    #expect(try ExternalTools.output("pdftotext", [pdf, "-"]).contains("Le Petit Zinc"))
    #expect((try ardoise.succeed(["show", id, "--lang", "en"])).contains("demand"))
  }

  @Test func dryRunShowsTheCommandAndWritesNothing() throws {
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "print.printer", "office"])
    _ = try ardoise.succeed(["config", "set", "print.lp", "/usr/bin/lp -h printserver:631"])
    let result = try ardoise.run(["print", id, "final-reminder", "--dry-run"])
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = ardoise.dataDirectory.path + "/documents/\(id)-final-reminder-en.pdf"
    #expect(result.stdout == "/usr/bin/lp -h printserver:631 -d office -t \(id)-final-reminder-en.pdf -- \(pdf)\n")
    #expect(!FileManager.default.fileExists(atPath: pdf))
    #expect(!FileManager.default.fileExists(atPath: ardoise.dataDirectory.path + "/documents"))
  }

  @Test(.needsTools(["weasyprint"])) func aMissingOrFailingSpoolerIsOneLineAndThePDFStays() throws {
    guard try ExternalTools.available(["weasyprint"]) else { return }
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "print.lp", "/nonexistent/lp"])
    let missing = try ardoise.run(["print", id, "final-reminder"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "ardoise: /nonexistent/lp not found: install the cups-client package (CUPS) or set print.lp; PDF written: "
      + ardoise.dataDirectory.path + "/documents/\(id)-final-reminder-en.pdf\n", "\(missing.stderr)")
    _ = try ardoise.succeed(["config", "set", "print.lp", "/bin/false"])
    let failed = try ardoise.run(["print", id, "final-reminder"])
    #expect(failed.status == 1 && failed.stderr.hasPrefix("ardoise: /bin/false failed (exit 1); PDF written: "), "\(failed.stderr)")
    #expect(failed.stderr.split(separator: "\n").count == 1)
    #expect(FileManager.default.fileExists(atPath: ardoise.dataDirectory.path + "/documents/\(id)-final-reminder-en.pdf"))
  }
}
