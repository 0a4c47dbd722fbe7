import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise group`: the other sites this machine can read, for `list --group` and `stats --group`.
  struct Group: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "group",
      abstract: "Register other sites' data directories (clones kept up to date by ardoise sync) for list --group and stats --group.",
      subcommands: [Add.self, ListSites.self, Remove.self],
      defaultSubcommand: ListSites.self)

    struct Add: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Register a site: a name and its data directory.")
      @OptionGroup var global: GlobalOptions
      @Argument(help: "The site's name (letters, digits, - and _).") var name: String
      @Argument(help: "Its data directory on this machine.") var path: String

      func run() throws {
        try Group.change(global) { group, language in
          let environment = ProcessInfo.processInfo.environment
          try group.add(name: name, directory: DataDirectory.resolve(flag: path, environment: environment))
          return L("Site « \(name) » ajouté.", "Site “\(name)” added.")(language)
        }
      }
    }

    struct Remove: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Forget a site (its data is not touched).")
      @OptionGroup var global: GlobalOptions
      @Argument(help: "The site's name.") var name: String

      func run() throws {
        try Group.change(global) { group, language in
          try group.remove(name: name)
          return L("Site « \(name) » retiré (ses données restent où elles sont).", "Site “\(name)” removed (its data stays where it is).")(language)
        }
      }
    }

    struct ListSites: ParsableCommand {
      static let configuration = CommandConfiguration(commandName: "list", abstract: "List the registered sites.")
      @OptionGroup var global: GlobalOptions

      func run() throws {
        let context = try CommandContext(global)
        let language = context.language
        let group = try Group.load(context.directory, language: language)
        guard !group.sites.isEmpty else {
          Console.print(L("Aucun autre site. Pour en ajouter un : ardoise group add NOM DOSSIER",
                          "No other site. To add one: ardoise group add NAME DIR")(language))
          return
        }
        var rows = [[L("Site", "Site")(language), L("Dossier de données", "Data directory")(language), L("Dossiers", "Cases")(language)]]
        for site in group.sites {
          // An unreadable folder counts no case; list --group says more about it.
          let logs = ((try? FileManager.default.contentsOfDirectory(atPath: site.directory.casesPath)) ?? []).filter { $0.hasSuffix(".jsonl") }
          let count = site.directory.isInitialized ? String(logs.count) : L("introuvable", "not found")(language)
          rows.append([site.name, site.directory.path, count])
        }
        Console.print(Output.table(rows))
      }
    }

    static func load(_ directory: DataDirectory, language: Language) throws -> SiteGroup {
      do { return try SiteGroup.load(from: directory) } catch let error as SiteGroupError {
        throw Console.failure(error.message(language))
      } catch let error as StoreError {
        throw Console.failure(error.message(language))
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
        throw Console.failure(error.message(language))
      } catch let error as StoreError {
        throw Console.failure(error.message(language))
      }
    }
  }
}
