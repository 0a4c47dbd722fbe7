import Foundation

/// Where the end-to-end tests find the executables they drive and the tools they need.
enum Binaries {
  /// Why a needed program could not be found.
  struct Missing: Error, CustomStringConvertible {
    let description: String
  }

  /// The built `ardoise` executable, or the one `ARDOISE_TEST_BINARY` names (CI runs the
  /// end-to-end tests once more against a release build: the optimizer has changed behaviour
  /// before).
  static func ardoise(filePath: String = #filePath) throws -> URL {
    if let path = ProcessInfo.processInfo.environment["ARDOISE_TEST_BINARY"], !path.isEmpty {
      let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      guard FileManager.default.isExecutableFile(atPath: url.path) else {
        throw Missing(description: "ARDOISE_TEST_BINARY=\(path) is not an executable")
      }
      return url.absoluteURL
    }
    return try executable(named: "ardoise", filePath: filePath)
  }

  /// The built `ardoise-store-writer` executable (the crash tests' writer process).
  static func storeWriter(filePath: String = #filePath) throws -> URL {
    try executable(named: "ardoise-store-writer", filePath: filePath)
  }

  /// The executable `name` from the build products next to the test bundle, or from the
  /// package's `.build/debug/` found by walking up from `filePath`.
  static func executable(named name: String, filePath: String = #filePath) throws -> URL {
    let directories = productDirectories(filePath: filePath)
    for directory in directories {
      let candidate = directory.appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw Missing(
      description: "no built \(name) in \(directories.map(\.path)); run `swift build` first")
  }

  /// The directories that may hold build products, most specific first.
  static func productDirectories(filePath: String = #filePath) -> [URL] {
    var directories: [URL] = []
    if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    if let first = CommandLine.arguments.first, first.contains("/") {
      directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        directories.append(folder.appendingPathComponent(".build/debug"))
        break
      }
      folder = folder.deletingLastPathComponent()
    }
    return directories
  }

  /// The full path of `program` on `PATH`, or nil.
  static func onPath(_ program: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(program)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}
