import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise.Group {
  /// `ardoise group [list]`.
  struct ListSites: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: LocalizedText("Lister les sites enregistrés.", "List the registered sites.").inCommandLanguage)
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let group = try Ardoise.Group.load(context.directory, language: language)
      guard !group.sites.isEmpty else {
        Console.print(LocalizedText("Aucun autre site. Pour en ajouter un : ardoise group add NOM DOSSIER",
                        "No other site. To add one: ardoise group add NAME DIR")(language))
        return
      }
      var rows = [[LocalizedText("Site", "Site")(language), LocalizedText("Dossier de données", "Data directory")(language), LocalizedText("Dossiers", "Cases")(language)]]
      for site in group.sites {
        // An unreadable folder counts no case; list --group says more about it.
        let logs = ((try? FileManager.default.contentsOfDirectory(atPath: site.directory.casesPath)) ?? []).filter { $0.hasSuffix(".jsonl") }
        let count = site.directory.isInitialized ? String(logs.count) : LocalizedText("introuvable", "not found")(language)
        rows.append([site.name, site.directory.path, count])
      }
      Console.print(Output.table(rows))
    }
  }
}
