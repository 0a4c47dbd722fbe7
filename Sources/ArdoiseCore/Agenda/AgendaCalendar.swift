import Foundation

/// The agenda as an iCalendar file (RFC 5545) that a calendar imports: one all-day event per
/// item, with a UID made of the case and the item's kind, so a new import updates instead of
/// duplicating. The summary holds the case id and what is owed; personal data only on request.
public struct AgendaCalendar: Sendable {
  public var items: [AgendaItem]
  public var language: Language
  /// When the file is written (DTSTAMP).
  public var stamp: Date
  /// Per case, the customer's details to add to the description (only with `--with-personal-data`).
  public var personalData: [IncidentID: String]

  public init(items: [AgendaItem], language: Language, stamp: Date, personalData: [IncidentID: String] = [:]) {
    self.items = items
    self.language = language
    self.stamp = stamp
    self.personalData = personalData
  }

  /// The file's text, lines ended by CRLF and folded at 75 octets.
  public var text: String {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ardoise//agenda//" + (language == .french ? "FR" : "EN"),
                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    let stampText = Self.utcText(stamp)
    for item in items {
      let amount = item.outstanding.formatted(language)
      var summary = item.caseID.rawValue + " (" + amount + ")" + LocalizedText("\u{202F}: ", ": ")(language) + item.label(language)
      if item.isEstimated { summary += LocalizedText(" (estimation)", " (estimate)")(language) }
      var description: [String] = []
      if let note = item.note { description.append(note(language)) }
      if let source = item.source { description.append(LocalizedText("Source\u{202F}: ", "Source: ")(language) + source(language)) }
      description.append(LocalizedText("Dossier ", "Case ")(language) + item.caseID.rawValue + " · ardoise show " + item.caseID.rawValue)
      if let personal = personalData[item.caseID] { description.append(personal) }
      lines += [
        "BEGIN:VEVENT",
        "UID:" + Self.escaped(item.uid),
        "DTSTAMP:" + stampText,
        "DTSTART;VALUE=DATE:" + Self.dateText(item.day),
        "DTEND;VALUE=DATE:" + Self.dateText(item.day.adding(days: 1)),
        "SUMMARY:" + Self.escaped(summary),
        "DESCRIPTION:" + Self.escaped(description.joined(separator: "\n")),
        "CATEGORIES:" + Self.escaped(item.kind.rawValue),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
  }

  /// `20261203`.
  static func dateText(_ day: CalendarDay) -> String { day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2) }

  /// `20261130T081500Z`.
  static func utcText(_ date: Date) -> String {
    let moment = Timestamp(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)), offsetSeconds: 0)
    let wall = moment.wallClock
    return dateText(moment.day) + "T" + wall.hour.zeroPadded(2) + wall.minute.zeroPadded(2) + wall.second.zeroPadded(2) + "Z"
  }

  /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newline as `\n`.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n", "\r\n": result += "\\n"
      case "\r": break
      default: result.append(character)
      }
    }
    return result
  }

  /// A content line folded so that no line exceeds 75 octets (§3.1): a CRLF and a space before
  /// each continuation, never inside a UTF-8 sequence.
  static func folded(_ line: String) -> String {
    var output = ""
    var lineOctets = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if lineOctets + size > 75 {
        output += "\r\n "
        lineOctets = 1
      }
      output.unicodeScalars.append(scalar)
      lineOctets += size
    }
    return output
  }
}
