@testable import ArdoiseCore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// One bad file never stops the others, and `check` reports what the other commands rely on.
/// Every command runs with a deadline: a hang is a failure, not a stuck test run.
@Suite struct CheckCommandTests {
  static let stranger = "261129-ZZZZ"
  static let deadline = 60.0

  /// A data directory with one sound case; returns its id.
  private func sound(_ ardoise: ArdoiseProcess) throws -> String {
    try ardoise.succeed(["new", "--amount", "30", "--at", "2026-11-20 21:00", "--table", "T4"])
  }

  private func path(_ ardoise: ArdoiseProcess, _ name: String) -> String { ardoise.dataDirectory.path + "/" + name }

  /// Runs each command and checks none hangs or crashes; returns the outcomes by command name.
  private func runAll(_ ardoise: ArdoiseProcess, _ commands: [[String]]) throws -> [String: ArdoiseProcess.Outcome] {
    var outcomes: [String: ArdoiseProcess.Outcome] = [:]
    for command in commands {
      let outcome = try ardoise.run(command, deadline: Self.deadline)
      #expect(!outcome.hung, "ardoise \(command) hung")
      #expect(!outcome.crashed, "ardoise \(command) crashed: \(outcome.result.stderr)")
      outcomes[command[0]] = outcome
    }
    return outcomes
  }

