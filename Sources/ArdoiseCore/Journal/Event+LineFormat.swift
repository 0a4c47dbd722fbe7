/// Why one line of a case log could not be read.
public enum LineProblem: Error, Equatable, Sendable {
  /// The checksum does not match: the line was damaged or edited by hand.
  case checksumMismatch
  /// The line has no checksum or is not a JSON object: why, in both languages.
  case malformed(LocalizedText)
  /// Written by a newer ardoise (format version `v`): never rewritten, the case is read-only.
  case newerVersion(Int)
  /// A well-formed record whose content makes no sense (unknown type, missing or bad field):
  /// why, in both languages.
  case invalid(LocalizedText)
  /// An amount (`field`, as `found` in the line) below zero or above what can be typed (`limit`):
  /// its detail is said in the reader's language.
  case amountOutOfBounds(field: String, found: String, limit: Money)
  /// A plan's instalments that add up to more than `limit`.
  case amountsBeyondBounds(limit: Money)

  public func message(_ language: Language) -> String {
    switch self {
    case .checksumMismatch:
      LocalizedText("somme de contrôle fausse : ligne abîmée ou modifiée à la main", "checksum mismatch: the line was damaged or edited by hand")(language)
    case .malformed(let reason):
      (LocalizedText("ligne illisible (", "unreadable line (") + reason + LocalizedText(")", ")"))(language)
    case .newerVersion(let version):
      LocalizedText("écrite par une version plus récente d’ardoise (format \(version))", "written by a newer ardoise (format \(version))")(language)
    case .invalid(let reason):
      (LocalizedText("enregistrement invalide : ", "invalid record: ") + reason)(language)
    case .amountOutOfBounds(let field, let found, let limit):
      LocalizedText("enregistrement invalide : « \(field) » hors limites (de 0 à \(limit.formatted(.french))) : \(found)",
                    "invalid record: “\(field)” out of bounds (0 to \(limit.formatted(.english))): \(found)")(language)
    case .amountsBeyondBounds(let limit):
      LocalizedText("enregistrement invalide : « amounts » dépasse \(limit.formatted(.french)) au total",
                    "invalid record: “amounts” add up to more than \(limit.formatted(.english))")(language)
    }
  }
}

extension Event {
  /// The line written to the log: compact JSON with sorted keys, a tab, the CRC-32 of the JSON
  /// in hex, and a newline.
  public var line: String {
    let json = FlatJSON.serialize(fields)
    return json + "\t" + CRC32.hex(CRC32.checksum(json.utf8)) + "\n"
  }

  /// Reads one line (without its newline).
  public static func parse(line: UnsafeBufferPointer<UInt8>) throws(LineProblem) -> Event {
    var fields = LineFields()
    return try parse(line: line, fields: &fields)
  }

  /// Reads one line (without its newline), with `fields` as scratch space reused from line to
  /// line of a log.
  static func parse(line: UnsafeBufferPointer<UInt8>, fields: inout LineFields) throws(LineProblem) -> Event {
    var tabIndex = line.count - 1
    while tabIndex >= 0, line[tabIndex] != 0x09 { tabIndex -= 1 }
    guard tabIndex > 0, line.count - tabIndex - 1 == 8 else { throw .malformed(LocalizedText("pas de somme de contrôle", "no checksum")) }
    let json = UnsafeBufferPointer(rebasing: line[0..<tabIndex])
    guard let stated = statedChecksum(UnsafeBufferPointer(rebasing: line[(tabIndex + 1)...])) else {
      throw .malformed(LocalizedText("somme de contrôle mal écrite", "bad checksum"))
    }
    guard CRC32.checksum(buffer: json) == stated else { throw .checksumMismatch }
    do { try FlatJSON.parseLine(json, into: &fields) } catch { throw .malformed((error as? FlatJSONError)?.reason ?? LocalizedText("JSON illisible", "unreadable JSON")) }
    return try Event(fields: fields)
  }

  /// The checksum after the tab: eight hex digits, read straight from the bytes; any other text
  /// goes through `UInt32(_:radix:)` as before, so the same odd spellings are accepted.
  private static func statedChecksum(_ digits: UnsafeBufferPointer<UInt8>) -> UInt32? {
    CRC32.value(hex: digits) ?? UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
  }

