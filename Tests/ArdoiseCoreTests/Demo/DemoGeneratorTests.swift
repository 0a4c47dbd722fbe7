import Foundation
import Testing
@testable import ArdoiseCore

/// The demo data: thirty readable cases with a realistic mix, the same for the same end date.
@Suite struct DemoGeneratorTests {
  static let paris = TimeZone(identifier: "Europe/Paris")!
  /// 2026-11-29 15:00 in Paris.
  static let end = Date(timeIntervalSince1970: 1_795_960_800)

  /// A fresh data directory path under the temporary folder (not created yet).
  private func temporaryDataDirectory() -> DataDirectory {
    let path = FileManager.default.temporaryDirectory.path + "/ardoise-demo-\(UUID().uuidString)/data"
    return DataDirectory(path: path)
  }

  /// Generates the demo in a new directory and reads it back with a new store.
  private func generate(end: Date = DemoGeneratorTests.end, language: Language = .french) throws -> (Store, String) {
    let directory = temporaryDataDirectory()
    let writer = try Store(directory: directory, actor: "demo", now: { end }, timeZone: Self.paris)
    let made = try DemoGenerator(store: writer, playbook: .standard, language: language).generate(count: 30, endingAt: end)
    #expect(made == 30)
    #expect(writer.now() == end)
    #expect(writer.actor == "demo")
    let reader = try Store(directory: directory, actor: "check", now: { end }, timeZone: Self.paris, preparing: false)
    return (reader, (directory.path as NSString).deletingLastPathComponent)
  }

  /// What a case looks like, without its random ids.
  private func shape(_ incident: Incident) -> String {
    let steps = Playbook.standard.steps.map { "\($0.id)=\(incident.progress(of: $0.id).status.rawValue)/\(incident.progress(of: $0.id).outcome ?? "-")" }
    let bodies = incident.events.map { event -> String in
      var copy = event
      copy.id = EventID(rawValue: "")
      return String(copy.line.prefix { $0 != "\t" })
    }
    return ([incident.facts.occurredAt.iso8601, incident.facts.amount.decimalString, incident.status.rawValue,
             incident.resolution?.rawValue ?? "-", incident.paid.decimalString, incident.followUp?.description ?? "-",
             incident.openedAt.iso8601, incident.openedBy] + steps + bodies).joined(separator: "|")
  }

  @Test func thirtyReadableCasesWithAMixOfEndings() throws {
    let (store, root) = try generate()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(store.count == 30)
    #expect(store.allProblems.isEmpty, "\(store.allProblems)")
    let incidents = store.incidents
    #expect(incidents.count == 30)
    #expect(incidents.allSatisfy { !$0.isReadOnly && $0.problems.isEmpty })
    let open = incidents.filter { $0.incident.isOpen }
    let resolutions = Set(incidents.compactMap { $0.incident.resolution })
    #expect(open.count >= 3 && open.count <= 27, "\(open.count) open")
    #expect(resolutions.count >= 3, "\(resolutions)")
    #expect(resolutions.contains(.recovered))
    for stored in incidents {
      let incident = stored.incident
      #expect(incident.facts.amount.isPositive)
      #expect(incident.paid <= incident.facts.amount)
      #expect(incident.facts.occurredAt.date <= Self.end)
      #expect(incident.events.allSatisfy { $0.recordedAt.date <= Self.end })
      #expect(incident.isOpen == (incident.resolution == nil))
      if incident.resolution == .recovered { #expect(incident.outstanding.isZero) }
      #expect(incident.facts.summary != nil && incident.facts.customerDescription != nil)
    }
    // Spread over months, not all on one day.
    let days = Set(incidents.map { $0.incident.facts.occurredAt.day })
    #expect(days.count > 20)
    let oldest = try #require(days.min())
    #expect(oldest.days(until: Timestamp(Self.end, in: Self.paris).day) >= 120)
  }

  @Test func theSameEndDateGivesTheSameCases() throws {
    let (first, firstRoot) = try generate()
    let (second, secondRoot) = try generate()
    defer {
      try? FileManager.default.removeItem(atPath: firstRoot)
      try? FileManager.default.removeItem(atPath: secondRoot)
    }
    let firstShapes = first.incidents.map { shape($0.incident) }.sorted()
    let secondShapes = second.incidents.map { shape($0.incident) }.sorted()
    #expect(firstShapes.count == 30)
    #expect(firstShapes == secondShapes)
  }

  @Test func anotherEndDateAndLanguageAlsoWork() throws {
    // Summer, in English: every decision of the story must still be accepted.
    let (store, root) = try generate(end: Date(timeIntervalSince1970: 1_784_116_800), language: .english)
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(store.count == 30 && store.allProblems.isEmpty)
    #expect(store.incidents.contains { $0.incident.facts.summary?.contains("server") == true || $0.incident.facts.summary?.contains("bar") == true })
  }
}
