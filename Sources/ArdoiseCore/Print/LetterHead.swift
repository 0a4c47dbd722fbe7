/// What a printed letter to the customer puts above its text: the restaurant's block, the
/// customer's name and address (where the envelope's window shows it), and the place and date.
public struct LetterHead: Sendable, Equatable {
  public var senderLines: [String]
  public var recipientLines: [String]
  public var placeAndDate: String

  public init(senderLines: [String], recipientLines: [String], placeAndDate: String) {
    self.senderLines = senderLines
    self.recipientLines = recipientLines
    self.placeAndDate = placeAndDate
  }

  /// The head of a letter from the restaurant (`config`) to `customer`, dated `today`. What is
  /// unknown shows as the same bracketed reminder the documents use.
  public init(config: Config, customer: CustomerIdentity?, language: Language, today: CalendarDay) {
    func text(_ french: String, _ english: String) -> String { LocalizedText(french, english)(language) }
    var sender: [String] = []
    if let legal = config.legalName.nonEmpty { sender.append(legal) }
    if let name = config.restaurantName.nonEmpty, name != sender.first {
      sender.append(sender.isEmpty ? name : text(name, "trading as " + name))
    }
    if sender.isEmpty { sender.append("[" + text("NOM DU RESTAURANT À COMPLÉTER", "RESTAURANT NAME MISSING") + "]") }
    if let address = config.address.nonEmpty { sender += Self.addressLines(address) }
    else { sender.append("[" + text("ADRESSE DU RESTAURANT À COMPLÉTER", "RESTAURANT ADDRESS MISSING") + "]") }
    if let number = config.companyNumber.nonEmpty { sender.append(text("SIRET : ", "Company number: ") + number) }
    if let phone = config.phone.nonEmpty { sender.append(text("Tél. : ", "Tel: ") + phone) }
    if let email = config.email.nonEmpty { sender.append(email) }

    var recipient: [String] = []
    let isBusiness = customer?.kind == .business
    let name = isBusiness ? (customer?.companyName.nonEmpty ?? customer?.name.nonEmpty) : customer?.name.nonEmpty
    recipient.append(name ?? "[" + text("NOM DU DÉBITEUR À COMPLÉTER", "DEBTOR’S NAME MISSING") + "]")
    if isBusiness, customer?.companyName.nonEmpty != nil, let person = customer?.name.nonEmpty {
      recipient.append(text("À l’attention de ", "For the attention of ") + person)
    }
    if let address = customer?.postalAddress.nonEmpty { recipient += Self.addressLines(address) }
    else { recipient.append("[" + text("ADRESSE DU DÉBITEUR À COMPLÉTER", "DEBTOR’S ADDRESS MISSING") + "]") }

    senderLines = sender
    recipientLines = recipient
    let date = today.longFormatted(language)
    if let city = config.city.nonEmpty {
      placeAndDate = language == .french ? "\(city), le \(date)" : "\(city), \(date)"
    } else {
      placeAndDate = date
    }
  }

  /// A postal address typed on one line, one line per part: `8 avenue Jean Jaurès, 69007 Lyon`
  /// → two lines. A part that is only a number stays with the next (`12, rue des Halles`).
  public static func addressLines(_ address: String) -> [String] {
    var lines: [String] = []
    var pending = ""
    for raw in address.split(whereSeparator: { $0 == "," || $0.isNewline }) {
      let part = String(raw).trimmingSpaces
      guard !part.isEmpty else { continue }
      if part.allSatisfy({ $0.isNumber || $0 == " " }) && part.count <= 5 {
        pending += (pending.isEmpty ? "" : " ") + part + ","
        continue
      }
      lines.append(pending.isEmpty ? part : pending + " " + part)
      pending = ""
    }
    if !pending.isEmpty { lines.append(String(pending.dropLast())) }
    return lines
  }
}