  public static func parse(line: String) throws(LineProblem) -> Event {
    var bytes = Array(line.utf8)
    if bytes.last == 0x0A { bytes.removeLast() }
    return try bytes.withUnsafeBufferPointer { (buffer) throws(LineProblem) -> Event in try parse(line: buffer) }
  }

  var fields: [String: FlatJSONValue] {
    var fields: [String: FlatJSONValue] = [
      LineKey.v.rawValue: .integer(Int64(body.lineVersion)),
      LineKey.id.rawValue: .string(id.rawValue),
      LineKey.type.rawValue: .string(body.typeName),
      LineKey.at.rawValue: .string(occurredAt.iso8601),
      LineKey.recorded.rawValue: .string(recordedAt.iso8601),
      LineKey.by.rawValue: .string(actor),
    ]
    func put(_ key: LineKey, _ value: FlatJSONValue) { fields[key.rawValue] = value }
    func put(_ key: LineKey, _ value: String?) { if let value { put(key, .string(value)) } }
    func putMoney(_ money: Money?) {
      if let money { put(.amount, money.decimalString); put(.currency, money.currency.code) }
    }
    /// The facts' fields, as an opening and an amendment both write them (a nil field is left out).
    func putFacts(_ facts: FactsAmendment) {
      putMoney(facts.amount)
      put(.table, facts.table)
      if let covers = facts.covers { put(.covers, .integer(Int64(covers))) }
      put(.server, facts.server)
      put(.bill, facts.bill)
      put(.summary, facts.summary)
      put(.description, facts.customerDescription)
    }
    switch body {
    case .opened(let facts):
      // The day and time of the facts are the event's own (`at`).
      putFacts(FactsAmendment(amount: facts.amount, table: facts.table, covers: facts.covers, server: facts.server,
                              bill: facts.bill, summary: facts.summary, customerDescription: facts.customerDescription))
    case .amended(let amendment):
      putFacts(amendment)
      put(.when, amendment.occurredAt?.iso8601)
    case .stepRecorded(let record):
      put(.step, record.step.rawValue)
      put(.status, record.status.rawValue)
      put(.outcome, record.outcome)
      put(.note, record.note)
      put(.next, record.next?.rawValue)
      if let payment = record.payment {
        putMoney(payment.amount)
        put(.method, payment.method.rawValue)
        put(.ref, payment.reference)
      }
      put(.resolution, record.resolution?.rawValue)
      put(.promised, record.promisedDay?.description)
      if let legal = record.legal {
        put(.legal, legal.action.rawValue)
        put(.legalDay, legal.day.description)
        put(.legalRef, legal.reference)
        put(.deadline, legal.deadline?.description)
        put(.received, legal.received?.description)
      }
    case .subActionToggled(let step, let subAction, let isDone):
      put(.step, step.rawValue)
      put(.item, subAction)
      put(.done, .bool(isDone))
    case .paymentRecorded(let payment, let resolution):
      putMoney(payment.amount)
      put(.method, payment.method.rawValue)
      put(.ref, payment.reference)
      put(.resolution, resolution?.rawValue)
    case .contactRecorded(let attempt):
      put(.channel, attempt.channel.rawValue)
      put(.outcome, attempt.outcome.rawValue)
      put(.note, attempt.note)
      put(.followUp, attempt.followUp?.description)
    case .noteAdded(let text):
      put(.text, text)
    case .evidenceAdded(let evidence):
      put(.kind, evidence.kind.rawValue)
      put(.location, evidence.location)
      put(.note, evidence.note)
    case .followUpScheduled(let day):
      put(.day, day.map { .string($0.description) } ?? .null)
    case .closed(let resolution, let note):
      put(.resolution, resolution.rawValue)
      put(.note, note)
    case .reopened(let note):
      put(.note, note)
    case .documentGenerated(let kind, let file):
      put(.kind, kind)
      put(.file, file)
    case .customerIdentified:
      break
    case .customerDetailsChanged(let change):
      put(.change, change.kind.rawValue)
      put(.fields, change.fields.joined(separator: ","))
    case .personalDataPurged(let reason):
      put(.reason, reason)
    case .planAgreed(let plan):
      put(.days, plan.instalments.map(\.due.description).joined(separator: ","))
      put(.amounts, plan.instalments.map(\.amount.decimalString).joined(separator: ","))
      put(.currency, plan.instalments.first?.amount.currency.code)
    case .planCancelled(let note):
      put(.note, note)
    case .measureTaken(let measure):
      put(.kind, measure.kind.rawValue)
      put(.note, measure.note)
      put(.day, measure.day?.description)
    }
    return fields
  }

