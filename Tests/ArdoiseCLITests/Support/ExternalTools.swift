import Foundation
import Testing

/// The programs the email and PDF tests drive, found on this machine.
enum ExternalTools {
  /// The Python that has aiosmtpd (Debian's python3-aiosmtpd installs it for /usr/bin/python3).
  static func pythonWithAiosmtpd() -> URL? {
    var candidates = ["/usr/bin/python3"]
    if let onPath = Binaries.onPath("python3") { candidates.append(onPath.path) }
    for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
      let probe = Process()
      probe.executableURL = URL(fileURLWithPath: path)
      probe.arguments = ["-c", "import aiosmtpd"]
      probe.standardOutput = FileHandle.nullDevice
      probe.standardError = FileHandle.nullDevice
      guard (try? probe.run()) != nil else { continue }  // not runnable: try the next one
      probe.waitUntilExit()
      if probe.terminationStatus == 0 { return URL(fileURLWithPath: path) }
    }
    return nil
  }

  /// Whether `programs` are all on `PATH` (and, with `needsSMTPServer`, aiosmtpd importable):
  /// false when one is missing (the caller skips), unless `ARDOISE_REQUIRE_E2E=1`, which makes it
  /// throw so the test fails, naming the Debian packages to install.
  static func available(_ programs: [String], needsSMTPServer: Bool = false,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Bool {
    var missing = programs.filter { Binaries.onPath($0, environment: environment) == nil }
    if needsSMTPServer && pythonWithAiosmtpd() == nil { missing.append("python3 with aiosmtpd (python3-aiosmtpd)") }
    if missing.isEmpty { return true }
    if environment["ARDOISE_REQUIRE_E2E"] == "1" {
      throw Binaries.Missing(description: "ARDOISE_REQUIRE_E2E=1 but missing: \(missing.joined(separator: ", ")) "
                             + "(apt-get install msmtp python3-aiosmtpd weasyprint poppler-utils fonts-dejavu-core)")
    }
    return false
  }

  /// Runs `program arguments…` and returns its stdout (stderr discarded).
  static func output(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = try Binaries.onPath(program).map { $0 } ?? { throw Binaries.Missing(description: "\(program) not on PATH") }()
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The number of pages `pdfinfo` reads in `pdf`.
  static func pageCount(_ pdf: String) throws -> Int? {
    let info = try output("pdfinfo", [pdf])
    return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only where `programs` are on `PATH` (with `smtpServer`, aiosmtpd importable;
  /// with `spooler`, cupsd installed), or must be (`ARDOISE_REQUIRE_E2E=1`, where the test then
  /// fails naming what is missing): shown as skipped, with the reason, otherwise.
  static func needsTools(_ programs: [String], smtpServer: Bool = false, spooler: Bool = false) -> Self {
    let environment = ProcessInfo.processInfo.environment
    var missing = programs.filter { Binaries.onPath($0, environment: environment) == nil }
    if smtpServer && ExternalTools.pythonWithAiosmtpd() == nil { missing.append("aiosmtpd") }
    if spooler && PrintSpoolerSink.cupsd() == nil { missing.append("cupsd") }
    let runs = missing.isEmpty || environment["ARDOISE_REQUIRE_E2E"] == "1"
    let reason = "not installed: \(missing.joined(separator: ", ")) (ARDOISE_REQUIRE_E2E=1 makes their absence a failure)"
    return .enabled(if: runs, Comment(rawValue: reason))
  }
}
