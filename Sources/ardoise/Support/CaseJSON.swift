import ArdoiseCore
import Foundation

/// Cases as JSON, written by a streaming writer: the fields of ``Output/json(_:playbook:)``, with
/// the same names and the same values, keys in sorted order, without building a dictionary per
/// case or sorting keys at run time.
///
/// The layout is that of `task export`, which `jq` and line tools read well: compact JSON, one
/// case per line. `list --json` writes `[`, then each case on its own line (a comma ends every
/// line but the last), then `]`; `show --json` writes the line of its case alone. Piping into
/// `jq .` prints it indented.
enum CaseJSON {
  /// Writes the cases `ids` as one JSON array on standard output, in that order. Logs are read,
  /// and cases written, a batch at a time on every core; only one batch is held in memory. A case
  /// whose log is unchanged since it was last written is taken from the rendered cache (see
  /// `RenderedCaseCache`): the same bytes, without reading its log.
  static func printArray(_ ids: [IncidentID], store: Store, playbook: Playbook) {
    let today = Timestamp(store.now(), in: store.timeZone).day
    var output = BufferedOutput()
    output.append(0x5B)
    var isFirst = true
    store.forEachRenderedCase(ids, context: renderingContext(playbook), today: today, render: { stored in
      var writer = JSONWriter(pretty: false, reservingCapacity: 2048)
      write(stored, playbook: playbook, today: today, into: &writer)
      // Only the plan's instalments (late or not) change with the day.
      return RenderedCase(bytes: writer.bytes, dependsOnDay: stored.incident.plan != nil)
    }, consume: { bytes in
      output.append(isFirst ? 0x0A : 0x2C)
      if !isFirst { output.append(0x0A) }
      output.append(contentsOf: bytes)
      isFirst = false
    })
    output.append(0x0A)
    output.append(0x5D)
    output.append(0x0A)
    output.flush()
  }

  /// What a case's line depends on besides its log and the day: the playbook's steps, in order
  /// (`currentStep` and `steps`). The program itself is told apart by the cache.
  static func renderingContext(_ playbook: Playbook) -> String {
    "list-json\n" + playbook.steps.map(\.id.rawValue).joined(separator: "\n")
  }

  /// Writes `cases` (already read, each with its site) as ``printArray(_:store:playbook:)`` writes
  /// a site's: one case per line, each with its `site` (`list --group --json`).
  static func printArray(_ cases: [(stored: StoredIncident, site: String)], playbook: Playbook, today: CalendarDay) {
    var output = BufferedOutput()
    output.append(0x5B)
    for (index, entry) in cases.enumerated() {
      var writer = JSONWriter(pretty: false, reservingCapacity: 2048)
      write(entry.stored, playbook: playbook, today: today, site: entry.site, into: &writer)
      if index > 0 { output.append(0x2C) }
      output.append(0x0A)
      output.append(contentsOf: writer.bytes)
    }
    output.append(0x0A)
    output.append(0x5D)
    output.append(0x0A)
    output.flush()
  }

  /// Writes one case as a JSON object on standard output (`show --json`): the line of that case
  /// in ``printArray(_:store:playbook:)``, alone.
  /// `customer`: what `people/` holds, written as the `customer` member; nil leaves the member
  /// out (`--no-personal-data`).
  static func print(_ stored: StoredIncident, playbook: Playbook, today: CalendarDay, customer: CustomerReading? = nil) {
    var writer = JSONWriter(pretty: false, reservingCapacity: 2048)
    write(stored, playbook: playbook, today: today, customer: customer, into: &writer)
    var output = BufferedOutput()
    output.append(contentsOf: writer.bytes)
    output.append(0x0A)
    output.flush()
  }