  init(fields: LineFields) throws(LineProblem) {
    let reader = FieldReader(fields: fields)
    guard case .integer(let version)? = fields[.v] else { throw .invalid(Self.missing("v")) }
    if version > Int64(Event.formatVersion) { throw .newerVersion(Int(version)) }
    guard version >= 1 else { throw .invalid(LocalizedText("version de format invalide : \(version)", "bad version \(version)")) }
    id = EventID(rawValue: try reader.string(.id))
    occurredAt = try reader.timestamp(.at)
    recordedAt = try reader.timestamp(.recorded)
    actor = try reader.string(.by)
    let type = try reader.string(.type)
    switch type {
    case "opened":
      body = .opened(IncidentFacts(
        occurredAt: occurredAt, amount: try reader.money(),
        table: try reader.optionalString(.table), covers: try reader.optionalInt(.covers),
        server: try reader.optionalString(.server), bill: try reader.optionalString(.bill),
        summary: try reader.optionalString(.summary), customerDescription: try reader.optionalString(.description)))
    case "amended":
      body = .amended(FactsAmendment(
        occurredAt: try reader.optionalTimestamp(.when), amount: try reader.optionalMoney(),
        table: try reader.optionalString(.table), covers: try reader.optionalInt(.covers),
        server: try reader.optionalString(.server), bill: try reader.optionalString(.bill),
        summary: try reader.optionalString(.summary), customerDescription: try reader.optionalString(.description)))
    case "step":
      var legal: LegalRecord? = nil
      if let action = try reader.optionalEnum(.legal, LegalAction.self) {
        legal = LegalRecord(action: action, day: try reader.day(.legalDay), reference: try reader.optionalString(.legalRef),
                            deadline: try reader.optionalDay(.deadline), received: try reader.optionalDay(.received))
      }
      var payment: Payment? = nil
      if let amount = try reader.optionalMoney() {
        payment = Payment(amount: amount, method: try reader.optionalEnum(.method, PaymentMethod.self) ?? .other,
                          reference: try reader.optionalString(.ref))
      }
      body = .stepRecorded(StepRecord(
        step: StepID(try reader.string(.step)), status: try reader.enumeration(.status, StepStatus.self),
        outcome: try reader.optionalString(.outcome), note: try reader.optionalString(.note),
        next: try reader.optionalString(.next).map { StepID(rawValue: $0) }, payment: payment,
        resolution: try reader.optionalEnum(.resolution, Resolution.self), promisedDay: try reader.optionalDay(.promised),
        legal: legal))
    case "tick":
      guard case .bool(let done)? = fields[.done] else { throw .invalid(Event.missing("done")) }
      body = .subActionToggled(step: StepID(try reader.string(.step)), subAction: try reader.string(.item), isDone: done)
    case "payment":
      body = .paymentRecorded(
        Payment(amount: try reader.money(), method: try reader.enumeration(.method, PaymentMethod.self),
                reference: try reader.optionalString(.ref)),
        closesAs: try reader.optionalEnum(.resolution, Resolution.self))
    case "contact":
      body = .contactRecorded(ContactAttempt(
        channel: try reader.enumeration(.channel, ContactChannel.self),
        outcome: try reader.enumeration(.outcome, ContactOutcome.self),
        note: try reader.optionalString(.note), followUp: try reader.optionalDay(.followUp)))
    case "note":
      body = .noteAdded(try reader.string(.text))
    case "evidence":
      body = .evidenceAdded(Evidence(kind: try reader.enumeration(.kind, EvidenceKind.self),
                                     location: try reader.string(.location), note: try reader.optionalString(.note)))
    case "follow-up":
      body = .followUpScheduled(try reader.optionalDay(.day))
    case "closed":
      body = .closed(try reader.enumeration(.resolution, Resolution.self), note: try reader.optionalString(.note))
    case "reopened":
      body = .reopened(note: try reader.optionalString(.note))
    case "document":
      body = .documentGenerated(kind: try reader.string(.kind), file: try reader.string(.file))
    case "identified":
      if let kind = try reader.optionalEnum(.change, IdentityChange.Kind.self) {
        let fields = (try reader.optionalString(.fields) ?? "").split(separator: ",").map(String.init)
        body = .customerDetailsChanged(IdentityChange(kind, fields: fields))
      } else {
        body = .customerIdentified
      }
    case "purged":
      body = .personalDataPurged(reason: try reader.optionalString(.reason) ?? "")
    case "plan":
      body = .planAgreed(try reader.plan())
    case "plan-cancelled":
      body = .planCancelled(note: try reader.optionalString(.note))
    case "measure":
      body = .measureTaken(PreventionMeasure(kind: try reader.enumeration(.kind, PreventionMeasure.Kind.self),
                                             note: try reader.optionalString(.note), day: try reader.optionalDay(.day)))
    default:
      throw .invalid(LocalizedText("type d’événement inconnu : « \(type) »", "unknown type “\(type)”"))
    }
  }
}

