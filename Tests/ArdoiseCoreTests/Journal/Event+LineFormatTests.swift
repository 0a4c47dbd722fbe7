import Foundation
import Testing
@testable import ArdoiseCore

/// Sample events: every body, with its optional fields filled and left out.
enum SampleEvents {
  static let occurred = Timestamp(secondsSince1970: 1_795_992_000, offsetSeconds: 3600)  // 2026-11-29T23:40:00+01:00
  static let recorded = Timestamp(secondsSince1970: 1_795_993_200, offsetSeconds: 3600)
  static let day = CalendarDay(year: 2026, month: 12, day: 3)
  static let amount = Money(minorUnits: 4250, currency: .euro)
  static let awkward = "“Quoted” \"text\" with \\ backslash,\nnewline,\ttab, \u{2028}separator\u{2029}, \u{01}\u{1F}\u{7F} control, 😀 emoji, é à ç accents"

  static let bodies: [EventBody] = [
    .opened(IncidentFacts(occurredAt: occurred, amount: amount, table: "T4", covers: 3, server: "Léa", bill: "4521",
                          summary: "Left while paying", customerDescription: awkward)),
    .opened(IncidentFacts(occurredAt: occurred, amount: Money(minorUnits: 1, currency: .euro))),
    .opened(IncidentFacts(occurredAt: occurred, amount: Money(minorUnits: 12_345, currency: Currency(code: "JPY", minorDigits: 0)))),
    .amended(FactsAmendment(occurredAt: occurred.adding(seconds: -600), amount: Money(minorUnits: 5000), table: "T5", covers: 2,
                            server: "Tom", bill: "9", summary: "Corrected", customerDescription: "Two adults")),
    .amended(FactsAmendment(table: "Terrasse 2")),
    .stepRecorded(StepRecord(step: .stayCalm, status: .done)),
    .stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "paid-on-the-spot", note: awkward, next: .review,
                             payment: Payment(amount: amount, method: .card, reference: "TPE-1"), resolution: .recovered)),
    .stepRecorded(StepRecord(step: .contact, status: .pending, outcome: "promised-to-pay", next: .paymentOptions, promisedDay: day)),
    .stepRecorded(StepRecord(step: .authorities, status: .pending, outcome: "demand-sent",
                             legal: LegalRecord(action: .formalDemand, day: day, reference: "1A 234 567 8901 2", deadline: day.adding(days: 8)))),
    .stepRecorded(StepRecord(step: .authorities, status: .done, outcome: "complaint-filed",
                             legal: LegalRecord(action: .complaint, day: day, reference: "PV 2026/00123"))),
    .stepRecorded(StepRecord(step: "custom-step", status: .notApplicable, note: "n/a")),
    .stepRecorded(StepRecord(step: .prevention, status: .skipped)),
    .subActionToggled(step: .review, subAction: "export-cctv", isDone: true),
    .subActionToggled(step: .review, subAction: "export-cctv", isDone: false),
    .paymentRecorded(Payment(amount: Money(minorUnits: 2000), method: .transfer, reference: "VIR-1"), closesAs: nil),
    .paymentRecorded(Payment(amount: amount, method: .cash), closesAs: .recovered),
    .contactRecorded(ContactAttempt(channel: .inPerson, outcome: .promisedToPay, note: awkward, followUp: day)),
    .contactRecorded(ContactAttempt(channel: .sms, outcome: .noAnswer)),
    .noteAdded(awkward),
    .evidenceAdded(Evidence(kind: .licencePlate, location: "Photo on the office PC", note: "AB-123-CD")),
    .evidenceAdded(Evidence(kind: .cctv, location: "USB key in the safe")),
    .followUpScheduled(day),
    .followUpScheduled(nil),
    .closed(.partlyRecovered, note: "The rest will not be paid"),
    .closed(.handedToAuthorities, note: nil),
    .reopened(note: "Paid in the end"),
    .reopened(note: nil),
    .documentGenerated(kind: "formal-demand", file: "documents/261129-K7QF/mise-en-demeure.txt"),
    .customerIdentified,
    .personalDataPurged(reason: "retention"),
    .personalDataPurged(reason: ""),
    // Last, so the indices the other tests use do not move: a demand with the day it was received.
    .stepRecorded(StepRecord(step: .authorities, status: .pending, outcome: "demand-sent",
                             legal: LegalRecord(action: .formalDemand, day: day, deadline: day.adding(days: 11), received: day.adding(days: 3)))),
    .planAgreed(InstalmentPlan(instalments: [Instalment(due: day, amount: Money(minorUnits: 1418)),
                                             Instalment(due: day.adding(months: 1), amount: Money(minorUnits: 1416)),
                                             Instalment(due: day.adding(months: 2), amount: Money(minorUnits: 1416))])),
    .planAgreed(InstalmentPlan(instalments: [Instalment(due: day, amount: Money(minorUnits: 12_345, currency: Currency(code: "JPY", minorDigits: 0)))])),
    .planCancelled(note: awkward),
    .planCancelled(note: nil),
    .measureTaken(PreventionMeasure(kind: .payWhenServed, note: awkward)),
    .measureTaken(PreventionMeasure(kind: .staffBriefing)),
    .measureTaken(PreventionMeasure(kind: .cctv, note: awkward, day: day)),
  ]

  static func event(_ body: EventBody, index: Int = 0, actor: String = "Claire") -> Event {
    let id = EventID(rawValue: String(format: "01JDX%021d", index))
    let at = { if case .opened(let facts) = body { facts.occurredAt } else { occurred.adding(seconds: Int64(index) * 60) } }()
    return Event(id: id, occurredAt: at, recordedAt: recorded.adding(seconds: Int64(index)), actor: actor, body: body)
  }

  static var events: [Event] { bodies.enumerated().map { event($1, index: $0) } }
}

