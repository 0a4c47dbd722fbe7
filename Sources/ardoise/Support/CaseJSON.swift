import ArdoiseCore
import Foundation

/// Cases as JSON, written by a streaming writer: the fields of ``Output/json(_:playbook:)``, with
/// the same names, the same values and the same layout (keys in sorted order, pretty-printed),
/// without building a dictionary per case or sorting keys at run time.
enum CaseJSON {
  /// Writes the cases `ids` as one JSON array on standard output, in that order. Logs are read,
  /// and cases written, a batch at a time on every core; only one batch is held in memory.
  static func printArray(_ ids: [IncidentID], store: Store, playbook: Playbook) {
    var opening = JSONWriter()
    opening.beginArray()
    if ids.isEmpty {
      opening.endArray()
      standardOutput(opening.bytes + [0x0A])
      return
    }
    standardOutput(opening.bytes)
    var isFirst = true
    let today = Timestamp(store.now(), in: store.timeZone).day
    store.forEachIncident(ids, transform: { stored in
      var writer = JSONWriter(reservingCapacity: 4096)
      // Each case is indented as the array's element it is.
      writer.beginArray()
      write(stored, playbook: playbook, today: today, into: &writer)
      return Array(writer.bytes.dropFirst())
    }, consume: { bytes in
      standardOutput((isFirst ? [] : [0x2C]) + bytes)
      isFirst = false
    })
    standardOutput(Array("\n]\n".utf8))
  }

  /// Writes one case as a JSON object on standard output (`show --json`): the bytes of an
  /// element of ``printArray(_:store:playbook:)``, at the top level.
  /// `customer`: what `people/` holds, written as the `customer` member; nil leaves the member
  /// out (`--no-personal-data`).
  static func print(_ stored: StoredIncident, playbook: Playbook, today: CalendarDay, customer: CustomerReading? = nil) {
    var writer = JSONWriter(reservingCapacity: 4096)
    write(stored, playbook: playbook, today: today, customer: customer, into: &writer)
    standardOutput(writer.bytes + [0x0A])
  }

  /// One case, as ``Output/json(_:playbook:)`` shapes it.
  static func write(_ stored: StoredIncident, playbook: Playbook, today: CalendarDay, customer: CustomerReading? = nil, into writer: inout JSONWriter) {
    let incident = stored.incident
    let facts = incident.facts
    writer.beginObject()
    writer.member("amount", facts.amount.decimalString)
    writer.member("bill", facts.bill)
    writer.member("contacts", objects: incident.contacts) { writer, contact in
      writer.member("at", contact.at.iso8601)
      writer.member("by", contact.by)
      writer.member("channel", contact.attempt.channel.rawValue)
      writer.member("followUp", contact.attempt.followUp?.description)
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
      writer.member("at", document.at.iso8601)
      writer.member("file", document.file)
      writer.member("kind", document.kind)
    }
    writer.member("events", incident.events.count)
    writer.member("evidence", objects: incident.evidence) { writer, evidence in
      writer.member("kind", evidence.kind.rawValue)
      writer.member("location", evidence.location)
      writer.member("note", evidence.note)
    }
    writer.member("followUp", incident.followUp?.description)
    writer.member("id", incident.id.rawValue)
    writer.member("legal", objects: incident.legal) { writer, record in
      writer.member("action", record.action.rawValue)
      writer.member("day", record.day.description)
      writer.member("deadline", record.deadline?.description)
      writer.member("reference", record.reference)
    }
    writer.member("measures", objects: incident.measures) { writer, entry in
      writer.member("at", entry.at.iso8601)
      writer.member("by", entry.by)
      writer.member("day", entry.day.description)
      writer.member("kind", entry.measure.kind.rawValue)
      writer.member("note", entry.measure.note)
    }
    writer.member("notes", objects: incident.notes) { writer, note in
      writer.member("at", note.at.iso8601)
      writer.member("by", note.by)
      writer.member("text", note.text)
    }
    writer.member("occurredAt", facts.occurredAt.iso8601)
    writer.member("openedAt", incident.openedAt.iso8601)
    writer.member("openedBy", incident.openedBy)
    writer.member("outstanding", incident.outstanding.decimalString)
    writer.member("paid", incident.paid.decimalString)
    writer.key("payments")
    writer.beginArray()
    // `number`: what `ardoise doc ID receipt --payment N` takes.
    for (index, payment) in incident.payments.enumerated() {
      writer.beginObject()
      writer.member("amount", payment.payment.amount.decimalString)
      writer.member("at", payment.at.iso8601)
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
        writer.member("amount", standing.instalment.amount.decimalString)
        writer.member("due", standing.instalment.due.description)
        writer.member("paid", standing.paid.decimalString)
        writer.member("status", standing.status.rawValue)
      }
    }
    writer.member("promisedDay", incident.promisedDay?.description)
    writer.member("readOnly", stored.isReadOnly)
    if let reason = stored.readOnlyReason { writer.member("readOnlyReason", reason.english) }
    writer.member("resolution", incident.resolution?.rawValue)
    writer.member("server", facts.server)
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

  /// Writes all of `bytes` to standard output (nothing else is printed meanwhile). A reader that
  /// went away (a closed pipe) ends the output.
  private static func standardOutput(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(STDOUT_FILENO, base + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}
