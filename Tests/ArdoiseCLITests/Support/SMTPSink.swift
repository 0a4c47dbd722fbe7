import Foundation

/// A real SMTP server on a free loopback port (smtp-sink.py, on aiosmtpd), and an msmtp
/// configuration that delivers to it: what `ardoise send` is tested against.
final class SMTPSink {
  let directory: URL
  let port: Int
  /// The `mail.sendmail` setting that sends through msmtp to this server.
  let sendmailSetting: String
  private let process: Process
  private let input: Pipe

  /// Starts the server and waits until it says it listens (its "READY <port>" line).
  init(python: URL) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-smtp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smtp-sink.py")
    process = Process()
    process.executableURL = python
    process.arguments = [script.path, directory.appendingPathComponent("received").path]
    input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    // Reading blocks until the server prints its line (or exits, giving an empty read).
    var line = Data()
    let reader = output.fileHandleForReading
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.hasPrefix("READY "), let port = Int(text.dropFirst(6)) else {
      process.terminate()
      throw Binaries.Missing(description: "the SMTP sink did not start: “\(text)”")
    }
    self.port = port
    let config = directory.appendingPathComponent("msmtprc")
    try "defaults\nauth off\ntls off\naccount default\nhost 127.0.0.1\nport \(port)\nfrom sender@invalid.example\n"
      .write(to: config, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
    let msmtp = Binaries.onPath("msmtp")?.path ?? "/usr/bin/msmtp"
    sendmailSetting = "\(msmtp) -C \(config.path)"
  }

  /// The messages received so far, parsed by Python's email package (see smtp-sink.py).
  func received() throws -> [[String: Any]] {
    let folder = directory.appendingPathComponent("received")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []  // none yet: no folder
    return try names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .sorted { Int($0.dropLast(5)) ?? 0 < Int($1.dropLast(5)) ?? 0 }
      .map { name in
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
      }
  }

  func stop() {
    // Closing its stdin stops the server; terminate in case it is stuck.
    try? input.fileHandleForWriting.close()  // already closed: nothing to do
    process.terminate()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: directory)  // a temp folder: leftovers are harmless
  }
}
