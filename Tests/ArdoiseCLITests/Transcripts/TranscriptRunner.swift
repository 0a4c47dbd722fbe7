// Transcript tests: the built `ardoise` binary driven command by command from a text file.
//
// Each `*.transcript` file in `Transcripts/Files/` runs against its own fresh temporary data
// directory (`ARDOISE_DATA_DIR`), with `TZ=Europe/Paris`, `USER=tester`, `LANG=C.UTF-8` and
// nothing else from the caller's environment, so the output does not depend on who runs it.
// The binary has no injectable clock: transcripts give explicit `--at` and `--day` values and
// never print what depends on the current time (or match it with `{*}`).
//
//     ## A comment (anywhere; never output).
//     >>> ardoise new --amount 42,50 --at "2026-11-20 21:30"
//     $ID
//     >>> ardoise show $ID --lang fr
//     Dossier $ID — ouvert
//     ...
//     >>> ardoise pay $ID 100
//     !!! ardoise: payment above the outstanding balance (€42.50)
//     exit 1
//
// - `>>> ardoise ARGS` runs the binary. ARGS are split on spaces; "double" or 'single' quotes
//   group words. `$NAME` is replaced by the variable's value (outside single quotes).
// - The lines after it, up to the next `>>>` or `%` line, are its expected stdout, exactly and
//   in full; blank lines count, except those ending the block.
//   - `$NAME` in an expected line matches the variable's value; a variable not yet set matches a
//     word (no space, quote or comma) and is set to it: this is how the random case ids are
//     captured. `$DATA` is preset to the data directory.
//   - `{*}` matches any text within a line; a line `...` matches any number of lines.
// - `!!! TEXT` is an expected stderr line (same patterns); stderr must be exactly those lines.
// - `exit N` is the expected exit status (0 when absent).
// - Once the data directory exists, a command that fails (expected status not 0), and every
//   `check`, `list` and `show`, must leave it byte for byte and mode for mode as it found it
//   (but for the summary cache, which `list` brings up to date).
// - Directives, on their own line:
//   - `% umask 000` runs the following commands through `/bin/sh -c 'umask 000; exec …'`.
//   - `% mode PATH 600` expects PATH (relative to the data directory) to have that mode.
//   - `% copy NAME` copies `Files/fixtures/NAME/` into the data directory (folders 0700, files 0600),
//     with the empty `cases`, `people` and `quarantine` folders git cannot keep.

import Foundation
import Testing

/// One command of a transcript and what it must print.
struct TranscriptCommand: Sendable {
  /// The 1-based line of the `>>>` line, for messages.
  var line: Int
  var arguments: String
  var stdout: [String] = []
  var stderr: [String] = []
  var status: Int32 = 0
}

/// One step of a transcript: a command or a directive.
enum TranscriptStep: Sendable {
  case command(TranscriptCommand)
  case umask(String, line: Int)
  case mode(path: String, mode: String, line: Int)
  case copy(fixture: String, line: Int)
}

/// A parsed transcript file.
struct Transcript: Sendable, CustomTestStringConvertible {
  var name: String
  var steps: [TranscriptStep]

  var testDescription: String { name }

  /// The folder holding the transcript files and fixtures.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Files")

  /// Every `*.transcript` file, sorted by name.
  static func all() -> [Transcript] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".transcript") }.sorted().compactMap { name in
      guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
      return Transcript(name: name, text: text)
    }
  }

  /// Parses the text of a transcript.
  init(name: String, text: String) {
    self.name = name
    var steps: [TranscriptStep] = []
    var current: TranscriptCommand?
    var pendingBlank = 0
    func finish() {
      if let command = current { steps.append(.command(command)) }
      current = nil
      pendingBlank = 0
    }
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw)
      let number = index + 1
      if line.hasPrefix("## ") || line == "##" { continue }
      if line.hasPrefix(">>> ") {
        finish()
        current = TranscriptCommand(line: number, arguments: String(line.dropFirst(4)))
      } else if line.hasPrefix("% ") {
        finish()
        let words = line.dropFirst(2).split(separator: " ").map(String.init)
        switch words.first {
        case "umask" where words.count == 2: steps.append(.umask(words[1], line: number))
        case "mode" where words.count == 3: steps.append(.mode(path: words[1], mode: words[2], line: number))
        case "copy" where words.count == 2: steps.append(.copy(fixture: words[1], line: number))
        default: steps.append(.mode(path: "", mode: "bad directive: \(line)", line: number))
        }
      } else if current != nil {
        if line.isEmpty { pendingBlank += 1; continue }
        if line.hasPrefix("!!! ") || line == "!!!" {
          current?.stderr.append(String(line.dropFirst(4)))
        } else if line.hasPrefix("exit "), let status = Int32(line.dropFirst(5)) {
          current?.status = status
        } else {
          current?.stdout += Array(repeating: "", count: pendingBlank) + [line]
        }
        pendingBlank = 0
      }
    }
    finish()
    self.steps = steps
  }
}

/// Runs transcripts against the built binary and reports every difference.
struct TranscriptRunner {
  let binary: URL
  let root: URL
  var data: URL { root.appendingPathComponent("data") }
  var variables: [String: String] = [:]
  var umask: String?

