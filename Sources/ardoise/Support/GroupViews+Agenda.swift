import ArdoiseCore
import Foundation

extension GroupViews {
  /// `agenda --group`: the items of every site (or of `siteName` alone), most urgent first, each
  /// with its site; each site's clocks follow its own jurisdiction (this site's settings when its
  /// `config.toml` cannot be read in full, said on stderr).
  static func agenda(_ context: CommandContext, days: Int, json: Bool, siteName: String?) throws {
    let language = context.language
    var sites = try sites(context)
    if let siteName {
      sites = sites.filter { $0.name == siteName }
      guard !sites.isEmpty else {
        throw Console.reportFailure(LocalizedText("site « \(siteName) » inconnu (ardoise group list)", "no site “\(siteName)” (ardoise group list)")(language))
      }
    }
    var rows: [(site: String, item: AgendaItem)] = []
    for site in sites {
      var config = context.config
      if site.store.directory.path != context.store.directory.path {
        let loaded = Config.load(from: site.store.directory)
        if loaded.errors.isEmpty {
          config = loaded.config
        } else {
          Console.warn(site.name + LocalizedText("\u{202F}: config.toml illisible, réglages de ce site utilisés", ": config.toml unreadable, this site’s settings used")(language))
        }
      }
      let agenda = Agenda(site.store.agendaCases(), rules: AgendaRules(clocks: AgendaClocks(config: config)), today: context.today)
      rows += agenda.window(days: days).map { (site.name, $0) }
    }
    rows.sort { lhs, rhs in
      if lhs.item == rhs.item || (!AgendaItem.isMoreUrgent(lhs.item, than: rhs.item) && !AgendaItem.isMoreUrgent(rhs.item, than: lhs.item)) {
        return lhs.site < rhs.site
      }
      return AgendaItem.isMoreUrgent(lhs.item, than: rhs.item)
    }
    if json {
      Console.print(Output.json(rows.map { row in
        let item = row.item
        return [
          "site": row.site, "case": item.caseID.rawValue, "kind": item.kind.rawValue, "day": item.day.description,
          "state": item.state.rawValue, "step": item.step?.rawValue ?? NSNull(), "estimated": item.isEstimated,
          "outstanding": item.outstanding.decimalString, "label": item.label(language), "note": item.note?(language) ?? NSNull(),
          "source": item.source?(language) ?? NSNull(),
        ] as [String: Any]
      }))
      return
    }
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    let due = rows.count { $0.item.state == .today }
    let late = rows.count { $0.item.state == .overdue }
    Console.print(localized("Échéances des sites du groupe au ", "Agenda of the group's sites on ") + context.today.formatted(language) + " · "
                  + localized("\(due) aujourd’hui, \(late) en retard", "\(due) due today, \(late) overdue"))
    guard !rows.isEmpty else {
      Console.print(localized("Aucune échéance dans les \(days) prochains jours.", "Nothing due in the next \(days) days."))
      return
    }
    var current: (AgendaItem.State, CalendarDay)?
    for row in rows {
      let item = row.item
      if current.map({ $0 != (item.state, item.day) }) ?? true {
        current = (item.state, item.day)
        Console.print("")
        Console.print(item.state.sign + " " + item.day.formatted(language) + " — " + item.state.label(language))
      }
      var text = "    " + row.site.inert + "  " + item.caseID.rawValue + "  " + item.outstanding.formatted(language) + "  " + item.label(language)
      if item.isEstimated { text += localized(" (estimation)", " (estimate)") }
      Console.print(text)
    }
  }
}
