import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise group`: the other sites this machine can read, for the screen and `list`, `stats`
  /// and `agenda` with `--group`.
  struct Group: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "group",
      abstract: LocalizedText("Enregistrer les dossiers de données des autres sites (copies tenues à jour par ardoise sync) pour ardoise --group, list --group, stats --group et agenda --group.", "Register other sites' data directories (clones kept up to date by ardoise sync) for ardoise --group, list --group, stats --group and agenda --group.").inCommandLanguage,
      subcommands: [Add.self, ListSites.self, Remove.self],
      defaultSubcommand: ListSites.self)

    static func load(_ directory: DataDirectory, language: Language) throws -> SiteGroup {
      do { return try SiteGroup.load(from: directory) } catch let error as SiteGroupError {
        throw Console.reportFailure(error.message(language))
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(language))
      }
    }

    /// Loads the group, applies `change`, saves, and prints what it says.
    static func change(_ global: GlobalOptions, _ change: (inout SiteGroup, Language) throws -> String) throws {
      let context = try CommandContext(global)
      let language = context.language
      var group = try load(context.directory, language: language)
      do {
        let message = try change(&group, language)
        try context.prepareDataDirectory()
        try group.save(to: context.directory)
        Console.print(message)
      } catch let error as SiteGroupError {
        throw Console.reportFailure(error.message(language))
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(language))
      }
    }
  }
}
