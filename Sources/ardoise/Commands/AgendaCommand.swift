import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise agenda`: every case's dates, legal deadlines included, most urgent first; or the
  /// same as an iCalendar file for the manager's own calendar.
  struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "agenda",
      abstract: LocalizedText("Afficher ce qui arrive à échéance : relances, promesses, délais légaux et dates d’effacement, les retards d’abord.", "Show what is due: follow-ups, promises, legal deadlines and purge days, overdue first.").inCommandLanguage,
      discussion: LocalizedText("""
        Chaque échéance a un état (en retard, aujourd’hui, à venir, expirée) et l’étape dont elle relève. Les \
        dates légales (prescription civile, délai de plainte, images de vidéosurveillance, mise en demeure, \
        décision de justice) suivent le droit du restaurant ; une estimation le dit. --ics écrit un fichier \
        iCalendar (un événement sur la journée par échéance ; un nouvel import met à jour les mêmes événements) \
        avec l’identifiant du dossier et la somme due, et sans donnée personnelle sauf avec --with-personal-data.
        """, """
        Each item has a state (overdue, today, upcoming, expired) and the step it belongs to. Legal dates \
        (civil time limit, complaint limit, CCTV footage, formal demand, court order) follow the restaurant's \
        jurisdiction; an estimate says so. --ics writes an iCalendar file (one all-day event per item; a \
        re-import updates the same events) with the case id and the amount owed, and no personal data \
        unless --with-personal-data.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(LocalizedText("Nombre de jours à venir à afficher (30 par défaut ; avec --ics, toutes les dates à venir). Les retards sont toujours affichés.", "Days ahead to show (default 30; with --ics, every date to come). Overdue items are always shown."), valueName: ValueName.days("days"))) var days: Int?
    @Flag(help: .localized(LocalizedText("Sortie en JSON.", "Output JSON."))) var json = false
    @Flag(help: .localized(LocalizedText("Écrire un fichier iCalendar (RFC 5545) au lieu de la liste.", "Write an iCalendar file (RFC 5545) instead of the list."))) var ics = false
    @Option(help: .localized(LocalizedText("Avec --ics : le fichier à écrire (par défaut : la sortie standard).", "With --ics: the file to write (default: stdout)."), valueName: ValueName.output("out"))) var out: String?
    @Flag(help: .localized(LocalizedText("Avec --ics : ajouter le nom, le téléphone et l’e-mail du client à chaque événement.", "With --ics: add the customer's name, phone and email to each event."))) var withPersonalData = false
    @OptionGroup var groupOption: GroupOption
    /// `--group`: every site of the group.
    var group: Bool { groupOption.group }
    @Option(help: .localized(LocalizedText("Avec --group : seulement ce site du groupe.", "With --group: only this site of the group."))) var site: String?

    func validate() throws {
      guard (0...3660).contains(days ?? 0) else { throw ValidationError(LocalizedText("--days doit être entre 0 et 3660", "--days must be between 0 and 3660")) }
      if out != nil && !ics { throw ValidationError(LocalizedText("--out ne va qu’avec --ics", "--out goes with --ics")) }
      if withPersonalData && !ics { throw ValidationError(LocalizedText("--with-personal-data ne va qu’avec --ics", "--with-personal-data goes with --ics")) }
      if group && ics { throw ValidationError(LocalizedText("--group ne va pas avec --ics (écrivez le calendrier de chaque site depuis son propre dossier de données)",
                                                                  "--group does not go with --ics (write each site's calendar from its own data directory)")) }
      if site != nil && !group { throw ValidationError(LocalizedText("--site ne va qu’avec --group", "--site goes with --group")) }
    }

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      if group { return try GroupViews.agenda(context, days: days ?? 30, json: json, siteName: site) }
      let agenda = Agenda(context.store.agendaCases(), rules: AgendaRules(clocks: AgendaClocks(config: context.config)), today: context.today)
      let items = agenda.window(days: days ?? (ics ? 36_600 : 30))
      if ics {
        var personal: [IncidentID: String] = [:]
        if withPersonalData {
          for id in Set(items.map(\.caseID)) {
            guard let customer = context.store.customer(of: id) else { continue }
            let parts = [customer.name, customer.companyName, customer.phone, customer.email].compactMap { $0 }.filter { !$0.isEmpty }
            if !parts.isEmpty { personal[id] = parts.joined(separator: ", ") }
          }
        }
        let calendar = AgendaCalendar(items: items.filter { $0.state != .expired }, language: language, stamp: context.store.now(),
                                      personalData: personal)
        if let out, out != "-" {
          do { try calendar.write(to: out) } catch {
            throw Console.reportFailure(LocalizedText("impossible d’écrire ", "cannot write ")(language) + out + " (\(error))")
          }
          Console.warn(LocalizedText("\(calendar.items.count) échéances écrites dans ", "\(calendar.items.count) items written to ")(language) + out)
        } else {
          print(calendar.text, terminator: "")
        }
        return
      }
      if json {
        Console.print(Output.json(items.map { item in
          [
            "case": item.caseID.rawValue, "kind": item.kind.rawValue, "day": item.day.description, "state": item.state.rawValue,
            "step": item.step?.rawValue ?? NSNull(), "estimated": item.isEstimated, "outstanding": item.outstanding.decimalString,
            "label": item.label(language), "note": item.note?(language) ?? NSNull(), "source": item.source?(language) ?? NSNull(),
          ] as [String: Any]
        }))
        return
      }
      for line in lines(agenda, items: items, playbook: context.playbook, language: language) { Console.print(line) }
    }

    /// The agenda as text, grouped by day: a header with the state's sign and word, then each item.
    func lines(_ agenda: Agenda, items: [AgendaItem], playbook: Playbook, language: Language) -> [String] {
      let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
      var lines = [localized("Échéances au ", "Agenda on ") + agenda.today.formatted(language) + " · "
                   + (agenda.startLine(language) ?? localized("rien à faire aujourd’hui", "nothing due today"))]
      guard !items.isEmpty else {
        lines.append(localized("Aucune échéance dans les \(days ?? 30) prochains jours.", "Nothing due in the next \(days ?? 30) days."))
        return lines
      }
      var current: (AgendaItem.State, CalendarDay)?
      for item in items {
        if current.map({ $0 != (item.state, item.day) }) ?? true {
          current = (item.state, item.day)
          lines.append("")
          lines.append(item.state.sign + " " + item.day.formatted(language) + " — " + item.state.label(language))
        }
        var text = "    " + item.caseID.rawValue + "  " + item.outstanding.formatted(language) + "  " + item.label(language)
        if item.isEstimated { text += localized(" (estimation)", " (estimate)") }
        if let step = item.step, let index = playbook.index(of: step), let title = playbook.step(step)?.title(language) {
          text += localized(" · étape ", " · step ") + "\(index + 1) " + title
        }
        lines.append(text)
        if let note = item.note { lines.append("      " + note(language)) }
      }
      return lines
    }
  }
}