  @Test func aFIFOInCasesIsReportedAndNothingHangs() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try sound(ardoise)
    #expect(mkfifo(path(ardoise, "cases/\(Self.stranger).jsonl"), 0o600) == 0)
    let outcomes = try runAll(ardoise, [["check"], ["list"], ["show", id], ["stats"], ["note", id, "still works"]])
    let check = try #require(outcomes["check"]).result
    #expect(check.status == 1)
    #expect(check.stdout.contains("cases/\(Self.stranger).jsonl: not a regular file"), "\(check.stdout)")
    #expect(outcomes["list"]?.result.stdout.contains(id) == true)
    #expect(outcomes["note"]?.result.status == 0)
  }

  /// The user's theme folder (`$XDG_CONFIG_HOME/ardoise/themes`): a FIFO, a symbolic link and
  /// a theme that does not parse are warnings naming the file (and the line, as `ardoise themes`
  /// does); the FIFO is never opened, so nothing hangs; a sound theme says nothing.
  @Test func theUsersThemeFolderIsCheckedWithoutOpeningAFIFO() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    _ = try sound(ardoise)
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-xdg-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let themes = home.path + "/ardoise/themes"
    try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Themes")
    let dark = try String(contentsOf: shipped.appendingPathComponent("dark.toml"), encoding: .utf8)
    try dark.write(toFile: themes + "/good.toml", atomically: true, encoding: .utf8)
    let broken = dark.replacingOccurrences(of: "\ntitle = ", with: "\ntitel = ")
    try broken.write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
    let line = (broken.components(separatedBy: "\n").firstIndex { $0.hasPrefix("titel = ") } ?? -1) + 1
    #expect(mkfifo(themes + "/fifo.toml", 0o600) == 0)
    #expect(symlink("/dev/zero", themes + "/zero.toml") == 0)

    let english = try ardoise.run(["check"], deadline: Self.deadline, environment: ["XDG_CONFIG_HOME": home.path])
    #expect(!english.hung && !english.crashed)
    let out = english.result.stdout
    #expect(english.result.status == 0, "\(out)\(english.result.stderr)")
    #expect(out.contains("warning: \(themes)/broken.toml:\(line): unknown role \"titel\""), "\(out)")
    #expect(out.contains("warning: \(themes)/fifo.toml: not a regular file (a FIFO, socket or device): never read; remove it"), "\(out)")
    #expect(out.contains("warning: \(themes)/zero.toml: symbolic link: never followed"), "\(out)")
    #expect(!out.contains("good.toml"), "\(out)")
    #expect(out.contains(", 0 errors, 3 warnings"), "\(out)")

    let french = try ardoise.run(["check", "--lang", "fr"], deadline: Self.deadline, environment: ["XDG_CONFIG_HOME": home.path])
    #expect(!french.hung)
    #expect(french.result.stdout.contains("avertissement\u{202F}: \(themes)/broken.toml:\(line): rôle inconnu «\u{202F}titel\u{202F}»"),
            "\(french.result.stdout)")
    #expect(french.result.stdout.contains("avertissement\u{202F}: \(themes)/fifo.toml: pas un fichier ordinaire (tube, socket ou périphérique)\u{202F}: jamais lu"),
            "\(french.result.stdout)")
  }

  @Test func aFIFOAtTheSummaryCacheIsIgnoredAndNothingHangs() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try sound(ardoise)
    unlink(path(ardoise, ".summaries.cache"))
    #expect(mkfifo(path(ardoise, ".summaries.cache"), 0o600) == 0)
    let outcomes = try runAll(ardoise, [["check"], ["list"], ["note", id, "still works"]])
    #expect(outcomes["list"]?.result.stdout.contains(id) == true)
    #expect(outcomes["check"]?.result.stdout.contains(".summaries.cache: not a regular file") == true)
    #expect(outcomes["note"]?.result.status == 0)
  }

  @Test func aFIFOAtConfigIsAnErrorWithItsReasonAndNothingHangs() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try sound(ardoise)
    unlink(path(ardoise, "config.toml"))
    #expect(mkfifo(path(ardoise, "config.toml"), 0o600) == 0)
    let outcomes = try runAll(ardoise, [["check"], ["list"]])
    let check = try #require(outcomes["check"]).result
    #expect(check.status == 1)
    #expect(check.stdout.contains("config.toml: not a regular file"), "\(check.stdout)")
    let list = try #require(outcomes["list"]).result
    #expect(list.stdout.contains(id))
    #expect(list.stderr.contains("config.toml: not a regular file"), "\(list.stderr)")
  }

  @Test func aLogSymlinkedToDevZeroIsRefusedAndNothingHangs() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try sound(ardoise)
    #expect(symlink("/dev/zero", path(ardoise, "cases/\(Self.stranger).jsonl")) == 0)
    let outcomes = try runAll(ardoise, [["check"], ["list"], ["show", id], ["stats"]])
    let check = try #require(outcomes["check"]).result
    #expect(check.status == 1 && check.stdout.contains("symbolic link"), "\(check.stdout)")
    #expect(outcomes["list"]?.result.stdout.contains(id) == true)
  }

  @Test func anAbsurdAmountWithAValidChecksumIsReportedAndCrashesNothing() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try sound(ardoise)
    try ardoise.succeed(["new", "--amount", "12", "--at", "2026-11-21 21:00"])
    let log = path(ardoise, "cases/\(id).jsonl")
    let text = try String(contentsOfFile: log, encoding: .utf8)
    let json = String(text[..<text.firstIndex(of: "\t")!])
    let forged = json.replacingOccurrences(of: "\"amount\":\"30.00\"", with: "\"amount\":\"92233720368547758.07\"")
    #expect(forged != json)
    try Data((forged + "\t" + CRC32.hex(CRC32.checksum(forged.utf8)) + "\n").utf8).write(to: URL(fileURLWithPath: log))
    let outcomes = try runAll(ardoise, [["check"], ["stats"], ["list"], ["show", id]])
    let check = try #require(outcomes["check"]).result
    #expect(check.status == 1)
    #expect(check.stdout.contains("cases/\(id).jsonl:1: invalid record: “amount” out of bounds"), "\(check.stdout)")
    #expect(outcomes["stats"]?.result.status == 0)
    // One line naming the case, the file and the line, never “no case”; list and stats go on with
    // the other case and say the same.
    let said = "ardoise: case \(id) cannot be read: line 1 of cases/\(id).jsonl: invalid record: “amount” out of bounds (0 to €1,000,000.00): 92233720368547758.07\n"
    let show = try #require(outcomes["show"]).result
    #expect(show.status == 1 && show.stderr == said, "\(show.stderr)")
    #expect(outcomes["list"]?.result.stderr == said && outcomes["list"]?.result.stdout.contains("12.00") == true)
    #expect(outcomes["stats"]?.result.stderr == said && outcomes["stats"]?.result.stdout.contains("Walkouts: 1") == true)
    let french = try ardoise.run(["show", String(id.suffix(4)), "--lang", "fr"])
    #expect(french.status == 1)
    #expect(french.stderr == "ardoise: le dossier \(id) est illisible\u{202F}: ligne 1 de cases/\(id).jsonl\u{202F}: enregistrement invalide\u{202F}: «\u{202F}amount\u{202F}» hors limites (de 0 à 1\u{202F}000\u{202F}000,00\u{A0}€)\u{202F}: 92233720368547758.07\n", "\(french.stderr)")
  }

  @Test(arguments: ["garbage\n", "ardoise-store 0\n", "ardoise-store 9\n"])
  func aDamagedFormatFailsCheckAsItFailsTheOthers(content: String) throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    _ = try sound(ardoise)
    try Data(content.utf8).write(to: URL(fileURLWithPath: path(ardoise, "FORMAT")))
    let list = try ardoise.run(["list"])
    #expect(list.status != 0)
    // Only a well-formed higher number is a newer ardoise's; garbage is damaged.
    let isNewer = content.hasPrefix("ardoise-store 9")
    #expect(list.stderr.contains("was written by a newer ardoise") == isNewer, "\(list.stderr)")
    #expect(list.stderr.contains("FORMAT is damaged: “\(content.dropLast())” is not a valid ardoise format") == !isNewer, "\(list.stderr)")
    #expect(list.stderr.split(separator: "\n").count == 1, "\(list.stderr)")
    let check = try ardoise.run(["check"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("FORMAT: "), "\(check.stdout)")
  }

  @Test func aWideOpenDataDirectoryIsTightenedWithANotice() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    _ = try sound(ardoise)
    chmod(ardoise.dataDirectory.path, 0o777)
    let list = try ardoise.run(["list"])
    #expect(list.status == 0)
    #expect(list.stderr.contains("mode 777") && list.stderr.contains("set to 0700"), "\(list.stderr)")
    var info = stat()
    #expect(stat(ardoise.dataDirectory.path, &info) == 0 && info.st_mode & 0o777 == 0o700)
  }
}
