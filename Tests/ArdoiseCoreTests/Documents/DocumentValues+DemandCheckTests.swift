import Testing
@testable import ArdoiseCore

/// The court request says precisely what is missing about the formal demand: a letter written
/// but not recorded as sent is not “no formal demand”.
@Suite struct DocumentValuesDemandCheckTests {
  typealias F = DocumentFixtures

  /// The known case, its formal demand replaced by the demand letter written on 24 March.
  static let writtenNotSent = F.build("260314-K7QF", F.known.events.dropLast().map { $0 } + [
    F.event(9, F.at(3, 24, 18, 0), .documentGenerated(kind: "demand-letter", file: "documents/260314-K7QF-demand-letter-fr.md")),
  ])

  private func courtRequest(_ incident: Incident, today: CalendarDay, config: Config = F.config) throws -> GeneratedDocument {
    var request = F.request(.courtRequest, ("known", incident, F.knownCustomer), .french, config: config)
    request.today = today
    return try DocumentGenerator.generate(request)
  }

  @Test func aDemandLetterWrittenButNotRecordedAsSentSaysSo() throws {
    let document = try courtRequest(Self.writtenNotSent, today: CalendarDay(year: 2026, month: 3, day: 26))
    #expect(!document.warnings.contains { $0.english.hasPrefix("No formal demand recorded") })
    #expect(document.warnings.contains {
      $0.english == "Formal demand written on 24 March 2026 but not recorded as sent: once posted by registered letter, record it "
        + "(ardoise step 260314-K7QF authorities --outcome demand-sent --day DAY)."
    })
    #expect(document.text.contains("Mise en demeure rédigée le 24 mars 2026 mais pas enregistrée comme envoyée\u{202F}: une fois postée en LRAR"))
  }

  @Test func aDemandSentWhoseDeadlineIsToComeSaysWhen() throws {
    // Sent on 25 March, receipt not recorded: 8 days from sending, to 2 April, an estimate.
    let running = DocumentValues.formalDemandCheck(F.known, jurisdiction: .france, today: CalendarDay(year: 2026, month: 4, day: 2))
    #expect(running?.english == "The formal demand’s reply deadline has not passed yet: 8 days from sending, an estimate until its receipt is recorded (--received DAY), on 2 April 2026.")
    #expect(running?.french == "Délai de réponse de la mise en demeure pas encore écoulé\u{202F}: 8\u{00A0}jours de son envoi, une estimation tant que sa réception n’est pas enregistrée (--received JOUR), soit le 2 avril 2026.")
    #expect(DocumentValues.formalDemandCheck(F.known, jurisdiction: .france, today: CalendarDay(year: 2026, month: 4, day: 3)) == nil)
    let document = try courtRequest(F.known, today: CalendarDay(year: 2026, month: 3, day: 30))
    #expect(document.warnings.contains { $0.english.hasPrefix("The formal demand’s reply deadline has not passed yet") })
  }

  @Test func aLetterBeforeClaimsDeadlineIsCountedFromItsDate() throws {
    // Sent on 25 March under England and Wales, received on 28 March: 30 days from the letter's
    // date, to 24 April, as the decision records it; the receipt moves nothing.
    let sent = CalendarDay(year: 2026, month: 3, day: 25)
    let policy = RecoveryPolicy(demandDays: 30, today: CalendarDay(year: 2026, month: 3, day: 30), demandTimeRunsFromReceipt: false)
    let opened = F.build("260314-K7QF", Array(F.known.events.dropLast()))
    let value = OutcomeValue.sentAndReceived(sent: sent, received: CalendarDay(year: 2026, month: 3, day: 28))
    let decided = opened.decide(.chooseOutcome(step: .authorities, outcome: "demand-sent", value: value, note: nil),
                                playbook: Playbook.standard(for: .englandAndWales), policy: policy)
    guard case .success(let body) = decided else {
      Issue.record("refused: \(decided)")
      return
    }
    let incident = F.build("260314-K7QF", Array(F.known.events.dropLast()) + [F.event(9, F.at(3, 25, 15, 0), body)])
    let running = DocumentValues.formalDemandCheck(incident, jurisdiction: .englandAndWales, today: CalendarDay(year: 2026, month: 4, day: 24))
    #expect(running?.english == "The letter before claim’s reply deadline has not passed yet: 30 days from the letter’s date, sent on 25 March 2026 (PAP Debt Claims, paras 3-4, Annex 1), on 24 April 2026.")
    #expect(running?.french.contains("30\u{00A0}jours à compter de la date de la lettre, envoyée le 25 mars 2026") == true)
    #expect(DocumentValues.formalDemandCheck(incident, jurisdiction: .englandAndWales, today: CalendarDay(year: 2026, month: 4, day: 25)) == nil)
  }

  @Test func nothingWrittenIsStillNoFormalDemand() {
    let check = DocumentValues.formalDemandCheck(F.unknown, jurisdiction: .france, today: F.today)
    #expect(check?.english.hasPrefix("No formal demand recorded") == true)
    let english = DocumentValues.formalDemandCheck(Self.writtenNotSent, jurisdiction: .englandAndWales, today: F.today)
    #expect(english?.english.hasPrefix("Letter before claim written on 24 March 2026 but not recorded as sent") == true)
    #expect(DocumentValues.formalDemandCheck(F.unknown, jurisdiction: .unsupported("xx"), today: F.today) == nil)
  }
}
