import Foundation
@testable import ArdoiseCore

/// Three fixed cases, a fixed config, a fixed playbook and a fixed "today", so documents are deterministic.
enum DocumentFixtures {
  static let today = CalendarDay(year: 2026, month: 5, day: 4)
  static let paris: Int32 = 7200

  /// A playbook of its own, so these goldens do not move when the shipped playbook's wording does;
  /// its demand step is named as the jurisdiction's law names it, as the shipped ones do.
  static func playbook(for jurisdiction: Jurisdiction) -> Playbook {
    let demand: LocalizedText
    switch jurisdiction {
    case .france: demand = LocalizedText("Mise en demeure", "Formal demand")
    case .englandAndWales: demand = LocalizedText("Lettre avant poursuites", "Letter before claim")
    case .unsupported: demand = LocalizedText("Demande de paiement", "Demand for payment")
    }
    return Playbook(steps: [
    PlaybookStep(id: .catchUp, title: LocalizedText("Rattraper le client", "Catch the customer"), guidance: LocalizedText("", ""), outcomes: [
      Outcome(id: "gone", label: LocalizedText("Déjà parti", "Already gone"))]),
    PlaybookStep(id: .review, title: LocalizedText("Vérifier la caisse", "Check the till"), guidance: LocalizedText("", ""), outcomes: [
      Outcome(id: "confirmed-unpaid", label: LocalizedText("Impayé confirmé", "Confirmed unpaid"))]),
    PlaybookStep(id: .contact, title: LocalizedText("Contacter le client", "Contact the customer"), guidance: LocalizedText("", "")),
    PlaybookStep(id: .paymentOptions, title: demand, guidance: LocalizedText("", "")),
    PlaybookStep(id: .authorities, title: LocalizedText("Plainte et tribunal", "Police and court"), guidance: LocalizedText("", ""), outcomes: [
      Outcome(id: "complaint-filed", label: LocalizedText("Plainte déposée", "Complaint filed"), effect: .complaintFiled)]),
    ])
  }

  static var config: Config {
    var config = Config()
    config.restaurantName = "Le Petit Zinc"
    config.legalName = "SARL Le Petit Zinc"
    config.address = "12 rue des Halles, 69001 Lyon"
    config.city = "Lyon"
    config.companyNumber = "123 456 789 00012"
    config.phone = "04 78 00 00 00"
    config.email = "contact@petitzinc.example"
    config.paymentLink = "https://pay.example/pz"
    config.iban = "FR76 3000 6000 0112 3456 7890 189"
    config.representative = "Claire Martin, gérante"
    config.interestRate = "4.16"
    return config
  }

  static func at(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Timestamp {
    let local = Int64(CalendarDay(year: 2026, month: month, day: day).daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)
    return Timestamp(secondsSince1970: local - Int64(paris), offsetSeconds: paris)
  }

  static func event(_ number: Int, _ moment: Timestamp, _ body: EventBody, by actor: String = "claire") -> Event {
    Event(id: EventID(rawValue: String(format: "01JT000000000000000000%04d", number)), occurredAt: moment, recordedAt: moment,
          actor: actor, body: body)
  }

  static func euros(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .euro) }

  static func build(_ id: String, _ events: [Event]) -> Incident {
    guard let incident = Incident.replay(id: IncidentID(rawValue: id), events: events).incident else {
      preconditionFailure("fixture \(id) has no opened event")
    }
    return incident
  }

