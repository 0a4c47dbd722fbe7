import ArdoiseCore
import ArdoiseUI
import Foundation

/// Text and JSON renderings of cases for the command line.
enum Output {
  /// A plain table: columns padded by display width (accents, `€`), the last one unpadded.
  static func table(_ rows: [[String]]) -> String {
    guard let columnCount = rows.map(\.count).max() else { return "" }
    let cells = rows.map { $0.map(\.inert) }
    var widths = [Int](repeating: 0, count: columnCount)
    for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.displayWidth) } }
    var output = ""
    for (rowIndex, row) in cells.enumerated() {
      if rowIndex > 0 { output += "\n" }
      var line = ""
      for (index, cell) in row.enumerated() {
        if index > 0 { line += "  " }
        line += index == row.count - 1 ? cell : cell.padded(toWidth: widths[index], ellipsis: false)
      }
      // Padding never ends a line (a last column left empty would leave it).
      while line.last == " " { line.removeLast() }
      output += line
    }
    return output
  }

  /// Pretty JSON with sorted keys. Controls, bidirectional and invisible characters in strings
  /// are written as `\uXXXX` escapes: the same value, nothing raw on a terminal.
  static func json(_ value: Any) -> String {
    // Callers pass strings, numbers, booleans, NSNull, arrays and dictionaries with string keys,
    // which always serialize: the `{}` fallback cannot be reached.
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}" }
    return text.jsonEscapingInertScalars
  }

  /// One case as JSON: facts, money as decimal strings, steps, payments, contacts, events count.
  static func json(_ stored: StoredIncident, playbook: Playbook, today: CalendarDay) -> [String: Any] {
    let incident = stored.incident
    let facts = incident.facts
    var object: [String: Any] = [
      "id": incident.id.rawValue,
      "status": incident.status.rawValue,
      "resolution": incident.resolution?.rawValue ?? NSNull(),
      "currency": incident.currency.code,
      "amount": facts.amount.decimalString,
      "paid": incident.paid.decimalString,
      "outstanding": incident.outstanding.decimalString,
      "occurredAt": facts.occurredAt.iso8601,
      "openedAt": incident.openedAt.iso8601,
      "openedBy": incident.openedBy,
      "table": facts.table ?? NSNull(),
      "covers": facts.covers ?? NSNull(),
      "server": facts.server ?? NSNull(),
      "bill": facts.bill ?? NSNull(),
      "summary": facts.summary ?? NSNull(),
      "customerDescription": facts.customerDescription ?? NSNull(),
      "currentStep": incident.currentStep(in: playbook)?.rawValue ?? NSNull(),
      "followUp": incident.followUp?.description ?? NSNull(),
      "promisedDay": incident.promisedDay?.description ?? NSNull(),
      "customerIdentified": incident.hasIdentifiedCustomer,
      "readOnly": stored.isReadOnly,
      "events": incident.events.count,
    ]
    var stepIDs = playbook.stepIDs
    for id in incident.steps.keys.sorted() where !stepIDs.contains(id) { stepIDs.append(id) }
    object["steps"] = stepIDs.map { id -> [String: Any] in
      let progress = incident.progress(of: id)
      return [
        "id": id.rawValue, "status": progress.status.rawValue, "outcome": progress.outcome ?? NSNull(),
        "note": progress.note ?? NSNull(), "ticked": progress.ticked.sorted(),
      ]
    }
    object["payments"] = incident.payments.enumerated().map { index, entry in
      ["amount": entry.payment.amount.decimalString, "method": entry.payment.method.rawValue, "number": index + 1,
       "reference": entry.payment.reference ?? NSNull(), "at": entry.at.iso8601, "by": entry.by] as [String: Any]
    }
    object["contacts"] = incident.contacts.map {
      ["channel": $0.attempt.channel.rawValue, "outcome": $0.attempt.outcome.rawValue, "note": $0.attempt.note ?? NSNull(),
       "followUp": $0.attempt.followUp?.description ?? NSNull(), "at": $0.at.iso8601, "by": $0.by] as [String: Any]
    }
    object["notes"] = incident.notes.map { ["text": $0.text, "at": $0.at.iso8601, "by": $0.by] }
    object["evidence"] = incident.evidence.map { ["kind": $0.kind.rawValue, "location": $0.location, "note": $0.note ?? NSNull()] as [String: Any] }
    object["legal"] = incident.legal.map {
      ["action": $0.action.rawValue, "day": $0.day.description, "reference": $0.reference ?? NSNull(),
       "deadline": $0.deadline?.description ?? NSNull()] as [String: Any]
    }
    object["measures"] = incident.measures.map {
      ["kind": $0.measure.kind.rawValue, "note": $0.measure.note ?? NSNull(), "at": $0.at.iso8601, "by": $0.by,
       "day": $0.day.description] as [String: Any]
    }
    object["documents"] = incident.documents.map { ["kind": $0.kind, "file": $0.file, "at": $0.at.iso8601] }
    object["plan"] = incident.plan == nil ? NSNull() : incident.planStandings(today: today).map {
      ["due": $0.instalment.due.description, "amount": $0.instalment.amount.decimalString, "paid": $0.paid.decimalString,
       "status": $0.status.rawValue]
    }
    if let reason = stored.readOnlyReason { object["readOnlyReason"] = reason.english }
    return object
  }
}
