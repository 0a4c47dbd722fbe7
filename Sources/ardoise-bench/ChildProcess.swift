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
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("wait4: errno \(errno)") }
    }
    let elapsed = ContinuousClock.now - start
    return Outcome(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                   peakMemoryMiB: Double(usage.ru_maxrss) / 1024, status: status)
  }
}
