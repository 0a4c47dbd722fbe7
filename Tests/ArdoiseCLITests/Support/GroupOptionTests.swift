import Foundation
import Testing

/// `--group` is an option of the root command (the screen over every site), shared with `list`,
/// `stats` and `agenda`: `--help` and completion show it, and each of those commands still gets it.
@Suite struct GroupOptionTests {
  @Test func theRootHelpListsGroupInBothLanguages() throws {
    let ardoise = try ArdoiseProcess()
    let english = try ardoise.run(["--lang", "en", "--help"]).stdout
    #expect(english.contains("[--group] <subcommand>"))
    #expect(english.contains("  --group                 Every site of the group (see `ardoise group`): with\n"))
    let french = try ardoise.run(["--lang", "fr", "--help"]).stdout
    #expect(french.contains("  --group                 Tous les sites du groupe (voir `ardoise group`)\u{202F}:\n"))
  }

  /// The bash completion offers `--group` at the root, as for `list`, `stats` and `agenda`.
  @Test func completionOffersGroupAtTheRoot() throws {
    let script = try ArdoiseProcess().run(["--generate-completion-script", "bash"]).stdout
    #expect(script.contains("non_repeating_flags=(--no-color --group --version -h --help)"))
    #expect(script.contains("non_repeating_flags=(--all --closed --due --json --group --version -h --help)"))
  }

  /// The root reads `--group` wherever it is; `list`, `stats` and `agenda` still receive it
  /// (`agenda --site` needs it), and a command that does not take it refuses it.
  @Test func theCommandsThatTakeGroupStillGetIt() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["new", "--amount", "40", "--table", "T1"])
    #expect(try ardoise.succeed(["list", "--group"]).hasPrefix("Site "))
    #expect(try ardoise.succeed(["stats", "--group"]).contains("Group: 1 sites"))
    #expect(try ardoise.run(["agenda", "--group", "--site", "nowhere"]).stderr == "ardoise: no site “nowhere” (ardoise group list)\n")
    let refused = try ardoise.run(["check", "--group"])
    #expect(refused.status == 64)
    #expect(refused.stderr == "ardoise: --group goes with list, stats, agenda, or no command (the screen) (see --help)\n")
    #expect(try ardoise.run(["group", "list", "--group"]).status == 64)
  }
}
