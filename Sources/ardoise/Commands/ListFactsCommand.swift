import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise legal [list] [--json]`.
  struct ListFacts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: LocalizedText("Chaque règle : identifiant, texte, source, date de vérification.", "Every fact: id, text, source, checked.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Flag(help: .localized(LocalizedText("Sortie en JSON.", "Output JSON."))) var json = false

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let jurisdiction = context.config.jurisdiction
      let facts = LegalRegistry.facts(for: jurisdiction)
      if json {
        let objects: [[String: Any]] = facts.map { fact in
          ["id": fact.id, "name": fact.name(language), "text": fact.text(language), "source": fact.source.reference,
           "url": fact.source.url ?? NSNull(), "official": fact.source.official ?? NSNull(), "checked": fact.checked.description]
        }
        Console.print(Output.json(["jurisdiction": jurisdiction.code, "facts": objects]))
        return
      }
      if let notice = jurisdiction.unsupportedNotice {
        Console.print(notice(language))
        return
      }
      var lines = [LocalizedText("Droit applicable : ", "Law that applies: ")(language) + jurisdiction.name(language) + " (restaurant.jurisdiction = \(jurisdiction.code))"]
      for fact in facts {
        lines.append("")
        lines.append(fact.id + " — " + fact.name(language))
        lines.append("  " + fact.text(language))
        // A reference is one text for both languages: set in French typography when read in French.
        let source = language == .french ? fact.source.description.frenchTypography : fact.source.description
        lines.append("  " + LocalizedText("Source : ", "Source: ")(language) + source)
        lines.append("  " + LocalizedText("Vérifié le ", "Checked on ")(language) + fact.checked.description)
      }
      Console.print(lines.joined(separator: "\n"))
    }
  }
}
