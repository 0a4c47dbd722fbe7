import Foundation

/// A command running in its own tmux server, in a detached window of fixed size: type keys into
/// it, read the screen back, wait for text, resize it, and read its exit status.
///
/// Synchronisation is by polling the pane for expected text, never by fixed sleeps.
final class TmuxSession {
  /// A tmux command that failed, or a wait that timed out (with the pane at that moment).
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The name of the isolated server (`tmux -L`).
  let socketName: String
  /// The window size the session was created with.
  private(set) var size: (width: Int, height: Int)
  private let directory: URL
  private let configuration: URL
  private let statusFile: URL
  private let tmux: URL
  private var isKilled = false
  private static let sessionName = "ardoise"

  /// Starts `command` (a shell command line) in a new server and session of `width`×`height`.
  ///
  /// - Parameters:
  ///   - environment: the variables the command sees besides `PATH` and `HOME`, e.g. `TERM`,
  ///     `LANG`, `XDG_DATA_HOME`; nothing else leaks from the test process.
  /// - Throws: ``Failure`` when tmux is missing or refuses to start.
  init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
    guard let tmux = Binaries.onPath("tmux") else { throw Failure(description: "tmux is not on PATH") }
    self.tmux = tmux
    let token = UUID().uuidString.prefix(8).lowercased()
    socketName = "ardoise-\(token)"
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-tmux-\(token)")
    configuration = directory.appendingPathComponent("tmux.conf")
    statusFile = directory.appendingPathComponent("status")
    size = (width, height)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // No status line: every row belongs to the command.
    var settings = ["set -g status off"]
    // tmux sets the pane's TERM from default-terminal, overriding -e TERM=…
    if let term = environment["TERM"], !term.isEmpty, term.allSatisfy({ $0.isLetter || $0.isNumber || "-_.+".contains($0) }) {
      settings.append("set -g default-terminal \"\(term)\"")
    }
    try (settings.joined(separator: "\n") + "\n").write(to: configuration, atomically: true, encoding: .utf8)

