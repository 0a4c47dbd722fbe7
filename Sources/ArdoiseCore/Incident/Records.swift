/// How a payment was made.
public enum PaymentMethod: String, Sendable, CaseIterable, Codable {
  case cash, card, transfer, cheque, online, other

  public var label: LocalizedText {
    switch self {
    case .cash: LocalizedText("espèces", "cash")
    case .card: LocalizedText("carte", "card")
    case .transfer: LocalizedText("virement", "transfer")
    case .cheque: LocalizedText("chèque", "cheque")
    case .online: LocalizedText("en ligne", "online")
    case .other: LocalizedText("autre", "other")
    }
  }
}

/// Money received towards the bill.
public struct Payment: Sendable, Equatable {
  public var amount: Money
  public var method: PaymentMethod
  /// A receipt, transfer or cheque reference.
  public var reference: String?

  public init(amount: Money, method: PaymentMethod, reference: String? = nil) {
    self.amount = amount
    self.method = method
    self.reference = reference
  }
}

/// How the customer was contacted.
public enum ContactChannel: String, Sendable, CaseIterable, Codable {
  case phone, email, sms, letter
  case inPerson = "in-person"

  public var label: LocalizedText {
    switch self {
    case .phone: LocalizedText("téléphone", "phone")
    case .email: LocalizedText("e-mail", "email")
    case .sms: LocalizedText("SMS", "SMS")
    case .letter: LocalizedText("courrier", "letter")
    case .inPerson: LocalizedText("en personne", "in person")
    }
  }
}

/// What came of a contact attempt.
public enum ContactOutcome: String, Sendable, CaseIterable, Codable {
  case noAnswer = "no-answer"
  case leftMessage = "left-message"
  case reached
  case promisedToPay = "promised-to-pay"
  case refused
  case disputed
  case wrongContact = "wrong-contact"
  /// A letter or email went out (`ardoise send`); no answer yet.
  case sent

  public var label: LocalizedText {
    switch self {
    case .noAnswer: LocalizedText("pas de réponse", "no answer")
    case .leftMessage: LocalizedText("message laissé", "left a message")
    case .reached: LocalizedText("joint", "reached")
    case .promisedToPay: LocalizedText("promet de payer", "promised to pay")
    case .refused: LocalizedText("refuse de payer", "refused to pay")
    case .disputed: LocalizedText("conteste la note", "disputes the bill")
    case .wrongContact: LocalizedText("mauvais numéro/adresse", "wrong number/address")
    case .sent: LocalizedText("envoyé", "sent")
    }
  }
}

/// One attempt to reach the customer.
public struct ContactAttempt: Sendable, Equatable {
  public var channel: ContactChannel
  public var outcome: ContactOutcome
  public var note: String?
  /// The day to try again or check the promise.
  public var followUp: CalendarDay?

  public init(channel: ContactChannel, outcome: ContactOutcome, note: String? = nil, followUp: CalendarDay? = nil) {
    self.channel = channel
    self.outcome = outcome
    self.note = note
    self.followUp = followUp
  }
}

/// A kind of evidence kept about the walkout.
public enum EvidenceKind: String, Sendable, CaseIterable, Codable {
  case bill, cctv, witness, reservation
  case declinedCard = "declined-card"
  case itemLeft = "item-left"
  case licencePlate = "licence-plate"
  case letter
  case receipt
  case other

  public var label: LocalizedText {
    switch self {
    case .bill: LocalizedText("note / ticket de caisse", "bill / POS ticket")
    case .cctv: LocalizedText("extrait vidéo", "CCTV clip")
    case .witness: LocalizedText("témoin", "witness")
    case .reservation: LocalizedText("réservation", "reservation")
    case .declinedCard: LocalizedText("ticket de carte refusée", "declined card slip")
    case .itemLeft: LocalizedText("objet oublié", "item left behind")
    case .licencePlate: LocalizedText("plaque d’immatriculation", "licence plate")
    case .letter: LocalizedText("courrier", "letter")
    case .receipt: LocalizedText("accusé de réception", "receipt")
    case .other: LocalizedText("autre", "other")
    }
  }
}

/// A reference to evidence: what it is and where it is kept (never the file itself).
public struct Evidence: Sendable, Equatable {
  public var kind: EvidenceKind
  /// Where it is kept or who holds it: `NVR export, USB key in the office safe`.
  public var location: String
  public var note: String?

  public init(kind: EvidenceKind, location: String, note: String? = nil) {
    self.kind = kind
    self.location = location
    self.note = note
  }
}

