import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise legal`: the legal facts ardoise uses for the restaurant's jurisdiction, with sources.
  struct Legal: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Lister les règles de droit qu’ardoise applique selon le droit du restaurant, avec leurs sources.", "List the legal facts ardoise applies for the restaurant's jurisdiction, with their sources.").inCommandLanguage,
      discussion: LocalizedText("""
        Le droit suit restaurant.jurisdiction (fr ou gb-eng), jamais la langue. Chaque règle a un identifiant, \
        son texte, sa source et le jour de sa dernière vérification. `ardoise legal interest ID` montre les \
        intérêts légaux d’un dossier, semestre par semestre (France).
        """, """
        The law follows restaurant.jurisdiction (fr or gb-eng), never the language. Each fact has an id, \
        its text, its source and the day it was last checked. `ardoise legal interest ID` shows the legal \
        interest of a case, half-year by half-year (France).
        """).inCommandLanguage,
      subcommands: [ListFacts.self, Interest.self],
      defaultSubcommand: ListFacts.self)
  }
}
