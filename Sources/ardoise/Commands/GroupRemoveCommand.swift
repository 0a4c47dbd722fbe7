import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise.Group {
  /// `ardoise group remove NAME`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Oublier un site (ses données ne sont pas touchées).", "Forget a site (its data is not touched).").inCommandLanguage)
    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Le nom du site.", "The site's name."), valueName: ValueName.name)) var name: String

    func run() throws {
      try Ardoise.Group.change(global) { group, language in
        try group.remove(name: name)
        return LocalizedText("Site « \(name) » retiré (ses données restent où elles sont).", "Site “\(name)” removed (its data stays where it is).")(language)
      }
    }
  }
}