/// How a case ended.
public enum Resolution: String, Sendable, CaseIterable, Codable {
  /// Everything was paid.
  case recovered
  /// Part was paid and the rest written off.
  case partlyRecovered = "partly-recovered"
  /// A misunderstanding: the bill was paid or the customer had simply forgotten and settled.
  case honestMistake = "honest-mistake"
  /// Given up.
  case writtenOff = "written-off"
  /// Handed to the police or the court.
  case handedToAuthorities = "police-or-court"

  public var label: LocalizedText {
    switch self {
    case .recovered: LocalizedText("récupéré", "recovered")
    case .partlyRecovered: LocalizedText("récupéré en partie", "partly recovered")
    case .honestMistake: LocalizedText("erreur de bonne foi", "honest mistake")
    case .writtenOff: LocalizedText("abandonné", "written off")
    case .handedToAuthorities: LocalizedText("police ou tribunal", "police or court")
    }
  }
}

/// A legal step taken.
public enum LegalAction: String, Sendable, CaseIterable, Codable {
  /// A complaint to the police or gendarmerie (receipt number).
  case complaint
  /// A formal demand (France's mise en demeure, England and Wales's letter before claim) was sent.
  case formalDemand = "formal-demand"
  /// A request to the court (injonction de payer, small claim).
  case courtRequest = "court-request"
  /// The court made its order (injonction de payer, county court judgment): the day it was made,
  /// and once served, the day of service (``LegalRecord/received``).
  case courtOrder = "court-order"

  /// The step's name under `jurisdiction`'s law, in either language: France's formal demand is a
  /// « mise en demeure », England and Wales's a letter before claim, and where ardoise does not
  /// know the law the words name no legal step of any country.
  public func label(under jurisdiction: Jurisdiction) -> LocalizedText {
    switch (self, jurisdiction) {
    case (.complaint, _): LocalizedText("plainte déposée", "complaint filed")
    case (.formalDemand, .france): LocalizedText("mise en demeure envoyée", "formal demand sent")
    case (.formalDemand, .englandAndWales): LocalizedText("lettre avant poursuites envoyée", "letter before claim sent")
    case (.formalDemand, .unsupported): LocalizedText("demande de paiement envoyée", "demand for payment sent")
    case (.courtRequest, .france): LocalizedText("requête au tribunal", "court request")
    case (.courtRequest, .englandAndWales): LocalizedText("demande en paiement au tribunal", "money claim filed")
    case (.courtRequest, .unsupported): LocalizedText("demande en justice", "court claim")
    case (.courtOrder, .france): LocalizedText("ordonnance du tribunal rendue", "court order made")
    case (.courtOrder, .englandAndWales): LocalizedText("jugement du tribunal rendu", "court judgment given")
    case (.courtOrder, .unsupported): LocalizedText("décision du tribunal rendue", "court decision given")
    }
  }
}

/// A legal step with its details.
public struct LegalRecord: Sendable, Equatable {
  public var action: LegalAction
  /// The day it was done (filed, sent).
  public var day: CalendarDay
  /// Receipt number, registered-letter number, court and case reference.
  public var reference: String?
  /// The deadline it sets (for a formal demand): where the time runs from receipt (France),
  /// counted from ``received`` when known, else an estimate counted from the day it was sent;
  /// where it runs from the letter's date (England and Wales), counted from the day it was sent.
  public var deadline: CalendarDay?
  /// The day the debtor received it (the acknowledgement of receipt), for a formal demand; the
  /// day it was served, for a court order.
  public var received: CalendarDay?

  public init(action: LegalAction, day: CalendarDay, reference: String? = nil, deadline: CalendarDay? = nil,
              received: CalendarDay? = nil) {
    self.action = action
    self.day = day
    self.reference = reference
    self.deadline = deadline
    self.received = received
  }

  /// Whether the deadline is only an estimate: a formal demand whose receipt is not recorded,
  /// under a law where its time runs from receipt.
  public func deadlineIsEstimate(under jurisdiction: Jurisdiction) -> Bool {
    action == .formalDemand && received == nil && deadline != nil && jurisdiction.demandTimeRunsFromReceipt
  }
}

/// The state of one checklist step.
public enum StepStatus: String, Sendable, CaseIterable, Codable {
  case pending
  case done
  case skipped
  case notApplicable = "not-applicable"

  /// Whether the step no longer waits for anything.
  public var isSettled: Bool { self != .pending }
}
