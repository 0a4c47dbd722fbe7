import Foundation
import Testing

/// The commands' own refusals of their arguments (`validate()`) follow the command line's
/// language, as the parser's usage errors do: one line, in French with `--lang fr`.
@Suite struct ValidationErrorLocalizedTests {
  @Test func planRefusesItsArgumentsInTheCommandLanguage() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80"])
    let french = try ardoise.run(["plan", id, "--lang", "fr"])
    #expect(french.status == 64)
    #expect(french.stderr == "ardoise: donnez --parts N et --first JOUR, ou --days, ou --cancel (voir --help)\n", "\(french.stderr)")
    let byLocale = try ardoise.run(["plan", id, "--cancel", "--parts", "2"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(byLocale.stderr == "ardoise: --cancel va seul (avec --note) (voir --help)\n", "\(byLocale.stderr)")
    let days = try ardoise.run(["plan", id, "--days", "2099-01-05", "--first", "2099-01-05", "--lang", "fr"])
    #expect(days.stderr == "ardoise: --days remplace --parts et --first (voir --help)\n", "\(days.stderr)")
    let rhythm = try ardoise.run(["plan", id, "--days", "2099-01-05", "--every", "week", "--lang", "fr"])
    #expect(rhythm.status == 64)
    #expect(rhythm.stderr == "ardoise: --every ne va pas avec --days\u{202F}: les échéances sont les jours donnés (voir --help)\n", "\(rhythm.stderr)")
    let english = try ardoise.run(["plan", id, "--lang", "en"])
    #expect(english.stderr == "ardoise: give --parts N and --first DAY, or --days, or --cancel (see --help)\n", "\(english.stderr)")
  }

  /// Every command with a `validate()`: in French, none of its refusals is the English text.
  @Test func everyCommandsRefusalIsInFrenchWhenTheLanguageIsFrench() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80"])
    let refusals: [([String], String)] = [
      (["identify", id, "--business", "--consumer"], "--business, --non-trader et --consumer s’excluent mutuellement"),
      (["sync", "--status", "--resolve", "ours"], "choisissez une seule de ces options\u{202F}: --init, --clone, --status, --resolve"),
      (["sync", "--resolve", "ours"], "--resolve demande le FICHIER à trancher, par exemple config.toml"),
      (["sync", "config.toml"], "un CHEMIN ne va qu’avec --resolve ou --clone"),
      (["stats", "--months", "0"], "--months doit être entre 1 et 60"),
      (["agenda", "--days", "9999"], "--days doit être entre 0 et 3660"),
      (["agenda", "--out", "x.ics"], "--out ne va qu’avec --ics"),
      (["agenda", "--with-personal-data"], "--with-personal-data ne va qu’avec --ics"),
      (["agenda", "--group", "--ics"], "--group ne va pas avec --ics (écrivez le calendrier de chaque site depuis son propre dossier de données)"),
      (["agenda", "--site", "Lyon"], "--site ne va qu’avec --group"),
      (["list", "--all", "--due"], "--all, --closed et --due ne vont pas ensemble"),
      (["demo", "--count", "0"], "--count doit être entre 1 et 20000"),
    ]
    for (arguments, french) in refusals {
      let result = try ardoise.run(arguments + ["--lang", "fr"])
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr == "ardoise: \(french) (voir --help)\n", "\(arguments): \(result.stderr)")
    }
  }
}