@Suite struct EventLineFormatTests {
  /// A line for arbitrary JSON, with the right checksum: to test what comes after the checksum.
  private func line(json: String) -> String {
    json + "\t" + CRC32.hex(CRC32.checksum(json.utf8)) + "\n"
  }

  private func problem(_ line: String) -> LineProblem? {
    do { _ = try Event.parse(line: line); return nil } catch { return error }
  }

  @Test func everyBodyIsSampled() {
    let sampled = Set(SampleEvents.bodies.map(\.typeName))
    #expect(sampled == ["opened", "amended", "step", "tick", "payment", "contact", "note", "evidence", "follow-up", "closed",
                        "reopened", "document", "identified", "purged", "plan", "plan-cancelled", "measure"])
  }

  @Test(arguments: SampleEvents.events)
  func everyEventRoundTripsExactly(event: Event) throws {
    let line = event.line
    let parsed = try Event.parse(line: line)
    #expect(parsed == event)
    #expect(parsed.occurredAt.offsetSeconds == event.occurredAt.offsetSeconds)
    #expect(parsed.recordedAt.offsetSeconds == event.recordedAt.offsetSeconds)
    #expect(parsed.line == line)
  }

  @Test(arguments: SampleEvents.events)
  func aLineIsOneLineOfSortedKeysAndAChecksum(event: Event) throws {
    let line = event.line
    #expect(line.hasSuffix("\n"))
    let body = line.dropLast()
    #expect(!body.contains("\n") && !body.contains("\r") && !body.contains("\u{2028}") && !body.contains("\u{2029}"))
    #expect(!body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
    let parts = body.split(separator: "\t", omittingEmptySubsequences: false)
    #expect(parts.count == 2)
    #expect(parts[1].count == 8 && parts[1].allSatisfy { $0.isHexDigit && !$0.isUppercase })
    // Foundation reads the same object: the line is standard JSON.
    let object = try #require(try JSONSerialization.jsonObject(with: Data(parts[0].utf8)) as? [String: Any])
    #expect(object["type"] as? String == event.body.typeName)
    #expect(object["v"] as? Int == 1)
    // Keys appear sorted; a key is always preceded by “{” or “,” (quotes inside values are escaped).
    let json = String(parts[0])
    let positions = try object.keys.map { key in
      (key, try #require(json.range(of: ",\"\(key)\":") ?? json.range(of: "{\"\(key)\":")).lowerBound)
    }
    #expect(positions.sorted { $0.1 < $1.1 }.map(\.0) == object.keys.sorted())
  }

  @Test func escapesAreWrittenAsJSONEscapes() throws {
    let event = SampleEvents.event(.noteAdded("a\"b\\c\nd\te\u{2028}f\u{01}g\u{7F}h😀é"))
    #expect(event.line.contains(#""text":"a\"b\\c\nd\te\u2028f\u0001g\u007fh😀é""#))
    #expect(try Event.parse(line: event.line) == event)
  }

  @Test func theFixedFormOfOneLine() {
    let event = Event(id: EventID(rawValue: "01JDX0000000000000000000AB"), occurredAt: SampleEvents.occurred,
                      recordedAt: SampleEvents.recorded, actor: "Claire", body: .noteAdded("Appelé"))
    let json = #"{"at":"2026-11-29T23:40:00+01:00","by":"Claire","id":"01JDX0000000000000000000AB","recorded":"2026-11-30T00:00:00+01:00","text":"Appelé","type":"note","v":1}"#
    // The checksum as zlib computes it (Python: `"%08x" % zlib.crc32(json.encode())`).
    #expect(event.line == json + "\te20e4f81\n")
  }

  @Test func theFixedFormOfAMeasureLine() throws {
    let event = Event(id: EventID(rawValue: "01JDX0000000000000000000AB"), occurredAt: SampleEvents.occurred,
                      recordedAt: SampleEvents.recorded, actor: "Claire", body: .measureTaken(PreventionMeasure(kind: .deposit, note: "Dès 6 couverts")))
    let json = #"{"at":"2026-11-29T23:40:00+01:00","by":"Claire","id":"01JDX0000000000000000000AB","kind":"deposit","note":"Dès 6 couverts","recorded":"2026-11-30T00:00:00+01:00","type":"measure","v":1}"#
    // The checksum as zlib computes it (Python: `"%08x" % zlib.crc32(json.encode())`).
    #expect(event.line == json + "\t8cb01b32\n")
    #expect(try Event.parse(line: event.line) == event)
  }

  @Test func aMeasureOfAnUnknownKindIsRefused() {
    let json = #"{"at":"2026-11-29T23:40:00+01:00","by":"Claire","id":"01JDX0000000000000000000AB","kind":"prayer","recorded":"2026-11-30T00:00:00+01:00","type":"measure","v":1}"#
    #expect(throws: LineProblem.self) { try Event.parse(line: json + "\t" + CRC32.hex(CRC32.checksum(json.utf8)) + "\n") }
  }

  /// CRC-32/ISO-HDLC (zlib's, reflected polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF):
  /// its published check value for "123456789" is 0xCBF43926. Both paths are checked: eight bytes
  /// at a time for contiguous bytes, one at a time otherwise.
  @Test func crc32IsTheZlibOne() {
    #expect(CRC32.checksum("123456789".utf8) == 0xCBF4_3926)
    #expect(CRC32.checksum("123456789".utf8.lazy.map { $0 }) == 0xCBF4_3926)
    #expect(CRC32.checksum("The quick brown fox jumps over the lazy dog".utf8) == 0x414F_A339)
    #expect(CRC32.checksum("The quick brown fox jumps over the lazy dog".utf8.lazy.map { $0 }) == 0x414F_A339)
    #expect(CRC32.checksum("".utf8) == 0)
    #expect(CRC32.hex(0x0BF4_3926) == "0bf43926")
  }

  /// A stated checksum is read back from its eight hex digits, either case (as the log reader and
  /// the summary cache both read it); anything else is not one.
  @Test func aStatedChecksumIsEightHexDigits() {
    func read(_ text: String) -> UInt32? { Array(text.utf8).withUnsafeBufferPointer { CRC32.value(hex: $0) } }
    #expect(read("cbf43926") == 0xCBF4_3926)
    #expect(read("CBF43926") == 0xCBF4_3926)
    #expect(read(CRC32.hex(0x0BF4_3926)) == 0x0BF4_3926)
    #expect(read("0bf4392") == nil)
    #expect(read("0bf439260") == nil)
    #expect(read("0bf4392g") == nil)
    #expect(read("+bf43926") == nil)
  }

  // MARK: - Damage

  @Test(arguments: [0, 6, 7, 16, 18, 27, 29])
  func aFlippedBitInTheJSONIsAChecksumMismatch(sample: Int) {
    let line = Array(SampleEvents.events[sample].line.utf8)
    let tab = line.lastIndex(of: 0x09)!
    for index in 0..<tab {
      for bit in 0..<8 {
        var damaged = line
        damaged[index] ^= UInt8(1 << bit)
        let result = damaged.dropLast().withUnsafeBufferPointer { buffer in
          Result { () throws(LineProblem) -> Event in try Event.parse(line: buffer) }
        }
        guard case .failure(let problem) = result else {
          Issue.record("byte \(index) bit \(bit) accepted: \(String(decoding: damaged, as: UTF8.self))")
          continue
        }
        #expect(problem == .checksumMismatch, "byte \(index) bit \(bit)")
      }
    }
  }

  @Test func aFlippedBitInTheChecksumIsNeverAcceptedAsAnotherChecksum() {
    let line = Array(SampleEvents.events[6].line.utf8)
    let tab = line.lastIndex(of: 0x09)!
    for index in (tab + 1)..<(line.count - 1) {
      for bit in 0..<8 {
        var damaged = line
        damaged[index] ^= UInt8(1 << bit)
        let text = String(decoding: damaged, as: UTF8.self)
        if let parsed = try? Event.parse(line: text) {
          // Only a change of case of a hex letter reads as the same number, and the record is intact.
          #expect(damaged[..<tab] == line[..<tab])
          #expect(String(decoding: damaged[tab...], as: UTF8.self).lowercased() == String(decoding: line[tab...], as: UTF8.self),
                  "byte \(index) bit \(bit)")
          #expect(parsed == SampleEvents.events[6])
        }
      }
    }
  }

  @Test(arguments: [
    ("", "no checksum"), ("{}", "no checksum"), ("{}\t1234567", "no checksum"), ("{}\t123456789", "no checksum"),
    ("\t00000000", "no checksum"), ("{}\tzzzzzzzz", "bad checksum"), ("{} 00000000", "no checksum"),
  ])
  func linesWithoutAChecksumAreMalformed(text: String, reason: String) {
    guard case .malformed(let found)? = problem(text) else {
      Issue.record("\(text) was not reported malformed")
      return
    }
    #expect(found.english == reason)
  }

  @Test(arguments: ["[1]", "{", "not json", "{\"a\":1.5}", "{\"a\":{}}", "{\"a\":1,\"a\":2}", "{\"v\":1} {}"])
  func aCorrectChecksumOverBadJSONIsMalformed(json: String) {
    guard case .malformed? = problem(line(json: json)) else {
      Issue.record("\(json) was not reported malformed: \(String(describing: problem(line(json: json))))")
      return
    }
  }

  @Test func aNewerVersionIsReportedAsSuch() {
    var fields = SampleEvents.events[0].fields
    fields["v"] = .integer(Int64(Event.formatVersion + 1))
    #expect(problem(line(json: FlatJSON.serialize(fields))) == .newerVersion(Event.formatVersion + 1))
    fields["v"] = .integer(37)
    #expect(problem(line(json: FlatJSON.serialize(fields))) == .newerVersion(37))
  }

  /// The `v` a line states: the oldest format that reads it right.
  private func statedVersion(_ event: Event) throws -> Int? {
    let json = try #require(event.line.split(separator: "\t").first)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["v"] as? Int
  }

  /// A format-1 ardoise reads `identified` as “the customer is identified”, whatever its `change`:
  /// the removal is written as format 2, so that reader refuses the line (the case read-only there,
  /// the file and line named) instead of showing removed details as still on file. Every other
  /// event stays format 1, so an older ardoise is not locked out of cases it reads right.
  @Test func onlyTheRemovalOfTheCustomersDetailsIsWrittenAsFormatTwo() throws {
    let others: [EventBody] = SampleEvents.bodies + [
      .customerDetailsChanged(IdentityChange(.added, fields: ["name", "phone"])),
      .customerDetailsChanged(IdentityChange(.corrected, fields: ["phone"])),
    ]
    for (index, body) in others.enumerated() {
      #expect(try statedVersion(SampleEvents.event(body, index: index)) == 1, "\(body)")
    }
    let removal = SampleEvents.event(.customerDetailsChanged(IdentityChange(.removed, fields: ["name", "phone"])))
    #expect(try statedVersion(removal) == 2)
    #expect(Event.formatVersion == 2)
    #expect(try Event.parse(line: removal.line) == removal)
  }

  @Test(arguments: [
    ("v", nil), ("id", nil), ("at", nil), ("recorded", nil), ("by", nil), ("type", nil), ("amount", nil),
    ("v", FlatJSONValue.string("1")), ("v", .integer(0)), ("id", .integer(3)), ("at", .string("yesterday")),
    ("at", .string("2026-11-29 23:40")), ("recorded", .bool(true)), ("by", .null), ("type", .string("teleported")),
    ("amount", .string("42.505")), ("amount", .string("42,50")), ("amount", .integer(42)), ("currency", .string("EURO")),
    ("covers", .string("three")), ("table", .integer(4)),
  ])
  func missingOrMistypedFieldsAreInvalid(key: String, value: FlatJSONValue?) {
    var fields = SampleEvents.events[0].fields
    fields[key] = value
    guard case .invalid(let reason)? = problem(line(json: FlatJSON.serialize(fields))) else {
      Issue.record("\(key) = \(String(describing: value)) was not invalid")
      return
    }
    #expect(reason.english.contains(key) || reason.english.contains("version") || reason.english.contains("EURO"), "\(reason)")
    #expect(reason.french.contains(key) || reason.french.contains("version") || reason.french.contains("EURO"), "\(reason)")
  }

  @Test(arguments: [
    (15, "method", FlatJSONValue.string("bitcoin")), (15, "method", nil), (12, "done", .string("yes")), (12, "done", nil),
    (12, "item", nil), (16, "channel", .string("pigeon")), (16, "outcome", .string("maybe")), (16, "follow_up", .string("03/12")),
    (19, "kind", .string("dna")), (19, "location", nil), (23, "resolution", .string("forgotten")), (23, "resolution", nil),
    (5, "status", .string("half-done")), (5, "step", nil), (8, "legal", .string("duel")), (8, "legal_day", nil),
    (18, "text", nil), (27, "file", nil), (21, "day", .integer(3)),
  ])
  func bodyFieldsAreCheckedToo(sample: Int, key: String, value: FlatJSONValue?) {
    var fields = SampleEvents.events[sample].fields
    fields[key] = value
    guard case .invalid? = problem(line(json: FlatJSON.serialize(fields))) else {
      Issue.record("\(SampleEvents.events[sample].body.typeName): \(key) = \(String(describing: value)) was accepted")
      return
    }
  }

  /// An amount read from disk beyond the bounds of a typed one (or too long for the amount type)
  /// is reported as such, its detail in the reader's language: French limits in French.
  @Test(arguments: ["92233720368547758.07", "92233720368547758.08", "1000000.01", "-5.00"])
  func anAmountOutOfBoundsIsSaidInTheReadersLanguage(amount: String) {
    var fields = SampleEvents.events[0].fields
    fields["amount"] = .string(amount)
    let found = problem(line(json: FlatJSON.serialize(fields)))
    #expect(found == .amountOutOfBounds(field: "amount", found: amount, limit: Money(minorUnits: 100_000_000)))
    #expect(found?.message(.french) == "enregistrement invalide\u{202F}: « amount » hors limites (de 0 à 1\u{202F}000\u{202F}000,00\u{A0}€)\u{202F}: \(amount)"
      .replacingOccurrences(of: "« amount »", with: "«\u{202F}amount\u{202F}»"))
    #expect(found?.message(.english) == "invalid record: “amount” out of bounds (0 to €1,000,000.00): \(amount)")
  }

  @Test func aPlanAddingUpBeyondBoundsIsSaidInTheReadersLanguage() {
    #expect(LineProblem.amountsBeyondBounds(limit: Money(minorUnits: 100_000_000)).message(.french)
      == "enregistrement invalide\u{202F}: «\u{202F}amounts\u{202F}» dépasse 1\u{202F}000\u{202F}000,00\u{A0}€ au total")
  }

  @Test func aLineWithOrWithoutItsNewlineReadsTheSame() throws {
    let event = SampleEvents.events[1]
    #expect(try Event.parse(line: String(event.line.dropLast())) == event)
    #expect(try Event.parse(line: event.line) == event)
  }

  @Test func everyProblemSpeaksBothLanguages() {
    for problem in [LineProblem.checksumMismatch, .malformed(LocalizedText("x", "x")), .newerVersion(2), .invalid(LocalizedText("y", "y"))] {
      #expect(!problem.message(.french).isEmpty && problem.message(.french) != problem.message(.english))
    }
  }
}
