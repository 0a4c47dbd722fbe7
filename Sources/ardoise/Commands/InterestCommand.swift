import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise legal interest ID [--until DAY] [--json]`.
  struct Interest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Intérêts légaux dus sur un dossier depuis sa mise en demeure, semestre par semestre (France).", "Legal interest owed on a case since its formal demand, half-year by half-year (France).").inCommandLanguage,
      discussion: LocalizedText("""
        Les intérêts courent du jour de la première mise en demeure (compté) jusqu’à --until (non compté ; par \
        défaut aujourd’hui), sur ce qui restait dû chaque jour, au taux de l’arrêté pour « tous les autres cas » \
        (un restaurant est un créancier professionnel). Après le dernier semestre dont ardoise a la source, \
        recovery.interest_rate s’applique s’il est réglé ; sinon la période n’a pas de taux et le total est \
        signalé incomplet. Avant le premier semestre connu, aucun taux n’est appliqué.
        """, """
        Interest runs from the day of the first formal demand (counted) to --until (not counted; default today), \
        on what was still owed each day, at the arrêté's rate for "all other cases" (a restaurant is a professional \
        creditor). After the last half-year ardoise has a source for, recovery.interest_rate is used if set; \
        otherwise the period shows no rate and the total is marked incomplete. Before the first known half-year, \
        no rate is applied.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(help: .localized(LocalizedText("Dernier jour, non compté : AAAA-MM-JJ, JJ/MM ou +3 (par défaut : aujourd’hui).", "Last day, not counted: YYYY-MM-DD, DD/MM or +3 (default: today)."), valueName: ValueName.day("until"))) var until: String?
    @Flag(help: .localized(LocalizedText("Sortie en JSON (montants et taux en chaînes décimales).", "Output JSON (amounts and rates as decimal strings)."))) var json = false

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let caseID = try context.resolve(id)
      guard let stored = context.store.incident(caseID) else { throw Console.reportFailure(StoreError.notFound(id).message(language)) }
      guard context.config.jurisdiction == .france else {
        throw Console.reportFailure(LocalizedText("ardoise n’a de règle d’intérêt légal que pour la France (restaurant.jurisdiction = fr) ; aucune source pour « \(context.config.jurisdiction.code) »",
                                "ardoise has a legal interest rule for France only (restaurant.jurisdiction = fr); no source for “\(context.config.jurisdiction.code)”")(language))
      }
      let incident = stored.incident
      guard let demand = incident.legal.filter({ $0.action == .formalDemand }).map(\.day).min() else {
        throw Console.reportFailure(LocalizedText("aucune mise en demeure enregistrée : les intérêts courent à compter de celle-ci (ardoise step \(caseID) authorities --outcome demand-sent --day JOUR)",
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
      var rows: [[String]] = [LocalizedText("du|au|jours|base|taux|intérêts|source", "from|to|days|base|rate|interest|source")(language)
        .split(separator: "|").map(String.init)]
      for period in computation.periods {
        rows.append([period.from.description, period.to.description, String(period.days), period.base.formatted(language),
                     period.rate.map { LegalInterest.rateText($0, language) + LocalizedText(" %", "%")(language) } ?? LocalizedText("inconnu", "unknown")(language),
                     period.amount?.formatted(language) ?? "–", period.rateSource ?? LocalizedText("aucune (recovery.interest_rate non défini)", "none (recovery.interest_rate unset)")(language)])
      }
      var text = Output.table(rows)
      text += "\n" + LocalizedText("Total : ", "Total: ")(language) + computation.total.formatted(language)
      if computation.isMissingRate {
        text += LocalizedText(" (incomplet : taux manquant pour une période ; ardoise config set recovery.interest_rate …)",
                  " (incomplete: a period has no rate; ardoise config set recovery.interest_rate …)")(language)
      }
      Console.print(text)
    }
  }
}
