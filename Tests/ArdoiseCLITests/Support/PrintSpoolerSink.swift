import Foundation

/// A real CUPS print spooler of the test's own: `cupsd` started in the foreground with a
/// configuration in a temp folder, listening on a Unix socket there, with one raw queue whose
/// device is /dev/null. `lp` reaches it through `CUPS_SERVER`; the job's data stays in the spool
/// folder (`PreserveJobFiles`) for the test to compare with the PDF.
final class PrintSpoolerSink {
  let directory: URL
  let queue = "ardoise-test"
  private let process: Process
  /// What the client programs need to talk to this spooler.
  var environment: [String: String] { ["CUPS_SERVER": directory.appendingPathComponent("cups.sock").path] }

  /// The CUPS programs this needs, from cups-daemon and cups-client.
  static let programs = ["lp", "lpstat", "lpadmin"]

  static func cupsd() -> URL? {
    Binaries.onPath("cupsd") ?? (FileManager.default.isExecutableFile(atPath: "/usr/sbin/cupsd") ? URL(fileURLWithPath: "/usr/sbin/cupsd") : nil)
  }

  init(cupsd: URL) throws {
    directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("ardoise-cups-\(UUID().uuidString.prefix(8))")
    for folder in ["spool", "cache", "state", "log", "tmp"] {
      try FileManager.default.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let root = directory.path
    try """
      Listen \(root)/cups.sock
      LogLevel warn
      WebInterface No
      DefaultAuthType None
      PreserveJobFiles Yes
      <Location />
        Order allow,deny
        Allow all
      </Location>
      <Location /admin>
        Order allow,deny
        Allow all
      </Location>
      <Policy default>
        <Limit All>
          Order deny,allow
        </Limit>
      </Policy>
      """.write(to: directory.appendingPathComponent("cupsd.conf"), atomically: true, encoding: .utf8)
    try """
      ServerRoot \(root)
      RequestRoot \(root)/spool
      CacheDir \(root)/cache
      StateDir \(root)/state
      TempDir \(root)/tmp
      ErrorLog \(root)/log/error_log
      AccessLog \(root)/log/access_log
      PageLog \(root)/log/page_log
      FileDevice Yes
      Sandboxing relaxed
      """.write(to: directory.appendingPathComponent("cups-files.conf"), atomically: true, encoding: .utf8)
    process = Process()
    process.executableURL = cupsd
    process.arguments = ["-f", "-c", root + "/cupsd.conf", "-s", root + "/cups-files.conf"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // lpadmin fails until cupsd listens: tried again until it succeeds or the deadline passes.
    let deadline = ContinuousClock.now + .seconds(20)
    while true {
      let added = try run("lpadmin", ["-p", queue, "-E", "-v", "file:/dev/null", "-m", "raw"])
      if added.status == 0 { break }
      guard ContinuousClock.now < deadline, process.isRunning else {
        stop()
        throw Binaries.Missing(description: "cupsd did not take the queue: \(added.output)")
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// Runs a CUPS client program against this spooler.
  func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let child = Process()
    child.executableURL = try Binaries.onPath(program).map { $0 } ?? { throw Binaries.Missing(description: "\(program) not on PATH") }()
    child.arguments = arguments
    child.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    child.standardOutput = pipe
    child.standardError = pipe
    try child.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    return (child.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Waits until `job` is listed as completed; returns the data the spooler took for it.
  func completedJobData(_ job: String, timeout: Duration = .seconds(30)) throws -> Data {
    let deadline = ContinuousClock.now + timeout
    while !(try run("lpstat", ["-W", "completed", "-o", queue]).output.contains(job)) {
      guard ContinuousClock.now < deadline else { throw Binaries.Missing(description: "job \(job) not completed: \(try run("lpstat", ["-W", "all", "-l"]).output)") }
      Thread.sleep(forTimeInterval: 0.05)
    }
    guard let number = job.split(separator: "-").last.flatMap({ Int($0) }) else { throw Binaries.Missing(description: "no job number in \(job)") }
    return try Data(contentsOf: directory.appendingPathComponent(String(format: "spool/d%05d-001", number)))
  }

  func stop() {
    if process.isRunning {
      // cupsd started by Process does not stop on SIGTERM here: SIGKILL, it has nothing to save.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: directory)  // A leftover temp folder harms no test.
  }
}
