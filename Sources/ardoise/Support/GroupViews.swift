import ArdoiseCore
import ArdoiseUI
import Foundation

/// `list --group` and `stats --group`: this site and the sites of `ardoise group`, read-only,
/// with a site column, figures per site and combined.
enum GroupViews {
  struct Site {
    var name: String
    var store: Store
  }

  /// This site first (named after the restaurant, else its folder), then the registered ones in
  /// their order. A registered site that cannot be read is reported (`warn`: on stderr) and left out.
  static func sites(_ context: CommandContext, warn: (String) -> Void = Console.warn) throws -> [Site] {
    let language = context.language
    var sites = [Site(name: hereName(context), store: context.store)]
    for site in try Ardoise.Group.load(context.directory, language: language).sites {
      guard site.directory.isInitialized else {
        warn(LocalizedText("site « \(site.name) » : \(site.directory.path) introuvable, laissé de côté",
                       "site “\(site.name)”: \(site.directory.path) not found, left out")(language))
        continue
      }
      do {
        // Read-only: nothing is created, repaired or cached in another site's folder.
        let store = try Store(directory: site.directory, actor: context.store.actor, preparing: false)
        if let notice = store.damagedCasesNotice { warn(site.name + LocalizedText(" : ", ": ")(language) + notice(language)) }
        sites.append(Site(name: site.name, store: store))
      } catch let error as StoreError {
        warn(site.name + LocalizedText(" : ", ": ")(language) + error.message(language))
      }
    }
    return sites
  }

  /// This site's name: its restaurant's, else its folder's.
  static func hereName(_ context: CommandContext) -> String {
    context.config.restaurantName ?? (context.directory.path as NSString).lastPathComponent
  }

  /// The other sites for the screen (`ardoise --group`), each with its own law's clocks for the
  /// agenda (this site's settings when its `config.toml` cannot be read in full, said by `warn`).
  static func otherSites(_ context: CommandContext, warn: (String) -> Void) throws -> [OtherSite] {
    let language = context.language
    return try sites(context, warn: warn).dropFirst().map { site in
      let loaded = Config.load(from: site.store.directory)
      if !loaded.errors.isEmpty {
        warn(site.name + LocalizedText("\u{202F}: config.toml illisible, réglages de ce site utilisés", ": config.toml unreadable, this site’s settings used")(language))
      }
      let config = loaded.errors.isEmpty ? loaded.config : context.config
      return OtherSite(name: site.name, store: site.store, agendaRules: AgendaRules(clocks: AgendaClocks(config: config)),
                       jurisdiction: loaded.errors.isEmpty ? loaded.config.jurisdiction : nil)
    }
  }

  /// The cases of every site that `includes` keeps: open first, newest first, with a site column.
  static func list(_ context: CommandContext, json: Bool, includes: (IncidentSummary) -> Bool) throws {
    let language = context.language
    var rows: [(site: String, summary: IncidentSummary, store: Store)] = []
    for site in try sites(context) {
      for summary in site.store.summaries where includes(summary) { rows.append((site.name, summary, site.store)) }
    }
    rows.sort { lhs, rhs in
      if lhs.summary.isOpen != rhs.summary.isOpen { return lhs.summary.isOpen }
      return (lhs.summary.occurredAt, lhs.summary.id, lhs.site) > (rhs.summary.occurredAt, rhs.summary.id, rhs.site)
    }
    if json {
      // As `list --json` writes them, one case per line, each with its site.
      let cases = rows.compactMap { row in row.store.incident(row.summary.id).map { (stored: $0, site: row.site) } }
      CaseJSON.printArray(cases, playbook: context.playbook, today: context.today)
      return
    }
    guard !rows.isEmpty else {
      Console.print(LocalizedText("Aucun dossier sur les sites du groupe.", "No cases at the group's sites.")(language))
      return
    }
    var table = [[
      LocalizedText("Site", "Site")(language), "ID", LocalizedText("Date", "Date")(language), LocalizedText("Table", "Table")(language), LocalizedText("Montant", "Amount")(language),
      LocalizedText("Reste dû", "Outstanding")(language), LocalizedText("Étape", "Step")(language), LocalizedText("Statut", "Status")(language),
    ]]
    for row in rows {
      let summary = row.summary
      table.append([
        row.site, summary.id.rawValue + (summary.isReadOnly ? " !" : ""), summary.occurredAt.formatted(language), summary.table ?? "",
        summary.amount.formatted(language), summary.outstanding.formatted(language),
        summary.stepSummary(in: context.playbook, language: language), summary.statusLabel(language),
      ])
    }
    Console.print(Output.table(table))
  }

