import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise legal`: the legal facts ardoise uses for the restaurant's jurisdiction, with sources.
  struct Legal: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the legal facts ardoise applies for the restaurant's jurisdiction, with their sources.",
      discussion: """
        The law follows restaurant.jurisdiction (fr or gb-eng), never the language. Each fact has an id, \
        its text, its source and the day it was last checked. `ardoise legal interest ID` shows the legal \
        interest of a case, half-year by half-year (France).
        """,
      subcommands: [ListFacts.self, Interest.self],
      defaultSubcommand: ListFacts.self)
  }
}
