import ArdoiseCore
import ArgumentParser
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: .localized(LocalizedText("Dossier de données (sinon ARDOISE_DATA_DIR, XDG_DATA_HOME/ardoise, ~/.local/share/ardoise).", "Data directory (else ARDOISE_DATA_DIR, XDG_DATA_HOME/ardoise, ~/.local/share/ardoise)."), valueName: ValueName.dataDirectory))
  var dataDir: String?

  @Option(name: .long, help: .localized(LocalizedText("Langue : fr ou en (sinon la configuration, sinon la locale).", "Language: fr or en (else the config, else the locale)."), valueName: ValueName.language))
  var lang: String?

  /// Refuses an unknown `--lang` with one line on stderr (a `ValidationError` would add the usage).
  func validate() throws {
    if let lang, Language(argument: lang) == nil {
      throw Console.reportFailure(LocalizedText("--lang : « \(lang) » n’est pas une langue ; indiquez fr ou en", "--lang: “\(lang)” is not a language; use fr or en").inCommandLanguage)
    }
  }

  var languageFlag: Language? { lang.flatMap(Language.init(argument:)) }
}