  /// The figures of every site combined, then one line per site; with `json`, an object with the
  /// combined figures and each site's, the measures taken included. Over `period` (the walkouts,
  /// and the measures taken, on its days), every case without one.
  static func stats(_ context: CommandContext, months: Int, period: StatisticsPeriod = StatisticsPeriod(), json: Bool = false) throws {
    let language = context.language
    let sites = try sites(context)
    let currency = context.config.currency
    // Each site's law, for the note on figures per server: this site's settings where another's
    // cannot be read in full.
    let jurisdictions = sites.enumerated().map { index, site -> Jurisdiction in
      guard index > 0 else { return context.config.jurisdiction }
      let loaded = Config.load(from: site.store.directory)
      return loaded.errors.isEmpty ? loaded.config.jurisdiction : context.config.jurisdiction
    }
    let chosen = sites.map { period.filter($0.store.summaries) }
    let bounds = period.closed(over: chosen.flatMap { $0 }, today: context.today)
    let span = period.from == nil ? months : min(60, StatisticsPeriod.monthSpan(from: bounds.from, to: bounds.to))
    let combined = WalkoutStatistics(chosen.flatMap { $0 }, currency: currency, monthCount: span, today: bounds.to)
    // The measures taken at every site (each case read in full), as `ardoise stats` counts them.
    let entries = sites.map { $0.store.measuresTaken() }
    let measures = entries.map { MeasureTally($0, in: period) }
    let figures = chosen.map { WalkoutStatistics($0, currency: currency, monthCount: span, today: bounds.to) }
    if json {
      let perSite = zip(sites, zip(figures, zip(measures, jurisdictions))).map { site, rest -> [String: Any] in
        var object = Ardoise.Stats.json(rest.0, measures: rest.1.0)
        object["site"] = site.name
        object["jurisdiction"] = rest.1.1.code
        return object
      }
      var all = Ardoise.Stats.json(combined, measures: MeasureTally(entries.flatMap { $0 }, in: period))
      all["from"] = bounds.from.description
      all["to"] = bounds.to.description
      Console.print(Output.json(["combined": all, "sites": perSite] as [String: Any]))
      return
    }
    Console.print(LocalizedText("Groupe : \(sites.count) sites", "Group: \(sites.count) sites")(language))
    if period.from != nil || period.to != nil {
      Console.print(LocalizedText("Période\u{202F}: ", "Period: ")(language) + StatisticsPeriod.label(from: bounds.from, to: bounds.to, language))
    }
    for line in combined.report(language, jurisdictions: jurisdictions) { Console.print(line) }
    Console.print(MeasureTally(entries.flatMap { $0 }, in: period).line(language))
    Console.print("")
    Console.print(LocalizedText("Par site", "By site")(language))
    var table = [[LocalizedText("Site", "Site")(language), LocalizedText("Départs", "Walkouts")(language), LocalizedText("Ouverts", "Open")(language),
                  LocalizedText("Notes impayées", "Bills unpaid")(language), LocalizedText("Récupéré", "Recovered")(language), LocalizedText("Encore dû", "Still owed")(language),
                  LocalizedText("Mesures prises", "Measures taken")(language)]]
    for (site, (figures, taken)) in zip(sites, zip(figures, measures)) {
      let rate = String(Int((figures.recoveryRateByValue * 100).rounded())) + LocalizedText(" %", "%")(language)
      table.append([site.name, String(figures.count), String(figures.openCount), figures.owed.formatted(language),
                    figures.recovered.formatted(language) + " (" + rate + ")", figures.outstanding.formatted(language), String(taken.total)])
    }
    Console.print(Output.table(table).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
  }
}
