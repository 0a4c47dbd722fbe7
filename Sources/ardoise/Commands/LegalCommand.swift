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

  /// `ardoise legal [list] [--json]`.
  struct ListFacts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every fact: id, text, source, checked.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Output JSON.") var json = false

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
      var lines = [L("Droit applicable : ", "Law that applies: ")(language) + jurisdiction.name(language) + " (restaurant.jurisdiction = \(jurisdiction.code))"]
      for fact in facts {
        lines.append("")
        lines.append(fact.id + " — " + fact.name(language))
        lines.append("  " + fact.text(language))
        lines.append("  " + L("Source : ", "Source: ")(language) + fact.source.description)
        lines.append("  " + L("Vérifié le ", "Checked on ")(language) + fact.checked.description)
      }
      Console.print(lines.joined(separator: "\n"))
    }
  }

  /// `ardoise legal interest ID [--until DAY] [--json]`.
  struct Interest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Legal interest owed on a case since its formal demand, half-year by half-year (France).",
      discussion: """
        Interest runs from the day of the first formal demand (counted) to --until (not counted; default today), \
        on what was still owed each day, at the arrêté's rate for "all other cases" (a restaurant is a professional \
        creditor). After the last half-year ardoise has a source for, recovery.interest_rate is used if set; \
        otherwise the period shows no rate and the total is marked incomplete.
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "Last day, not counted: YYYY-MM-DD, DD/MM or +3 (default: today).") var until: String?
    @Flag(help: "Output JSON (amounts and rates as decimal strings).") var json = false

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let caseID = try context.resolve(id)
      guard let stored = context.store.incident(caseID) else { throw Console.failure(StoreError.notFound(id).message(language)) }
      guard context.config.jurisdiction == .france else {
        throw Console.failure(L("ardoise n’a de règle d’intérêt légal que pour la France (restaurant.jurisdiction = fr) ; aucune source pour « \(context.config.jurisdiction.code) »",
                                "ardoise has a legal interest rule for France only (restaurant.jurisdiction = fr); no source for “\(context.config.jurisdiction.code)”")(language))
      }
      let incident = stored.incident
      guard let demand = incident.legal.filter({ $0.action == .formalDemand }).map(\.day).min() else {
        throw Console.failure(L("aucune mise en demeure enregistrée : les intérêts courent à compter de celle-ci (ardoise step \(caseID) authorities --outcome demand-sent --day JOUR)",
                                "no formal demand recorded: interest runs from it (ardoise step \(caseID) authorities --outcome demand-sent --day DAY)")(language))
      }
      let end = try until.map { try context.day($0, option: "--until") } ?? context.today
      let fallback = context.config.interestRate.flatMap(LegalInterest.parseRate)
      let computation = LegalInterest.computation(on: incident, from: demand, to: end, fallbackRate: fallback)
      if json {
        let periods: [[String: Any]] = computation.periods.map { period in
          ["from": period.from.description, "to": period.to.description, "days": period.days, "base": period.base.decimalString,
           "rate": period.rate.map(LegalInterest.rateDecimal) ?? NSNull(), "amount": period.amount?.decimalString ?? NSNull(),
           "source": period.rateSource ?? NSNull()]
        }
        Console.print(Output.json([
          "case": caseID.rawValue, "currency": incident.currency.code, "from": demand.description, "until": end.description,
          "periods": periods, "total": computation.total.decimalString, "complete": !computation.isMissingRate,
        ]))
        return
      }
      var rows: [[String]] = [L("du|au|jours|base|taux|intérêts|source", "from|to|days|base|rate|interest|source")(language)
        .split(separator: "|").map(String.init)]
      for period in computation.periods {
        rows.append([period.from.description, period.to.description, String(period.days), period.base.formatted(language),
                     period.rate.map { LegalInterest.rateText($0, language) + (language == .french ? " %" : "%") } ?? L("inconnu", "unknown")(language),
                     period.amount?.formatted(language) ?? "–", period.rateSource ?? L("aucune (recovery.interest_rate non défini)", "none (recovery.interest_rate unset)")(language)])
      }
      var text = Output.table(rows)
      text += "\n" + L("Total : ", "Total: ")(language) + computation.total.formatted(language)
      if computation.isMissingRate {
        text += L(" (incomplet : taux manquant pour une période ; ardoise config set recovery.interest_rate …)",
                  " (incomplete: a period has no rate; ardoise config set recovery.interest_rate …)")(language)
      }
      Console.print(text)
    }
  }
}