extension Event {
  /// A required field that the line does not hold.
  static func missing(_ key: String) -> LocalizedText {
    LocalizedText("champ « \(key) » absent", "missing “\(key)”")
  }
}

/// Typed access to the fields of a line, with errors naming the field.
private struct FieldReader {
  var fields: LineFields

  func optionalString(_ key: LineKey) throws(LineProblem) -> String? {
    switch fields[key] {
    case nil, .null?: return nil
    case .string(let value)?: return value
    default: throw .invalid(LocalizedText("« \(key.rawValue) » n’est pas un texte", "“\(key.rawValue)” is not a string"))
    }
  }

  func string(_ key: LineKey) throws(LineProblem) -> String {
    guard let value = try optionalString(key) else { throw .invalid(Event.missing(key.rawValue)) }
    return value
  }

  func optionalInt(_ key: LineKey) throws(LineProblem) -> Int? {
    switch fields[key] {
    case nil, .null?: return nil
    case .integer(let value)?: return Int(value)
    default: throw .invalid(LocalizedText("« \(key.rawValue) » n’est pas un nombre entier", "“\(key.rawValue)” is not an integer"))
    }
  }

  func timestamp(_ key: LineKey) throws(LineProblem) -> Timestamp {
    guard let value = try optionalTimestamp(key) else { throw .invalid(Event.missing(key.rawValue)) }
    return value
  }

  func optionalTimestamp(_ key: LineKey) throws(LineProblem) -> Timestamp? {
    // The form ardoise writes is read from the bytes, with no string made.
    if case .plainString(let range)? = fields.slot(key), let value = Timestamp.parseCanonical(utf8: fields.bytes(range)) {
      return value
    }
    guard let text = try optionalString(key) else { return nil }
    guard let value = Timestamp.parseCanonical(text) ?? Timestamp.parseISOWithOffset(text) else {
      throw .invalid(LocalizedText("« \(key.rawValue) » n’est pas une date et une heure : \(text)", "“\(key.rawValue)” is not a date-time: \(text)"))
    }
    return value
  }

  func day(_ key: LineKey) throws(LineProblem) -> CalendarDay {
    guard let value = try optionalDay(key) else { throw .invalid(Event.missing(key.rawValue)) }
    return value
  }

  func optionalDay(_ key: LineKey) throws(LineProblem) -> CalendarDay? {
    guard let text = try optionalString(key) else { return nil }
    guard let value = CalendarDay(iso: text) else { throw .invalid(LocalizedText("« \(key.rawValue) » n’est pas une date : \(text)", "“\(key.rawValue)” is not a date: \(text)")) }
    return value
  }

  func enumeration<E: RawRepresentable>(_ key: LineKey, _ type: E.Type) throws(LineProblem) -> E where E.RawValue == String {
    guard let value = try optionalEnum(key, type) else { throw .invalid(Event.missing(key.rawValue)) }
    return value
  }