  /// A customer who booked under their name: reminders, a formal demand by LRAR, evidence.
  static let known = build("260314-K7QF", [
    event(1, at(3, 14, 22, 40), .opened(IncidentFacts(
      occurredAt: at(3, 14, 22, 35), amount: euros(8650), table: "12", covers: 2, server: "Léa", bill: "A-1042",
      summary: "Deux clients sont sortis fumer pendant le dessert et ne sont pas revenus.",
      customerDescription: "Un homme d’environ 40 ans, veste bleue ; une femme aux cheveux courts."))),
    event(2, at(3, 14, 22, 50), .stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "gone"))),
    event(3, at(3, 15, 10, 0), .evidenceAdded(Evidence(kind: .bill, location: "classeur des impayés, bureau"))),
    event(4, at(3, 15, 10, 5), .evidenceAdded(Evidence(kind: .cctv, location: "clé USB dans le coffre", note: "22:20 à 22:40"))),
    event(5, at(3, 15, 10, 10), .evidenceAdded(Evidence(kind: .witness, location: "Léa (serveuse)"))),
    event(6, at(3, 15, 10, 30), .customerIdentified),
    event(7, at(3, 16, 11, 0), .contactRecorded(ContactAttempt(channel: .phone, outcome: .noAnswer))),
    event(8, at(3, 18, 9, 30), .contactRecorded(ContactAttempt(channel: .email, outcome: .noAnswer, note: "relance amiable"))),
    event(9, at(3, 25, 15, 0), .stepRecorded(StepRecord(
      step: .paymentOptions, status: .done, note: "envoyée à La Poste de la rue Grenette",
      legal: LegalRecord(action: .formalDemand, day: CalendarDay(year: 2026, month: 3, day: 25), reference: "LRAR 1A 234 567 8901 2",
                         deadline: CalendarDay(year: 2026, month: 4, day: 2))))),
  ])

  static let knownCustomer = CustomerIdentity(
    name: "Julien Moreau", phone: "06 12 34 56 78", email: "j.moreau@example.org",
    postalAddress: "8 avenue Jean Jaurès, 69007 Lyon", source: "réservation en ligne du 12 mars 2026")

  /// Nobody identified: a complaint was filed.
  static let unknown = build("260420-M3RD", [
    event(1, at(4, 20, 23, 15), .opened(IncidentFacts(
      occurredAt: at(4, 20, 23, 5), amount: euros(4200), table: "terrasse 3", covers: 3, server: "Tom",
      customerDescription: "Trois jeunes hommes, partis en courant vers la place des Terreaux."))),
    event(2, at(4, 20, 23, 20), .evidenceAdded(Evidence(kind: .cctv, location: "enregistreur, export à faire avant le 20 mai"))),
    event(3, at(4, 21, 14, 0), .stepRecorded(StepRecord(
      step: .authorities, status: .done, outcome: "complaint-filed",
      legal: LegalRecord(action: .complaint, day: CalendarDay(year: 2026, month: 4, day: 21), reference: "PV 2026/004512")))),
  ])

  /// A business dinner: the company paid part of it.
  static let partlyPaid = build("260402-P9XA", [
    event(1, at(4, 2, 14, 30), .opened(IncidentFacts(
      occurredAt: at(4, 2, 14, 20), amount: euros(12000), table: "salon", covers: 4, bill: "A-1187",
      summary: "Déjeuner d’affaires : l’hôte pensait que son collègue avait réglé."))),
    event(2, at(4, 3, 9, 0), .customerIdentified),
    event(3, at(4, 3, 9, 15), .contactRecorded(ContactAttempt(channel: .email, outcome: .promisedToPay))),
    event(4, at(4, 8, 16, 0), .paymentRecorded(Payment(amount: euros(3000), method: .transfer, reference: "VIR 88213"), closesAs: nil)),
    event(5, at(4, 20, 10, 0), .contactRecorded(ContactAttempt(channel: .phone, outcome: .leftMessage))),
    // 90,00 € left, in three monthly instalments of 30,00 €.
    event(6, at(4, 22, 11, 0), .planAgreed(InstalmentPlan(instalments: [
      Instalment(due: CalendarDay(year: 2026, month: 5, day: 5), amount: euros(3000)),
      Instalment(due: CalendarDay(year: 2026, month: 6, day: 5), amount: euros(3000)),
      Instalment(due: CalendarDay(year: 2026, month: 7, day: 5), amount: euros(3000)),
    ]))),
  ])

  static let partlyPaidCustomer = CustomerIdentity(
    name: "Sophie Laurent", phone: "04 72 11 22 33", email: "compta@atelier-lumiere.example",
    postalAddress: "3 quai Saint-Antoine, 69002 Lyon", kind: .business, companyName: "Atelier Lumière SAS",
    companyNumber: "812 345 678", source: "carte de visite laissée sur la table")

  /// The three fixtures with their customer, named for golden files.
  static let cases: [(name: String, incident: Incident, customer: CustomerIdentity?)] = [
    ("known", known, knownCustomer), ("unknown", unknown, nil), ("partly-paid", partlyPaid, partlyPaidCustomer),
  ]

  static func request(_ kind: DocumentKind, _ fixture: (name: String, incident: Incident, customer: CustomerIdentity?),
                      _ language: Language, variant: DocumentVariant = .email, config: Config = config) -> DocumentRequest {
    DocumentRequest(kind: kind, incident: fixture.incident, customer: fixture.customer, config: config, playbook: playbook(for: config.jurisdiction),
                    language: language, today: today, variant: variant)
  }
}
