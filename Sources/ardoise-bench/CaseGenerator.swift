import ArdoiseCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a data directory of `count` cases of about `eventsPerCase` events each, straight to
/// the log files with `Event.line` (going through `Store.create` would fsync every case).
struct CaseGenerator {
  var count: Int
  var eventsPerCase: Int

  /// Lines in each log: the nine events of every case, then notes up to `eventsPerCase`.
  var linesPerCase: Int { max(9, eventsPerCase) }

  /// Fills `directory` (prepared, empty) and returns the case ids.
  func generate(in directory: DataDirectory) throws -> [IncidentID] {
    try directory.prepare()
    var generator = BenchRandom(seed: UInt64(count))
    var ids = Set<IncidentID>()
    var ordered: [IncidentID] = []
    let firstDay = CalendarDay(year: 2024, month: 1, day: 1)
    while ordered.count < count {
      let id = IncidentID.make(on: firstDay.adding(days: ordered.count / 100), using: &generator)
      if ids.insert(id).inserted { ordered.append(id) }
    }
    let chunks = 8
    let failures = FailureBox()
    let all = ordered
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var generator = BenchRandom(seed: UInt64(count * 31 + chunk))
      var index = chunk
      while index < all.count {
        let text = lines(for: all[index], number: index, using: &generator)
        if let problem = write(text, to: directory.logPath(all[index])) { failures.record(problem) }
        index += chunks
      }
    }
    if let problem = failures.first { throw problem }
    return ordered
  }

  /// The log of case number `number`: opened, steps, contacts, notes, a payment.
  private func lines(for id: IncidentID, number: Int, using generator: inout BenchRandom) -> String {
    var second = Int64(1_704_067_200 + number * 60)
    var text = ""
    func add(_ body: EventBody) {
      second += Int64.random(in: 60...86_400, using: &generator)
      let moment = Timestamp(secondsSince1970: second, offsetSeconds: 3600)
      let event = Event(id: EventID.make(at: moment.date, using: &generator), occurredAt: moment, recordedAt: moment,
                        actor: "Camille", body: body)
      text += event.line
    }
    let amount = Money(minorUnits: Int64.random(in: 2_000...40_000, using: &generator))
    add(.opened(IncidentFacts(occurredAt: Timestamp(secondsSince1970: second, offsetSeconds: 3600), amount: amount,
                              table: String(number % 40 + 1), covers: number % 6 + 1, server: "Léa",
                              summary: "Deux clients partis sans payer après le dessert",
                              customerDescription: "Homme, veste bleue, barbe ; femme, cheveux courts")))
    add(.stepRecorded(StepRecord(step: .stayCalm, status: .done)))
    add(.stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "gone", next: .review)))
    add(.evidenceAdded(Evidence(kind: .cctv, location: "NVR export, clé USB dans le coffre")))
    add(.stepRecorded(StepRecord(step: .review, status: .done, outcome: "confirmed-unpaid", next: .contact)))
    for _ in 0..<(linesPerCase - 9) { add(.noteAdded("Appelé le restaurant voisin, personne ne les connaît")) }
    add(.contactRecorded(ContactAttempt(channel: .phone, outcome: .noAnswer, note: "messagerie")))
    add(.contactRecorded(ContactAttempt(channel: .sms, outcome: .promisedToPay, followUp: CalendarDay(year: 2026, month: 1, day: 5))))
    add(.followUpScheduled(CalendarDay(year: 2026, month: 1, day: 12)))
    add(.paymentRecorded(Payment(amount: Money(minorUnits: amount.minorUnits / 2), method: .transfer, reference: "VIR-\(number)"),
                         closesAs: nil))
    return text
  }

  private func write(_ text: String, to path: String) -> Error? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return BenchError("open \(path): errno \(errno)") }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      guard written > 0 else { return BenchError("write \(path): errno \(errno)") }
      offset += written
    }
    return nil
  }
}

/// An error of the bench itself.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// The first failure seen by the generator's worker threads.
final class FailureBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Error?

  func record(_ error: Error) { lock.withLock { if stored == nil { stored = error } } }
  var first: Error? { lock.withLock { stored } }
}

/// Generated data is the same on every run: ArdoiseCore's SplitMix64.
typealias BenchRandom = SplitMix64
