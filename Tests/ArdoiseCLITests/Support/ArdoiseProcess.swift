import Foundation

/// Runs the built `ardoise` binary against a data directory of its own.
struct ArdoiseProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A fresh, empty data directory under the temp folder.
  let dataDirectory: URL

  init() throws {
    dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-cli-\(UUID().uuidString)")
  }

  /// The `ardoise` binary: next to the test bundle, else `.build/debug/ardoise` above this file.
  static func binary() throws -> URL {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      candidates.append(directory.appendingPathComponent(".build/debug"))
      directory.deleteLastPathComponent()
    }
    for folder in candidates {
      for path in [folder.appendingPathComponent("ardoise"), folder.deletingLastPathComponent().appendingPathComponent("ardoise")] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory), !isDirectory.boolValue,
          FileManager.default.isExecutableFile(atPath: path.path)
        {
          return path
        }
      }
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "ardoise binary (run swift build first)"])
  }

  /// Runs `ardoise arguments…` and waits for it.
  @discardableResult
  func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = try Self.binary()
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["ARDOISE_DATA_DIR"] = dataDirectory.path
    environment["LANG"] = "en_US.UTF-8"
    environment["LC_ALL"] = nil
    environment["ARDOISE_USER"] = nil
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs a command that must succeed and returns its stdout, trimmed.
  func succeed(_ arguments: [String]) throws -> String {
    let result = try run(arguments)
    guard result.status == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "ardoise \(arguments) failed: \(result.stderr)"])
    }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func removeData() { try? FileManager.default.removeItem(at: dataDirectory) }
}
