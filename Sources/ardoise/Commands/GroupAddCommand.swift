import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise.Group {
  /// `ardoise group add NAME DIR`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Enregistrer un site : un nom et son dossier de données.", "Register a site: a name and its data directory.").inCommandLanguage)
    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Le nom du site (lettres, chiffres, - et _).", "The site's name (letters, digits, - and _)."), valueName: ValueName.name)) var name: String
    @Argument(help: .localized(LocalizedText("Son dossier de données sur cette machine.", "Its data directory on this machine."), valueName: ValueName.path)) var path: String

    func run() throws {
      try Ardoise.Group.change(global) { group, language in
        let environment = ProcessInfo.processInfo.environment
        try group.add(name: name, directory: DataDirectory.resolve(flag: path, environment: environment))
        return LocalizedText("Site « \(name) » ajouté.", "Site “\(name)” added.")(language)
      }
    }
  }
}