  /// The `ardoise` binary: next to the test bundle, else in `.build/debug` above this file.
  static func locateBinary() -> URL? {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
    if let first = CommandLine.arguments.first { candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      candidates.append(folder.appendingPathComponent(".build/debug"))
      folder.deleteLastPathComponent()
    }
    return candidates.map { $0.appendingPathComponent("ardoise") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// A runner working in `root`, which must exist (with a `home` folder) before commands run.
  init(binary: URL, root: URL) {
    self.binary = binary
    self.root = root
    variables["DATA"] = data.path
  }

  /// A runner working in a new temporary folder.
  init(binary: URL) throws {
    self.init(binary: binary,
              root: FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-transcript-\(UUID().uuidString)"))
    try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
  }

  func removeFiles() { try? FileManager.default.removeItem(at: root) }

  /// The environment every command gets: nothing from the caller.
  var environment: [String: String] {
    ["PATH": "/usr/bin:/bin", "HOME": root.appendingPathComponent("home").path, "USER": "tester", "LOGNAME": "tester",
     "LANG": "C.UTF-8", "TZ": "Europe/Paris", "TERM": "dumb", "NO_COLOR": "1", "ARDOISE_DATA_DIR": data.path]
  }

  /// Runs every step of `transcript`; returns the differences found, each with its line.
  mutating func run(_ transcript: Transcript) -> [String] {
    var failures: [String] = []
    for step in transcript.steps {
      switch step {
      case .umask(let value, _):
        umask = value
      case .mode(let path, let mode, let line):
        let full = data.appendingPathComponent(substitute(path)).path
        let attributes = try? FileManager.default.attributesOfItem(atPath: full)
        let found = (attributes?[.posixPermissions] as? NSNumber).map { String($0.intValue, radix: 8) } ?? "missing"
        if found != mode { failures.append("\(transcript.name):\(line): \(path) has mode \(found), expected \(mode)") }
      case .copy(let fixture, let line):
        do { try copyFixture(fixture) } catch { failures.append("\(transcript.name):\(line): cannot copy \(fixture): \(error)") }
      case .command(let command):
        failures += run(command, in: transcript.name)
      }
    }
    return failures
  }

  /// Copies a fixture folder into the data directory, with private modes.
  private func copyFixture(_ name: String) throws {
    let source = Transcript.folder.appendingPathComponent("fixtures").appendingPathComponent(name)
    let manager = FileManager.default
    try manager.createDirectory(at: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let items = manager.enumerator(atPath: source.path)?.compactMap { $0 as? String }.sorted() ?? []
    for item in items {
      let from = source.appendingPathComponent(item)
      let to = data.appendingPathComponent(item)
      var isFolder: ObjCBool = false
      _ = manager.fileExists(atPath: from.path, isDirectory: &isFolder)
      if isFolder.boolValue {
        try manager.createDirectory(at: to, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } else {
        try manager.copyItem(at: from, to: to)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: to.path)
      }
    }
    // Git keeps no empty folder: give the fixture the layout ardoise would have made.
    for folder in ["cases", "people", "quarantine"] {
      try manager.createDirectory(at: data.appendingPathComponent(folder), withIntermediateDirectories: true,
                                  attributes: [.posixPermissions: 0o700])
    }
  }

  private mutating func run(_ command: TranscriptCommand, in file: String) -> [String] {
    let place = "\(file):\(command.line)"
    let words = split(command.arguments)
    guard words.first == "ardoise" else { return ["\(place): a command starts with “ardoise”"] }
    // The first use creates the data directory; after that, these commands must not touch it.
    let subcommand = words.dropFirst().first { !$0.hasPrefix("-") } ?? ""
    let readOnly = FileManager.default.fileExists(atPath: data.path) && (command.status != 0 || ["check", "list", "show"].contains(subcommand))
    // `list` leaves the summaries of the logs it had to read in the summary cache, and `list
    // --json` its lines in the rendered cache: caches of what the logs say, never data.
    let ignored: Set<String> = command.status == 0 && subcommand == "list" ? [".summaries.cache", ".rendered.cache"] : []
    let before = readOnly ? snapshot().filter { !ignored.contains($0.key) } : [:]
    let result: (stdout: String, stderr: String, status: Int32)
    do { result = try execute(Array(words.dropFirst())) } catch { return ["\(place): cannot run: \(error)"] }
    var failures: [String] = []
    let show = "\n--- command: \(command.arguments)\n--- stdout:\n\(result.stdout)--- stderr:\n\(result.stderr)---"
    if result.status != command.status {
      failures.append("\(place): exit \(result.status), expected \(command.status)\(show)")
    }
    if let bound = match(command.stdout, lines(result.stdout), variables) {
      variables = bound
    } else {
      failures.append("\(place): stdout differs; expected:\n\(command.stdout.joined(separator: "\n"))\(show)")
    }
    if let bound = match(command.stderr, lines(result.stderr), variables) {
      variables = bound
    } else {
      failures.append("\(place): stderr differs; expected:\n\(command.stderr.joined(separator: "\n"))\(show)")
    }
    if readOnly {
      let after = snapshot().filter { !ignored.contains($0.key) }
      if after != before {
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        failures.append("\(place): the data directory changed: \(changed.joined(separator: ", "))")
      }
    }
    return failures
  }

  /// Runs the binary with `arguments`; stdout and stderr go through files (no pipe can fill up).
  private func execute(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
    let process = Process()
    if let umask {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "umask \(umask); exec \"$0\" \"$@\"", binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    process.environment = environment
    process.currentDirectoryURL = root
    let outURL = root.appendingPathComponent("stdout-\(UUID().uuidString)")
    let errURL = root.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    return (stdout, stderr, process.terminationStatus)
  }

  /// Every file and folder under the data directory: its mode and, for files, its bytes.
  func snapshot() -> [String: Data] {
    var result: [String: Data] = [:]
    let manager = FileManager.default
    guard manager.fileExists(atPath: data.path) else { return result }
    let items = [""] + (manager.enumerator(atPath: data.path)?.compactMap { $0 as? String } ?? [])
    for item in items {
      let path = item.isEmpty ? data.path : data.appendingPathComponent(item).path
      let attributes = (try? manager.attributesOfItem(atPath: path)) ?? [:]
      let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
      let isFile = (attributes[.type] as? FileAttributeType) == .typeRegular
      result[item] = Data("mode \(String(mode, radix: 8))\n".utf8) + (isFile ? (manager.contents(atPath: path) ?? Data()) : Data())
    }
    return result
  }

  /// The lines of an output, without the newline that ends the last one.
  private func lines(_ text: String) -> [String] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if result.last == "" { result.removeLast() }
    return result
  }

  /// Replaces `$NAME` by the variable's value (unknown names are left as they are).
  func substitute(_ text: String) -> String {
    var output = ""
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "$", let (name, end) = variableName(in: text, at: index), let value = variables[name] {
        output += value
        index = end
      } else {
        output.append(text[index])
        index = text.index(after: index)
      }
    }
    return output
  }

  /// The `NAME` of a `$NAME` at `index`, and where it ends.
  private func variableName(in text: String, at index: String.Index) -> (String, String.Index)? {
    var end = text.index(after: index)
    while end < text.endIndex, text[end].isASCII, text[end].isUppercase || text[end].isNumber || text[end] == "_" {
      end = text.index(after: end)
    }
    let name = String(text[text.index(after: index)..<end])
    guard let first = name.first, first.isLetter else { return nil }
    return (name, end)
  }

  /// Splits a command line into words: spaces separate, quotes group, `$NAME` is substituted
  /// outside single quotes.
  func split(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    var pending = ""
    func flushPending() {
      word += quote == "'" ? pending : substitute(pending)
      pending = ""
    }
    for character in line {
      if let open = quote {
        if character == open { flushPending(); quote = nil } else { pending.append(character) }
      } else if character == "\"" || character == "'" {
        flushPending()
        quote = character
        inWord = true
      } else if character == " " {
        flushPending()
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        pending.append(character)
        inWord = true
      }
    }
    flushPending()
    if inWord { words.append(word) }
    return words
  }

  /// Matches output lines against expected lines (with `...`, `{*}` and variables); returns the
  /// variables as bound by the match, or nil.
  func match(_ expected: [String], _ actual: [String], _ bound: [String: String]) -> [String: String]? {
    guard let first = expected.first else { return actual.isEmpty ? bound : nil }
    if first == "..." {
      for skip in 0...actual.count {
        if let result = match(Array(expected.dropFirst()), Array(actual.dropFirst(skip)), bound) { return result }
      }
      return nil
    }
    guard let line = actual.first, let lineBound = matchLine(first, line, bound) else { return nil }
    return match(Array(expected.dropFirst()), Array(actual.dropFirst()), lineBound)
  }

  /// Matches one line; unset variables capture a word.
  func matchLine(_ pattern: String, _ line: String, _ bound: [String: String]) -> [String: String]? {
    var regex = "^"
    var captured: [String] = []
    var literal = ""
    var index = pattern.startIndex
    func flush() {
      regex += NSRegularExpression.escapedPattern(for: literal)
      literal = ""
    }
    while index < pattern.endIndex {
      if pattern[index...].hasPrefix("{*}") {
        flush()
        regex += ".*"
        index = pattern.index(index, offsetBy: 3)
      } else if pattern[index] == "$", let (name, end) = variableName(in: pattern, at: index) {
        flush()
        if let value = bound[name] {
          regex += NSRegularExpression.escapedPattern(for: value)
        } else if captured.contains(name) {
          regex += "\\k<\(name)>"
        } else {
          regex += "(?<\(name)>[^\\s\"',]+)"
          captured.append(name)
        }
        index = end
      } else {
        literal.append(pattern[index])
        index = pattern.index(after: index)
      }
    }
    flush()
    regex += "$"
    guard let expression = try? NSRegularExpression(pattern: regex),
      let found = expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
    else { return nil }
    var result = bound
    for name in captured {
      guard let range = Range(found.range(withName: name), in: line) else { return nil }
      result[name] = String(line[range])
    }
    return result
  }
}
