import Foundation

/// `strace`, used to inject system call failures into a child process.
enum Strace {
  static let path = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether strace is installed and may trace here (containers can forbid ptrace).
  static let isUsable: Bool = {
    guard let path else { return false }
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: path)
    probe.arguments = ["-f", "-qq", "-o", "/dev/null", "/bin/true"]
    probe.standardOutput = FileHandle.nullDevice
    probe.standardError = FileHandle.nullDevice
    do { try probe.run() } catch { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
  }()

  /// A launcher that makes the `when`-th call of `syscall` on `file` fail with `error`.
  static func injecting(_ error: String, into syscall: String, on file: String, when: Int) -> [String] {
    [path ?? "strace", "-f", "-qq", "-o", "/dev/null", "-P", file, "-e", "trace=\(syscall)",
     "-e", "inject=\(syscall):error=\(error):when=\(when)"]
  }
}