    var arguments = ["new-session", "-d", "-s", Self.sessionName, "-x", String(width), "-y", String(height)]
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(name)=\(value)"]
    }
    // The command and the status path travel as arguments, so neither needs quoting. The wrapper
    // survives a Ctrl-C meant for the command (a trapped signal is default again in the child),
    // and then keeps the pane open: tmux 3.3a drops the last output of a pane whose process exits
    // at once, and the screen must stay readable after the command ends.
    let wrapper = "trap : INT; sh -c \"$1\"; echo $? > \"$2\"; exec sleep 3600"
    arguments += ["sh", "-c", wrapper, "ardoise-session", command, statusFile.path]
    do {
      try run(arguments)
      // Attaching to watch must not resize the window. `window-size manual` goes in after the
      // session exists: tmux 3.3a's server dies when it is in the configuration file and the
      // session is created with -x/-y.
      try run(["set-option", "-g", "window-size", "manual"])
    } catch {
      kill()
      try? FileManager.default.removeItem(at: directory)
      throw error
    }
  }

  deinit { kill() }

  /// Presses keys by their tmux names: `Up`, `Enter`, `Escape`, `C-c`, `F1`, `BSpace`…
  func sendKeys(_ names: String...) throws {
    try run(["send-keys", "-t", Self.sessionName] + names)
  }

  /// Types `literal` as text (UTF-8 safe; no key names are interpreted).
  func type(_ literal: String) throws {
    try run(["send-keys", "-t", Self.sessionName, "-l", "--", literal])
  }

  /// Pastes `text` as a terminal does when the user pastes: through a tmux buffer, wrapped in
  /// bracketed-paste markers when the program asked for them (`paste-buffer -p`).
  func paste(_ text: String) throws {
    let file = directory.appendingPathComponent("paste.txt")
    try text.write(to: file, atomically: true, encoding: .utf8)
    try run(["load-buffer", "-b", "ardoise-paste", file.path])
    try run(["paste-buffer", "-p", "-d", "-b", "ardoise-paste", "-t", Self.sessionName])
  }

  /// The screen as text, one line per row (tmux trims trailing spaces).
  func capture() throws -> String {
    try run(["capture-pane", "-p", "-t", Self.sessionName])
  }

  /// A pane property by its tmux format, e.g. `#{alternate_on}` (1 while a program holds the
  /// alternate screen).
  func paneFormat(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", Self.sessionName, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The screen with colours and attributes as SGR escape sequences.
  func captureWithStyles() throws -> String {
    try run(["capture-pane", "-p", "-e", "-t", Self.sessionName])
  }

  /// Polls the screen every 50 ms until it contains `text`, and returns that screen.
  ///
  /// - Throws: ``Failure`` with the last screen when `timeout` passes first.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    var screen = ""
    while true {
      screen = try capture()
      if screen.contains(text) { return screen }
      if clock.now >= deadline { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "timed out after \(timeout) waiting for \(text.debugDescription); the pane shows:\n\(screen)")
  }

  /// Polls the pane until `text` is no longer on it.
  ///
  /// - Throws: ``Failure`` with the last screen when `timeout` passes first.
  func waitForAbsence(of text: String, timeout: Duration = .seconds(5)) throws {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    var screen = ""
    while true {
      screen = try capture()
      if !screen.contains(text) { return }
      if clock.now >= deadline { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "timed out after \(timeout) waiting for \(text.debugDescription) to go; the pane shows:\n\(screen)")
  }

  /// The pseudo-terminal the command runs on, to write to it as another program would.
  func paneTerminalPath() throws -> String {
    try run(["display-message", "-p", "-t", Self.sessionName, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls every 50 ms until the command has exited, and returns its exit status.
  ///
  /// - Throws: ``Failure`` with the last screen when `timeout` passes first.
  func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32 {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
      if let contents = try? String(contentsOf: statusFile, encoding: .utf8),
        let status = Int32(contents.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      if clock.now >= deadline { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    let screen = (try? capture()) ?? "(no pane)"
    throw Failure(description: "the command did not exit within \(timeout); the pane shows:\n\(screen)")
  }

  /// Resizes the window; the command receives SIGWINCH.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", Self.sessionName, "-x", String(width), "-y", String(height)])
    size = (width, height)
  }

  /// Stops the server and everything in it, and removes the session's files. Safe to call twice.
  func kill() {
    guard !isKilled else { return }
    isKilled = true
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  /// Runs one tmux command against this session's server and returns its standard output.
  ///
  /// Spawned by hand rather than with `Process`: the tmux server forks from the first client and
  /// would inherit both the test runner's pipes (so reading them to the end never returns) and the
  /// signal mask of the runner's worker thread (which blocks SIGTERM and SIGWINCH, and would pass
  /// that on to the program under test). Output goes to files, and signals are unblocked and
  /// reset.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let outputFile = directory.appendingPathComponent("tmux.out")
    let errorFile = directory.appendingPathComponent("tmux.err")
    var environment = ["PATH=\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "LANG=C.UTF-8"]
    if let home = ProcessInfo.processInfo.environment["HOME"] { environment.append("HOME=\(home)") }
    let argumentList = [tmux.path, "-u", "-L", socketName, "-f", configuration.path] + arguments

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let cArguments = argumentList.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup($0) } + [nil]
    defer {
      cArguments.forEach { free($0) }
      cEnvironment.forEach { free($0) }
    }
    var processIdentifier: pid_t = 0
    let spawned = posix_spawn(&processIdentifier, tmux.path, &actions, &attributes, cArguments, cEnvironment)
    guard spawned == 0 else { throw Failure(description: "could not start tmux: error \(spawned)") }
    var status: Int32 = 0
    while waitpid(processIdentifier, &status, 0) < 0 && errno == EINTR {}

    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    let exitedNormally = status & 0x7f == 0
    let exitStatus = (status >> 8) & 0xff
    guard exitedNormally, exitStatus == 0 else {
      let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
      throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(message)")
    }
    return output
  }
}
