import Foundation
import Testing

@testable import ArdoiseCore

/// Every kind of damaged line a case log can hold, as the reader sees it: the exact detail it
/// reports, in French and in English. (`check`, `show`, `list` and the screen's status line all
/// print this detail after the case, file and line.)
enum DamagedLines {
  struct Sample: Sendable, CustomStringConvertible {
    var name: String
    var bytes: [UInt8]
    var french: String
    var english: String
    var description: String { name }
  }

  /// The fields of a sample opening with `key` set to `value` (removed when nil), checksummed.
  static func opening(_ key: String, _ value: FlatJSONValue?) -> [UInt8] {
    var fields = SampleEvents.events[0].fields
    fields[key] = value
    return checksummedLine(fields)
  }

  static func checksummed(_ json: [UInt8]) -> [UInt8] {
    json + Array(("\t" + CRC32.hex(CRC32.checksum(json)) + "\n").utf8)
  }

  static let invalid = ("enregistrement invalide\u{202F}: ", "invalid record: ")
  static let unreadable = ("ligne illisible (", "unreadable line (")

  static let all: [Sample] = {
    var closed = SampleEvents.events[23].fields
    closed["resolution"] = .string("forgotten")
    var tampered = Array(SampleEvents.events[1].line.utf8)
    tampered[tampered.count - 2] = tampered[tampered.count - 2] == 0x30 ? 0x31 : 0x30
    return [
      Sample(name: "checksum mismatch", bytes: tampered,
             french: "somme de contrôle fausse\u{202F}: ligne abîmée ou modifiée à la main",
             english: "checksum mismatch: the line was damaged or edited by hand"),
      Sample(name: "no checksum", bytes: Array("garbage\n".utf8),
             french: unreadable.0 + "pas de somme de contrôle)", english: unreadable.1 + "no checksum)"),
      Sample(name: "bad checksum", bytes: Array("{}\tzzzzzzzz\n".utf8),
             french: unreadable.0 + "somme de contrôle mal écrite)", english: unreadable.1 + "bad checksum)"),
      Sample(name: "a float", bytes: checksummed(Array(#"{"a":1.5}"#.utf8)),
             french: unreadable.0 + "«\u{202F},\u{202F}» ou «\u{202F}}\u{202F}» attendu à la colonne 7)",
             english: unreadable.1 + "expected “,” or “}” at column 7)"),
      Sample(name: "duplicate key", bytes: checksummed(Array(#"{"a":1,"a":2}"#.utf8)),
             french: unreadable.0 + "clé «\u{202F}a\u{202F}» en double à la colonne 13)",
             english: unreadable.1 + "duplicate key “a” at column 13)"),
      Sample(name: "text after the object", bytes: checksummed(Array(#"{"v":1} {}"#.utf8)),
             french: unreadable.0 + "texte après l’objet à la colonne 9)", english: unreadable.1 + "text after the object at column 9)"),
      Sample(name: "bytes that are not UTF-8", bytes: checksummed(Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)),
             french: unreadable.0 + "octets qui ne sont pas de l’UTF-8 à la colonne 10)",
             english: unreadable.1 + "invalid UTF-8 at column 10)"),
      Sample(name: "unknown event type", bytes: opening("type", .string("teleported")),
             french: invalid.0 + "type d’événement inconnu\u{202F}: «\u{202F}teleported\u{202F}»",
             english: invalid.1 + "unknown type “teleported”"),
      Sample(name: "bad date-time", bytes: opening("at", .string("yesterday")),
             french: invalid.0 + "«\u{202F}at\u{202F}» n’est pas une date et une heure\u{202F}: yesterday",
             english: invalid.1 + "“at” is not a date-time: yesterday"),
      Sample(name: "missing key", bytes: opening("by", nil),
             french: invalid.0 + "champ «\u{202F}by\u{202F}» absent", english: invalid.1 + "missing “by”"),
      Sample(name: "bad id", bytes: opening("id", .integer(3)),
             french: invalid.0 + "«\u{202F}id\u{202F}» n’est pas un texte", english: invalid.1 + "“id” is not a string"),
      Sample(name: "covers not a number", bytes: opening("covers", .string("three")),
             french: invalid.0 + "«\u{202F}covers\u{202F}» n’est pas un nombre entier", english: invalid.1 + "“covers” is not an integer"),
      Sample(name: "bad version", bytes: opening("v", .integer(0)),
             french: invalid.0 + "version de format invalide\u{202F}: 0", english: invalid.1 + "bad version 0"),
      Sample(name: "newer format", bytes: opening("v", .integer(99)),
             french: "écrite par une version plus récente d’ardoise (format 99)", english: "written by a newer ardoise (format 99)"),
      Sample(name: "unknown currency", bytes: opening("currency", .string("EURO")),
             french: invalid.0 + "devise inconnue\u{202F}: «\u{202F}EURO\u{202F}»", english: invalid.1 + "unknown currency “EURO”"),
      Sample(name: "amount not decimal", bytes: opening("amount", .string("42,50")),
             french: invalid.0 + "«\u{202F}amount\u{202F}» n’est pas un montant décimal\u{202F}: 42,50",
             english: invalid.1 + "“amount” is not a decimal amount: 42,50"),
      Sample(name: "unknown value of a choice", bytes: checksummedLine(closed),
             french: invalid.0 + "valeur inconnue pour «\u{202F}resolution\u{202F}»\u{202F}: «\u{202F}forgotten\u{202F}»",
             english: invalid.1 + "unknown resolution “forgotten”"),
      Sample(name: "line too long", bytes: [UInt8](repeating: 0x78, count: FileLimits.logLine + 1) + [0x0A],
             french: "ligne de plus de 1\u{A0}Mio\u{202F}: pas lue", english: "line over 1 MiB: not read"),
    ]
  }()
}

@Suite struct CaseLogDamagedLineDetailsTests {
  @Test(arguments: DamagedLines.all)
  func eachDamagedLineIsSaidInBothLanguages(sample: DamagedLines.Sample) throws {
    let reading = sample.bytes.withUnsafeBufferPointer { CaseLog.read($0, file: "cases/261129-K7QF.jsonl") }
    #expect(reading.events.isEmpty)
    let problem = try #require(reading.problems.first)
    #expect(reading.problems.count == 1 && problem.severity == .error && problem.line == 1)
    #expect(problem.message(.french) == sample.french)
    #expect(problem.message(.english) == sample.english)
    // The case turns read-only for the same reason, after the file and line, in the same language.
    #expect(reading.readOnlyReason?(.french) == "ligne 1 de cases/261129-K7QF.jsonl\u{202F}: " + sample.french)
    #expect(reading.readOnlyReason?(.english) == "line 1 of cases/261129-K7QF.jsonl: " + sample.english)
  }

  /// The table covers every kind of problem the line reader reports.
  @Test func theTableCoversEveryKindOfProblem() {
    var kinds = Set<String>()
    for sample in DamagedLines.all {
      do { _ = try sample.bytes.dropLast().withUnsafeBufferPointer { (b) throws(LineProblem) in try Event.parse(line: b) } } catch {
        switch error {
        case .checksumMismatch: kinds.insert("checksum")
        case .malformed: kinds.insert("malformed")
        case .newerVersion: kinds.insert("newer")
        case .invalid: kinds.insert("invalid")
        case .amountOutOfBounds, .amountsBeyondBounds: kinds.insert("bounds")
        }
      }
    }
    #expect(kinds == ["checksum", "malformed", "newer", "invalid"])
  }
}
