import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program as a user would from a shell, and reports its wall time and peak memory (from
/// `wait4`): what `ardoise` costs as a whole process, start and exit included.
struct ChildProcess {
  /// The `ardoise` executable built beside the bench, if there is one.
  static var ardoise: String? {
    let path = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("ardoise").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  struct Outcome {
    var seconds: Double
    var peakMemoryMiB: Double
    var status: Int32
  }

  /// Runs `path` with `arguments`, its output thrown away.
  static func run(_ path: String, _ arguments: [String]) throws -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchError("cannot start \(path): errno \(spawned)") }
    // The child's peak memory is sampled from /proc while it runs: `wait4`'s maxrss would start
    // from the bench's own, which a spawned process inherits at exec.
    var status: Int32 = 0
    var peak: Double = .nan
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { break }
      if waited < 0 && errno != EINTR { throw BenchError("waitpid: errno \(errno)") }
      if let high = Self.highWaterMiB(pid) { peak = high }
      usleep(2_000)
    }
    let elapsed = ContinuousClock.now - start
    return Outcome(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                   peakMemoryMiB: peak, status: status)
  }

  /// `VmHWM` of a running process, in MiB.
  private static func highWaterMiB(_ pid: pid_t) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }  // gone meanwhile, or not Linux: no sample
    return kilobytes / 1024
  }
}