  func optionalEnum<E: RawRepresentable>(_ key: LineKey, _ type: E.Type) throws(LineProblem) -> E? where E.RawValue == String {
    guard let text = try optionalString(key) else { return nil }
    guard let value = E(rawValue: text) else { throw .invalid(LocalizedText("valeur inconnue pour « \(key.rawValue) » : « \(text) »", "unknown \(key.rawValue) “\(text)”")) }
    return value
  }

  func optionalMoney() throws(LineProblem) -> Money? {
    guard let amountText = try optionalString(.amount) else { return nil }
    let code = try optionalString(.currency) ?? "EUR"
    guard let currency = Currency(isoCode: code) else { throw .invalid(LocalizedText("devise inconnue : « \(code) »", "unknown currency “\(code)”")) }
    guard let money = Money(decimalString: amountText, currency: currency) else {
      // Digits that do not fit the amount type are an amount out of bounds, not a bad shape.
      if Self.isDecimalNumber(amountText, fractionDigits: currency.minorDigits) { throw .amountOutOfBounds(field: "amount", found: amountText, limit: Money.limit(currency)) }
      throw .invalid(LocalizedText("« amount » n’est pas un montant décimal : \(amountText)", "“amount” is not a decimal amount: \(amountText)"))
    }
    // The same bounds as a typed amount: a line with a valid checksum and an absurd amount makes
    // its case read-only instead of reaching the sums.
    guard money.minorUnits >= 0, money <= Money.limit(currency) else {
      throw .amountOutOfBounds(field: "amount", found: amountText, limit: Money.limit(currency))
    }
    return money
  }

  /// The instalments of a plan: its due days and amounts, comma-separated, as many of each,
  /// every amount positive and within bounds, the days in order.
  func plan() throws(LineProblem) -> InstalmentPlan {
    let code = try optionalString(.currency) ?? "EUR"
    guard let currency = Currency(isoCode: code) else { throw .invalid(LocalizedText("devise inconnue : « \(code) »", "unknown currency “\(code)”")) }
    let dayTexts = try string(.days).split(separator: ",", omittingEmptySubsequences: false)
    let amountTexts = try string(.amounts).split(separator: ",", omittingEmptySubsequences: false)
    guard dayTexts.count == amountTexts.count, dayTexts.count <= InstalmentPlan.maximumParts else {
      throw .invalid(LocalizedText("« days » et « amounts » ne concordent pas", "“days” and “amounts” do not match"))
    }
    var instalments: [Instalment] = []
    for (dayText, amountText) in zip(dayTexts, amountTexts) {
      guard let day = CalendarDay(iso: String(dayText)) else { throw .invalid(LocalizedText("« days » contient une date invalide : \(dayText)", "“days” has a bad date: \(dayText)")) }
      guard let amount = Money(decimalString: String(amountText), currency: currency), amount.isPositive,
        amount <= Money.limit(currency)
      else { throw .invalid(LocalizedText("« amounts » contient un montant invalide : \(amountText)", "“amounts” has a bad amount: \(amountText)")) }
      if let last = instalments.last, !(last.due < day) { throw .invalid(LocalizedText("« days » n’est pas dans l’ordre des dates : \(dayText)", "“days” out of order: \(dayText)")) }
      instalments.append(Instalment(due: day, amount: amount))
    }
    guard InstalmentPlan(instalments: instalments).total <= Money.limit(currency) else { throw .amountsBeyondBounds(limit: Money.limit(currency)) }
    return InstalmentPlan(instalments: instalments)
  }

  /// `-12`, `12.50`, `92233720368547758.08`: a sign, digits whatever their number, and at most
  /// `fractionDigits` digits after the point (`42.505` is a bad amount, not a large one).
  static func isDecimalNumber(_ text: String, fractionDigits: Int) -> Bool {
    let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.count == 1 || parts[1].count <= fractionDigits else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }

  func money() throws(LineProblem) -> Money {
    guard let value = try optionalMoney() else { throw .invalid(Event.missing("amount")) }
    return value
  }
}
