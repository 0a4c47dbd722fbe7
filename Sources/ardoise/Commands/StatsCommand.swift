import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise stats`: the figures that prevent the next walkout, and the advice drawn from them.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Afficher les chiffres : sommes perdues et recouvrées, taux de recouvrement, quand et où ont lieu les grivèleries, et les conseils qui en découlent.", "Show the figures: money lost and recovered, recovery rate, when and where walkouts happen, and advice drawn from them.").inCommandLanguage,
      discussion: LocalizedText("""
        Les conseils sont tirés de vos propres dossiers, chacun avec les chiffres qui le fondent et la règle qui \
        l’a produit ; en dessous de stats.advice_min_cases dossiers (10 par défaut), ils disent que les données \
        ne suffisent pas. La perte en part du chiffre d’affaires demande --takings, ou stats.monthly_takings dans \
        les réglages. Les chiffres servent à prévenir et à former, jamais à sanctionner un serveur.
        """, """
        Advice is computed from your own cases, each with the figures behind it and the rule that produced it; \
        below stats.advice_min_cases cases (10 by default) it says there is not enough data. The loss as a \
        share of takings needs --takings, or stats.monthly_takings in the settings. Figures are to prevent \
        and to train, never to sanction a server.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(LocalizedText("Nombre de mois du détail mensuel (sans --from).", "Months in the monthly breakdown (without --from)."), valueName: ValueName.months)) var months: Int = 6
    @Option(help: .localized(LocalizedText("Premier jour de la période (2026-09-01, 01/09/2026…).", "First day of the period (2026-09-01, 01/09/2026…)."), valueName: ValueName.day("from"))) var from: String?
    @Option(help: .localized(LocalizedText("Dernier jour de la période (par défaut : aujourd’hui).", "Last day of the period (default: today)."), valueName: ValueName.day("to"))) var to: String?
    @Option(help: .localized(LocalizedText("Le chiffre d’affaires de la période, pour montrer la perte en part de celui-ci.", "The takings of the period, to show the loss as a share of them."), valueName: ValueName.takings)) var takings: String?
    @Option(help: .localized(LocalizedText("Premier jour d’une seconde période à comparer.", "First day of a second period to compare with."), valueName: ValueName.day("compare-from"))) var compareFrom: String?
    @Option(help: .localized(LocalizedText("Dernier jour de la seconde période.", "Last day of the second period."), valueName: ValueName.day("compare-to"))) var compareTo: String?
    @Flag(help: .localized(LocalizedText("Sortie en JSON.", "Output JSON."))) var json = false
    @OptionGroup var groupOption: GroupOption
    /// `--group`: every site of the group.
    var group: Bool { groupOption.group }

    func validate() throws {
      guard (1...60).contains(months) else { throw ValidationError(LocalizedText("--months doit être entre 1 et 60", "--months must be between 1 and 60")) }
    }

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let period = StatisticsPeriod(from: try from.map { try context.day($0, option: "--from") },
                                    to: try to.map { try context.day($0, option: "--to") })
      if let start = period.from, let end = period.to, end < start {
        throw Console.reportFailure(LocalizedText("--to est avant --from", "--to is before --from")(language))
      }
      if group { return try GroupViews.stats(context, months: months, period: period, json: json) }
      let takingsAmount = try takings.map { try context.money($0, option: "--takings") }
      // A case that cannot be read is not counted: the figures say so, on stderr, as `list` does.
      if let notice = context.store.damagedCasesNotice { Console.warn(notice(language)) }
      // Read once (every case in full) for both periods.
      let measures = context.store.measuresTaken()
      let main = figures(period, context: context, takings: takingsAmount, monthCount: period.from == nil ? months : nil, measures: measures)
      var comparison: PeriodFigures?
      if compareFrom != nil || compareTo != nil {
        let other = StatisticsPeriod(from: try compareFrom.map { try context.day($0, option: "--compare-from") },
                                     to: try compareTo.map { try context.day($0, option: "--compare-to") })
        comparison = figures(other, context: context, takings: nil, monthCount: nil, measures: measures)
      }
      if json {
        var object = main.json
        object["compare"] = comparison.map { $0.json } ?? NSNull()
        Console.print(Output.json(object))
        return
      }
      Console.print(LocalizedText("Période\u{202F}: ", "Period: ")(language) + StatisticsPeriod.label(from: main.from, to: main.to, language))
      for line in main.statistics.report(language, jurisdiction: context.config.jurisdiction) { Console.print(line) }
      if let share = main.lossShare { Console.print(share.text(language)) }
      Console.print(main.measures.line(language))
      Console.print("")
      Console.print(LocalizedText("Conseils tirés de vos dossiers", "Advice drawn from your cases")(language))
      for line in main.advice.lines(language) { Console.print(line) }
      if let comparison {
        Console.print("")
        for line in comparisonLines(main, comparison, language) { Console.print(line) }
      }
    }

    /// The figures of one period.
    struct PeriodFigures {
      var from: CalendarDay
      var to: CalendarDay
      var statistics: WalkoutStatistics
      var lossShare: LossShare?
      var advice: PreventionAdviceResult
      /// The prevention measures recorded in the period.
      var measures: MeasureTally

      var json: [String: Any] {
        var adviceObject: [String: Any]
        switch advice {
        case .notEnoughData(let cases, let needed): adviceObject = ["status": "not-enough-data", "cases": cases, "needed": needed]
        case .noPattern(let cases): adviceObject = ["status": "no-pattern", "cases": cases]
        case .advice(let items):
          adviceObject = ["status": "advice", "items": items.map {
            ["rule": $0.rule.rawValue, "advice": $0.advice(.english), "figures": $0.figures(.english), "ruleText": $0.ruleText(.english)]
          }]
        }
        let share: Any = lossShare.map {
          ["lost": $0.lost.decimalString, "takings": $0.takings.decimalString, "share": $0.share, "estimated": $0.isEstimated] as [String: Any]
        } ?? NSNull()
        var object = Stats.json(statistics, measures: measures)
        object["from"] = from.description
        object["to"] = to.description
        object["lossShare"] = share
        object["advice"] = adviceObject
        return object
      }
    }

    /// The figures and the measures taken as JSON (for a period, a site or a group's sites combined).
    static func json(_ statistics: WalkoutStatistics, measures: MeasureTally) -> [String: Any] {
      let months = statistics.months.map {
        ["month": $0.month, "count": $0.count, "owed": $0.owed.decimalString, "recovered": $0.recovered.decimalString] as [String: Any]
      }
      return [
        "currency": statistics.currency.code,
        "count": statistics.count, "open": statistics.openCount,
        "owed": statistics.owed.decimalString, "recovered": statistics.recovered.decimalString,
        "outstanding": statistics.outstanding.decimalString, "writtenOff": statistics.writtenOff.decimalString,
        "recoveryRateByValue": statistics.recoveryRateByValue, "recoveryRateByCount": statistics.recoveryRateByCount,
        "months": months, "heatMap": statistics.heatMap.counts,
        "measures": ["total": measures.total,
                     "byKind": Dictionary(uniqueKeysWithValues: measures.byKind.map { ($0.kind.rawValue, $0.count) })] as [String: Any],
      ]
    }

    func figures(_ period: StatisticsPeriod, context: CommandContext, takings: Money?, monthCount: Int?, measures: [MeasureEntry]) -> PeriodFigures {
      let chosen = period.filter(context.store.summaries)
      let bounds = period.closed(over: chosen, today: context.today)
      let span = monthCount ?? min(60, StatisticsPeriod.monthSpan(from: bounds.from, to: bounds.to))
      let statistics = WalkoutStatistics(chosen, currency: context.config.currency, monthCount: span, today: bounds.to)
      let days = bounds.from.days(until: bounds.to) + 1
      let share = LossShare(statistics, takings: takings, monthlyTakings: context.config.monthlyTakingsAmount, days: days)
      let advice = PreventionAdvisor(minimumCases: context.config.adviceMinimumCases).advise(context.store.adviceCases(in: period))
      let tally = MeasureTally(measures, in: StatisticsPeriod(from: bounds.from, to: bounds.to))
      return PeriodFigures(from: bounds.from, to: bounds.to, statistics: statistics,
                           lossShare: share, advice: advice, measures: tally)
    }

    /// The key figures of both periods side by side.
    func comparisonLines(_ main: PeriodFigures, _ other: PeriodFigures, _ language: Language) -> [String] {
      let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
      func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + localized("\u{202F}%", "%") }
      func row(_ label: String, _ first: String, _ second: String) -> [String] { [label, first, second] }
      var rows: [[String]] = [
        row("", StatisticsPeriod.label(from: main.from, to: main.to, language), StatisticsPeriod.label(from: other.from, to: other.to, language)),
        row(localized("Départs sans payer", "Walkouts"), String(main.statistics.count), String(other.statistics.count)),
        row(localized("Montant des notes", "Bills left unpaid"), main.statistics.owed.formatted(language), other.statistics.owed.formatted(language)),
        row(localized("Récupéré (part en valeur)", "Recovered (share by value)"),
            main.statistics.recovered.formatted(language) + " (" + percent(main.statistics.recoveryRateByValue) + ")",
            other.statistics.recovered.formatted(language) + " (" + percent(other.statistics.recoveryRateByValue) + ")"),
        row(localized("Perdu ou encore dû", "Lost or still owed"), (main.statistics.outstanding + main.statistics.writtenOff).formatted(language),
            (other.statistics.outstanding + other.statistics.writtenOff).formatted(language)),
      ]
      rows.append(row(localized("Mesures de prévention prises", "Measures taken"), String(main.measures.total), String(other.measures.total)))
      if main.lossShare != nil || other.lossShare != nil {
        rows.append(row(localized("Part du chiffre d’affaires", "Share of takings"), main.lossShare.map { $0.shareText(language) } ?? "–",
                        other.lossShare.map { $0.shareText(language) } ?? "–"))
      }
      return [localized("Comparaison des deux périodes", "The two periods compared")] + Output.table(rows).split(separator: "\n").map { "  " + $0 }
    }
  }
}