  /// One case, as ``Output/json(_:playbook:)`` shapes it.
  /// `site`: the group's site the case belongs to (`list --group --json`), written as `site`.
  static func write(_ stored: StoredIncident, playbook: Playbook, today: CalendarDay, customer: CustomerReading? = nil, site: String? = nil,
                    into writer: inout JSONWriter) {
    let incident = stored.incident
    let facts = incident.facts
    writer.beginObject()
    writer.member("amount", facts.amount)
    writer.member("bill", facts.bill)
    writer.member("contacts", objects: incident.contacts) { writer, contact in
      writer.member("at", contact.at)
      writer.member("by", contact.by)
      writer.member("channel", contact.attempt.channel.rawValue)
      writer.member("followUp", contact.attempt.followUp)
      writer.member("note", contact.attempt.note)
      writer.member("outcome", contact.attempt.outcome.rawValue)
    }
    writer.member("covers", facts.covers)
    writer.member("currency", incident.currency.code)
    writer.member("currentStep", incident.currentStep(in: playbook)?.rawValue)
    if let customer {
      writer.key("customer")
      CustomerReport.write(customer, into: &writer)
    }
    writer.member("customerDescription", facts.customerDescription)
    writer.member("customerIdentified", incident.hasIdentifiedCustomer)
    writer.member("documents", objects: incident.documents) { writer, document in
      writer.member("at", document.at)
      writer.member("file", document.file)
      writer.member("kind", document.kind)
    }
    writer.member("events", incident.events.count)
    writer.member("evidence", objects: incident.evidence) { writer, evidence in
      writer.member("kind", evidence.kind.rawValue)
      writer.member("location", evidence.location)
      writer.member("note", evidence.note)
    }
    writer.member("followUp", incident.followUp)
    writer.member("id", incident.id.rawValue)
    writer.member("legal", objects: incident.legal) { writer, record in
      writer.member("action", record.action.rawValue)
      writer.member("day", record.day)
      writer.member("deadline", record.deadline)
      writer.member("reference", record.reference)
    }
    writer.member("measures", objects: incident.measures) { writer, entry in
      writer.member("at", entry.at)
      writer.member("by", entry.by)
      writer.member("day", entry.day)
      writer.member("kind", entry.measure.kind.rawValue)
      writer.member("note", entry.measure.note)
    }
    writer.member("notes", objects: incident.notes) { writer, note in
      writer.member("at", note.at)
      writer.member("by", note.by)
      writer.member("text", note.text)
    }
    writer.member("occurredAt", facts.occurredAt)
    writer.member("openedAt", incident.openedAt)
    writer.member("openedBy", incident.openedBy)
    writer.member("outstanding", incident.outstanding)
    writer.member("paid", incident.paid)
    writer.key("payments")
    writer.beginArray()
    // `number`: what `ardoise doc ID receipt --payment N` takes.
    for (index, payment) in incident.payments.enumerated() {
      writer.beginObject()
      writer.member("amount", payment.payment.amount)
      writer.member("at", payment.at)
      writer.member("by", payment.by)
      writer.member("method", payment.payment.method.rawValue)
      writer.member("number", index + 1)
      writer.member("reference", payment.payment.reference)
      writer.endObject()
    }
    writer.endArray()
    writer.key("plan")
    if incident.plan == nil {
      writer.null()
    } else {
      writer.objects(incident.planStandings(today: today)) { writer, standing in
        writer.member("amount", standing.instalment.amount)
        writer.member("due", standing.instalment.due)
        writer.member("paid", standing.paid)
        writer.member("status", standing.status.rawValue)
      }
    }
    writer.member("promisedDay", incident.promisedDay)
    writer.member("readOnly", stored.isReadOnly)
    if let reason = stored.readOnlyReason { writer.member("readOnlyReason", reason.english) }
    writer.member("resolution", incident.resolution?.rawValue)
    writer.member("server", facts.server)
    if let site { writer.member("site", site) }
    writer.member("status", incident.status.rawValue)
    var stepIDs = playbook.stepIDs
    for id in incident.steps.keys.sorted() where !stepIDs.contains(id) { stepIDs.append(id) }
    writer.member("steps", objects: stepIDs) { writer, id in
      let progress = incident.progress(of: id)
      writer.member("id", id.rawValue)
      writer.member("note", progress.note)
      writer.member("outcome", progress.outcome)
      writer.member("status", progress.status.rawValue)
      writer.member("ticked", strings: progress.ticked.sorted())
    }
    writer.member("summary", facts.summary)
    writer.member("table", facts.table)
    writer.endObject()
  }

  /// Bytes for standard output, written a large block at a time (a write per case would be
  /// tens of thousands of system calls). A reader that went away (a closed pipe) ends the output.
  private struct BufferedOutput {
    private var buffer: [UInt8] = []
    private var isClosed = false
    private static let blockSize = 1 << 16

    init() { buffer.reserveCapacity(Self.blockSize + 4096) }

    mutating func append(_ byte: UInt8) { buffer.append(byte) }

    mutating func append<Bytes: Collection<UInt8>>(contentsOf bytes: Bytes) {
      buffer.append(contentsOf: bytes)
      if buffer.count >= Self.blockSize { flush() }
    }

    /// Writes everything held so far.
    mutating func flush() {
      defer { buffer.removeAll(keepingCapacity: true) }
      guard !isClosed else { return }
      isClosed = !buffer.withUnsafeBytes { bytes -> Bool in
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
          let written = Glibc.write(STDOUT_FILENO, base + offset, bytes.count - offset)
          if written < 0 && errno == EINTR { continue }
          guard written > 0 else { return false }
          offset += written
        }
        return true
      }
    }
  }
}
