import Foundation

/// Fills a store with realistic walkout cases spread over the last months, each walked through
/// the checklist as a manager would, so a newcomer sees ardoise at work at once.
///
/// Deterministic for a given seed and end date.
public struct DemoGenerator {
  public let store: Store
  public let playbook: Playbook
  public let language: Language
  public var seed: UInt64 = 0x5EED_A4D0

  public init(store: Store, playbook: Playbook, language: Language) {
    self.store = store
    self.playbook = playbook
    self.language = language
  }

  /// Creates `count` cases over the ~150 days before `end`. Returns how many were created.
  @discardableResult
  public func generate(count: Int, endingAt end: Date, progress: ProgressHandler? = nil) throws -> Int {
    var random = SplitMix64(seed: seed)
    let originalNow = store.now
    let originalActor = store.actor
    defer {
      store.now = originalNow
      store.actor = originalActor
    }
    let servers = ["Léa", "Karim", "Sofia", "Tom", "Inès", "Hugo"]
    let managers = ["Claire", "Marc"]
    let tables = ["T1", "T2", "T4", "T5", "T7", "T8", "T9", "T12", "T14", "Terrasse 2", "Terrasse 3", "Terrasse 6", "Bar", "Salon"]
    let summaries = [
      LocalizedText("Partis pendant que le serveur encaissait une autre table.", "Left while the server was taking payment at another table."),
      LocalizedText("Sont sortis fumer et ne sont pas revenus.", "Went out to smoke and never came back."),
      LocalizedText("Ont dit qu’ils payaient au bar, personne n’est venu.", "Said they would pay at the bar; nobody came."),
      LocalizedText("Carte refusée, le client est parti chercher de l’argent.", "Card declined; the customer went to get cash."),
      LocalizedText("Groupe parti en plusieurs fois, chacun pensait qu’un autre payait.", "Group left in twos and threes, each thinking another paid."),
      LocalizedText("Table de la terrasse vide à l’arrivée de l’addition.", "Terrace table empty when the bill arrived."),
    ]
    let descriptions = [
      LocalizedText("Deux adultes, la quarantaine, veste de cuir marron.", "Two adults in their forties, brown leather jacket."),
      LocalizedText("Couple, elle en robe rouge, lui casquette bleue.", "A couple; she in a red dress, he in a blue cap."),
      LocalizedText("Quatre étudiants, sac à dos gris, partis à pied vers la gare.", "Four students, grey backpack, left on foot towards the station."),
      LocalizedText("Homme seul, costume, a laissé un parapluie.", "A man alone in a suit; left an umbrella behind."),
      LocalizedText("Famille avec deux enfants, voiture blanche garée devant.", "A family with two children; white car parked outside."),
    ]
    let timeZone = store.timeZone
    let endDay = Timestamp(end, in: timeZone).day
    var made = 0
    for index in 0..<count {
      let daysAgo = count == 1 ? 0 : Int(Double(count - 1 - index) / Double(max(1, count - 1)) * 150) + Int(random.next() % 3)
      let day = endDay.adding(days: -min(daysAgo, 150))
      let isLunch = random.next() % 4 == 0
      let hour = isLunch ? 13 + Int(random.next() % 2) : 20 + Int(random.next() % 4)
      let minute = Int(random.next() % 60)
      var occurred = Timestamp.makeLocal(day: day, hour: hour, minute: minute, timeZone: timeZone)
      if occurred.date > end { occurred = Timestamp(end.addingTimeInterval(-3600), in: timeZone) }
      let covers = 1 + Int(random.next() % 6)
      let perCover = 1800 + Int64(random.next() % 3200)
      let amount = Money(minorUnits: perCover * Int64(covers) / 10 * 10, currency: .euro)
      let facts = IncidentFacts(
        occurredAt: occurred, amount: amount, table: tables[Int(random.next() % UInt64(tables.count))], covers: covers,
        server: servers[Int(random.next() % UInt64(servers.count))], bill: String(4000 + index * 37 % 9000),
        summary: summaries[Int(random.next() % UInt64(summaries.count))](language),
        customerDescription: descriptions[Int(random.next() % UInt64(descriptions.count))](language))
      var clock = occurred.date.addingTimeInterval(TimeInterval(300 + random.next() % 900))
      store.now = { clock }
      store.actor = managers[Int(random.next() % 2)]
      let incident = try store.create(facts)
      made += 1
      progress?(ProgressReport(phase: LocalizedText("dossiers de démonstration", "demo cases"), done: made, total: count))
      // The demo restaurant takes euros in France: French law's deadline, whatever the language.
      let policy = { RecoveryPolicy(demandDays: Config().demandDays(for: .france), today: Timestamp(clock, in: timeZone).day) }
      func act(_ intent: Intent, after minutes: Double) throws {
        clock = min(clock.addingTimeInterval(minutes * 60), end)
        _ = try store.record(on: incident.id) { $0.decide(intent, playbook: playbook, policy: policy()) }
      }
      let isRecent = daysAgo < 12
      try act(.markStep(.stayCalm, .done, note: nil), after: 1)
      let story = random.next() % 100
      if story < 18 {
        try act(.chooseOutcome(step: .catchUp, outcome: "paid-on-the-spot", value: .paymentMethod(.card), note: nil), after: 4)
        continue
      }
      try act(.chooseOutcome(step: .catchUp, outcome: "gone", value: nil, note: nil), after: 3)
      if story < 30 {
        try act(.chooseOutcome(step: .review, outcome: "honest-mistake", value: nil,
                               note: LocalizedText("Le client a rappelé le lendemain, il pensait que son ami avait payé.",
                                       "The customer called back the next day; he thought his friend had paid.")(language)), after: 900)
        continue
      }
      let reachable = story < 75
      try act(.chooseOutcome(step: .review, outcome: reachable ? "confirmed-unpaid" : "no-contact-details", value: nil, note: nil), after: 30)
      if isRecent && story % 3 == 0 { continue }
      if reachable {
        try act(.recordContact(ContactAttempt(channel: .phone, outcome: .noAnswer, followUp: Timestamp(clock, in: timeZone).day.adding(days: 2))), after: 720)
        if isRecent && story % 2 == 0 { continue }
        let promised = Timestamp(clock, in: timeZone).day.adding(days: 5)
        try act(.recordContact(ContactAttempt(channel: .phone, outcome: .promisedToPay, followUp: promised)), after: 2880)
        try act(.chooseOutcome(step: .contact, outcome: "promised-to-pay", value: .day(promised), note: nil), after: 1)
        if isRecent { continue }
        if story < 55 {
          try act(.recordPayment(Payment(amount: incident.facts.amount, method: .transfer, reference: "VIR-\(1000 + index)")), after: 4320)
        } else {
          let half = Money(minorUnits: incident.facts.amount.minorUnits / 2, currency: .euro)
          try act(.recordPayment(Payment(amount: half, method: .cash)), after: 4320)
          if story < 65 {
            try act(.close(.partlyRecovered, note: LocalizedText("Le reste ne sera pas payé.", "The rest will not be paid.")(language)), after: 20160)
          }
        }
      } else {
        if story < 88 {
          try act(.chooseOutcome(step: .authorities, outcome: "complaint-filed", value: .reference("PV-\(2026_00100 + index)"), note: nil), after: 1440)
          if !isRecent { try act(.close(.handedToAuthorities, note: nil), after: 10080) }
        } else if !isRecent {
          try act(.chooseOutcome(step: .authorities, outcome: "write-off", value: nil, note: nil), after: 10080)
        }
      }
      if !isRecent && random.next() % 2 == 0 {
        try act(.chooseOutcome(step: .prevention, outcome: "measures-noted", value: nil,
                               note: LocalizedText("Encaisser la terrasse à la commande après 22 h.", "Take payment on ordering on the terrace after 10 pm.")(language)), after: 60)
      }
    }
    return made
  }
}

/// A small deterministic random generator (SplitMix64) for repeatable demo data and benchmarks.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
