import ArdoiseCore
import ArgumentParser
import CSV
import Foundation

extension Ardoise {
  /// `ardoise export --format csv|json`: one row per case.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Exporter les dossiers en CSV (RFC 4180) ou en JSON : une ligne par dossier, les dossiers ouverts sauf avec --all.", "Export cases as CSV (RFC 4180) or JSON: one row per case, open cases unless --all.").inCommandLanguage,
      discussion: LocalizedText("""
        Les montants sont des chaînes décimales ("42.50"). Les données personnelles sont omises sauf avec \
        --with-personal-data : nom, téléphone, e-mail, adresse postale, nom et numéro de l’entreprise du client, \
        ainsi que le résumé et la description des clients en texte libre, qui peuvent nommer ou décrire des \
        personnes. La colonne server contient le nom que le restaurant donne à son personnel (un prénom ou un \
        pseudonyme).
        """, """
        Amounts are decimal strings ("42.50"). Personal data is left out unless --with-personal-data: \
        the customer's name, phone, email, postal address, company name and number, and the free-text \
        summary and description of the customers, which may name or describe people. The server column \
        holds the name the restaurant uses for its staff (a first name or pseudonym).
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(LocalizedText("Le format du fichier.", "The file format."))) var format: ExportFormat
    @Flag(help: .localized(LocalizedText("Tous les dossiers, clos compris.", "Every case, closed ones too."))) var all = false
    @Option(help: .localized(LocalizedText("Fichier de sortie (par défaut : la sortie standard).", "Output file (default: stdout)."), valueName: ValueName.output("out"))) var out: String?
    @Flag(help: .localized(LocalizedText("Inclure l’identité du client et les champs libres qui peuvent contenir des données personnelles.", "Include the customer's identity and the free-text fields that may hold personal data."))) var withPersonalData = false

    func run() throws {
      let context = try CommandContext(global)
      let chosen = format
      let progress = Progress(language: context.language)
      // Each case is read in full from its log: n of N on a terminal.
      let ids = context.store.summaries.filter { all || $0.isOpen }.map(\.id)
      let phase = LocalizedText("lecture des dossiers", "reading cases")
      var incidents: [Incident] = []
      incidents.reserveCapacity(ids.count)
      for (index, id) in ids.enumerated() {
        progress.update(ProgressReport(phase: phase, done: index + 1, total: ids.count))
        if let stored = context.store.incident(id) { incidents.append(stored.incident) }
      }
      incidents.sort { ($0.facts.occurredAt, $0.id) < ($1.facts.occurredAt, $1.id) }
      let columns = ExportRow.columns(withPersonalData: withPersonalData)
      let rows = incidents.map { incident in
        ExportRow.values(incident, customer: withPersonalData ? context.store.customer(of: incident.id) : nil,
                         playbook: context.playbook, withPersonalData: withPersonalData)
      }
      progress.finish()
      let text: String
      switch chosen {
      case .csv:
        do { text = try ExportRow.csv(columns: columns, rows: rows) } catch {
          throw Console.reportFailure(LocalizedText("écriture CSV impossible : ", "cannot write CSV: ")(context.language) + String(describing: error))
        }
      case .json:
        text = Output.json(rows.map { row in
          Dictionary(uniqueKeysWithValues: zip(columns, row).map { ($0, $1.map { $0 as Any } ?? NSNull()) })
        }) + "\n"
      }
      if let out, out != "-" {
        // 0600 from its first byte (it may hold personal data), through a temp file and a rename.
        do { try PrivateFile.write(Array(text.utf8), to: out) } catch let error as StoreError {
          throw Console.reportFailure(error.message(context.language))
        }
      } else {
        Console.print(text, terminator: "")
      }
    }
  }
}

/// The output formats of `ardoise export`.
enum ExportFormat: String, CaseIterable {
  case csv, json
}

/// The columns and values of one exported case.
enum ExportRow {
  static let baseColumns = ["id", "occurred_at", "table", "covers", "server", "currency", "amount", "paid", "outstanding",
                            "status", "resolution", "current_step", "last_contact", "next_follow_up"]
  /// Columns that may identify a person: only with `--with-personal-data`.
  static let personalColumns = ["customer_name", "customer_phone", "customer_email", "customer_address", "customer_kind",
                                "company_name", "company_number", "summary", "customer_description"]

  /// Columns of numbers ardoise writes itself: a spreadsheet reads them as numbers. Every other
  /// column is text, neutralised when it starts like a formula (see ``SpreadsheetCell``).
  static let numberColumns: Set<String> = ["covers", "amount", "paid", "outstanding"]

  static func columns(withPersonalData: Bool) -> [String] {
    baseColumns + (withPersonalData ? personalColumns : [])
  }

  /// The values in column order; nil where there is none.
  static func values(_ incident: Incident, customer: CustomerIdentity?, playbook: Playbook, withPersonalData: Bool) -> [String?] {
    let facts = incident.facts
    var row: [String?] = [
      incident.id.rawValue, facts.occurredAt.iso8601, facts.table, facts.covers.map(String.init), facts.server,
      incident.currency.code, facts.amount.decimalString, incident.paid.decimalString, incident.outstanding.decimalString,
      incident.status.rawValue, incident.resolution?.rawValue, incident.currentStep(in: playbook)?.rawValue,
      incident.lastContact?.at.iso8601, incident.isOpen ? incident.followUp?.description : nil,
    ]
    if withPersonalData {
      row += [customer?.name, customer?.phone, customer?.email, customer?.postalAddress,
              customer.map { $0.kind.rawValue }, customer?.companyName, customer?.companyNumber,
              facts.summary, facts.customerDescription]
    }
    return row
  }

  /// RFC 4180 text: a header line, then one record per case, CRLF line ends; cells safe to open in
  /// a spreadsheet, decided per column.
  static func csv(columns: [String], rows: [[String?]]) throws -> String {
    let stream = OutputStream(toMemory: ())
    let writer = try CSVWriter(stream: stream, newline: .crlf)
    try writer.write(row: columns)
    let isNumber = columns.map(numberColumns.contains)
    for row in rows {
      try writer.write(row: row.enumerated().map { index, value in
        (isNumber[index] ? SpreadsheetCell.number(value) : SpreadsheetCell.text(value)).value
      })
    }
    let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    writer.stream.close()
    let text = String(decoding: data, as: UTF8.self)
    return text.hasSuffix("\r\n") ? text : text + "\r\n"
  }
}
