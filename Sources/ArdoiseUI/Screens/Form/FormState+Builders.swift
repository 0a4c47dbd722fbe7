import ArdoiseCore

extension FormState {
  /// Recording a walkout: the time prefilled with now, the amount first among what must be typed.
  static func newIncident(context: ScreenContext) -> FormState {
    FormState(purpose: .newIncident, title: LocalizedText("Nouveau départ sans payer", "New walkout"), fields: factFields(nil, context: context))
  }

  /// Correcting the facts: the same fields, holding what the case says now.
  static func amendFacts(_ incident: Incident, context: ScreenContext) -> FormState {
    FormState(purpose: .amendFacts(incident.id), title: LocalizedText("Corriger les faits", "Correct the facts"), fields: factFields(incident.facts, context: context))
  }

  /// The fields of a walkout's facts, empty (but for the time: now) or holding `facts`.
  private static func factFields(_ facts: IncidentFacts?, context: ScreenContext) -> [FormField] {
    let language = context.language
    return [
      FormField(.when, LocalizedText("Quand", "When"), kind: .timestamp, value: (facts?.occurredAt ?? context.now).formatted(language), required: true,
                help: LocalizedText("JJ/MM/AAAA HH:MM, HH:MM, ou il y a 20 min (-20)", "YYYY-MM-DD HH:MM, HH:MM, or 20 min ago (-20)")),
      FormField(.amount, LocalizedText("Montant", "Amount"), kind: .money, value: facts?.amount.formatted(language) ?? "", required: true,
                help: LocalizedText("le montant de l’addition impayée, p. ex. 42,50", "the unpaid bill’s amount, e.g. 42.50")),
      FormField(.table, LocalizedText("Table", "Table"), value: facts?.table ?? "",
                help: LocalizedText("table ou zone, p. ex. T7, Terrasse 3", "table or zone, e.g. T7, Terrace 3")),
      FormField(.covers, LocalizedText("Couverts", "Covers"), kind: .count, value: facts?.covers.map(String.init) ?? "",
                help: LocalizedText("combien de personnes à la table, p. ex. 2", "how many people at the table, e.g. 2")),
      FormField(.server, LocalizedText("Serveur", "Server"), value: facts?.server ?? "", help: LocalizedText("prénom ou pseudonyme", "first name or pseudonym")),
      FormField(.bill, LocalizedText("N° de note", "Bill #"), value: facts?.bill ?? "", help: LocalizedText("numéro du ticket de caisse", "POS ticket number")),
      FormField(.summary, LocalizedText("Ce qui s’est passé", "What happened"), value: facts?.summary ?? "",
                help: LocalizedText("ce qui s’est passé en quelques mots, p. ex. sortis fumer", "what happened in a few words, e.g. went out to smoke")),
      FormField(.description, LocalizedText("Clients", "Customers"), value: facts?.customerDescription ?? "",
                help: LocalizedText("les clients : à quoi ils ressemblent, sans nom ni photo", "the customers: what they looked like, no names or photos")),
    ]
  }

  static func payment(_ incident: Incident, context: ScreenContext) -> FormState {
    let language = context.language
    return FormState(purpose: .payment(incident.id), title: LocalizedText("Paiement reçu", "Payment received"), fields: [
      FormField(.amount, LocalizedText("Montant", "Amount"), kind: .money, value: incident.outstanding.formatted(language), required: true,
                help: LocalizedText("reste dû : ", "outstanding: ") + LocalizedText(incident.outstanding.formatted(.french), incident.outstanding.formatted(.english))),
      FormField(.method, LocalizedText("Moyen", "Method"), kind: .choice(PaymentMethod.allCases.map { FieldChoice(.paymentMethod($0), $0.label) }),
                help: LocalizedText("←/→ pour changer", "←/→ to change")),
      FormField(.reference, LocalizedText("Référence", "Reference"), help: LocalizedText("reçu, virement, chèque", "receipt, transfer, cheque")),
      FormField(.when, LocalizedText("Reçu le", "Received"), kind: .timestamp, help: LocalizedText("vide = maintenant", "empty = now")),
    ])
  }

  static func contact(_ id: IncidentID) -> FormState {
    FormState(purpose: .contact(id), title: LocalizedText("Tentative de contact", "Contact attempt"), fields: [
      FormField(.channel, LocalizedText("Moyen", "Channel"), kind: .choice(ContactChannel.allCases.map { FieldChoice(.contactChannel($0), $0.label) }),
                help: LocalizedText("←/→ pour changer", "←/→ to change")),
      FormField(.outcome, LocalizedText("Résultat", "Outcome"), kind: .choice(ContactOutcome.allCases.map { FieldChoice(.contactOutcome($0), $0.label) }),
                help: LocalizedText("←/→ pour changer", "←/→ to change")),
      FormField(.followUp, LocalizedText("Relance le", "Follow up"), kind: .day, value: "+2",
                help: LocalizedText("JJ/MM, +3 (dans 3 jours), vide = aucune", "YYYY-MM-DD, +3 (in 3 days), empty = none")),
      FormField(.note, LocalizedText("Note", "Note"), help: LocalizedText("facultatif, gardé dans l’historique", "optional, kept in the timeline")),
    ])
  }

  static func note(_ id: IncidentID) -> FormState {
    FormState(purpose: .note(id), title: LocalizedText("Ajouter une note", "Add a note"), fields: [
      FormField(.text, LocalizedText("Note", "Note"), required: true, help: LocalizedText("ce qu’il faut retenir, gardé dans l’historique", "what to remember, kept in the timeline")),
    ])
  }

  static func evidence(_ id: IncidentID) -> FormState {
    FormState(purpose: .evidence(id), title: LocalizedText("Preuve", "Evidence"), fields: [
      FormField(.kind, LocalizedText("Nature", "Kind"), kind: .choice(EvidenceKind.allCases.map { FieldChoice(.evidenceKind($0), $0.label) }),
                help: LocalizedText("←/→ pour changer", "←/→ to change")),
      FormField(.location, LocalizedText("Où elle est", "Kept where"), required: true,
                help: LocalizedText("où elle est conservée ou qui la détient (pas le fichier)", "where it is kept or who holds it (not the file)")),
      FormField(.note, LocalizedText("Note", "Note"), help: LocalizedText("facultatif, p. ex. l’heure de la séquence vidéo", "optional, e.g. the time of the video clip")),
    ])
  }

  /// A prevention measure taken: which one (those the advice rules suggest first), the day it was
  /// taken (today unless changed), and a note.
  static func measure(_ id: IncidentID, context: ScreenContext) -> FormState {
    FormState(purpose: .measure(id), title: LocalizedText("Mesure de prévention prise", "Prevention measure taken"), fields: [
      FormField(.kind, LocalizedText("Mesure", "Measure"), kind: .choice(PreventionMeasure.Kind.allCases.map { FieldChoice(.measureKind($0), $0.label) }),
                help: LocalizedText("←/→ pour changer", "←/→ to change")),
      FormField(.day, LocalizedText("Prise le", "Taken on"), kind: .day, value: context.today.formatted(context.language), required: true,
                help: LocalizedText("JJ/MM, hier… pas avant le départ sans payer", "YYYY-MM-DD, yesterday… not before the walkout")),
      FormField(.note, LocalizedText("Note", "Note"), help: LocalizedText("facultatif (obligatoire pour «\u{202F}autre mesure\u{202F}»), p. ex. depuis le 1er mars",
                                                                  "optional (required for “other measure”), e.g. from 1 March on")),
    ])
  }

  static func followUp(_ incident: Incident, context: ScreenContext) -> FormState {
    let language = context.language
    return FormState(purpose: .followUp(incident.id), title: LocalizedText("Prochaine relance", "Next follow-up"), fields: [
      FormField(.day, LocalizedText("Le", "On"), kind: .day, value: incident.followUp?.formatted(language) ?? "+2",
                help: LocalizedText("JJ/MM, +3 (dans 3 jours), vide = aucune", "YYYY-MM-DD, +3 (in 3 days), empty = none")),
    ])
  }

  /// The day a court order was served: recorded as the order again, with the day it was made and
  /// the day served (as `ardoise court-order ID DAY --served DAY`).
  static func orderServed(_ order: LegalRecord, outcome: Outcome, of step: PlaybookStep, on incident: Incident, context: ScreenContext) -> FormState {
    let language = context.language
    return FormState(purpose: .outcomeInput(incident.id, step: step.id, outcome: outcome.id, input: .day),
                     title: LocalizedText("Ordonnance signifiée", "Order served"), fields: [
      FormField(.day, LocalizedText("Rendue le", "Made on"), kind: .day, value: order.day.formatted(language), required: true,
                help: LocalizedText("date de l’ordonnance", "day of the order")),
      FormField(.received, LocalizedText("Signifiée le", "Served on"), kind: .day, value: context.today.formatted(language), required: true,
                help: LocalizedText("date de la signification par le commissaire de justice\u{202F}; le délai d’opposition court de ce jour",
                                    "day the order was served on the debtor; the time to object runs from it")),
    ])
  }

  /// The value an outcome asks for: a day, a reference, or how a full payment was made.
  static func outcome(_ outcome: Outcome, of step: PlaybookStep, on incident: Incident, context: ScreenContext) -> FormState {
    let id = incident.id
    let title = step.title + LocalizedText(" — ", " — ") + outcome.label
    let field: FormField
    switch outcome.effect {
    case .paidInFull, .honestMistakePaid:
      field = FormField(.method, LocalizedText("Payé par", "Paid by"), kind: .choice(PaymentMethod.allCases.map { FieldChoice(.paymentMethod($0), $0.label) }),
                        choiceIndex: PaymentMethod.allCases.firstIndex(of: .card) ?? 0,
                        help: LocalizedText("←/→ pour changer ; enregistre ", "←/→ to change; records ")
                          + LocalizedText(incident.outstanding.formatted(.french), incident.outstanding.formatted(.english)))
    case .promiseToPay:
      field = FormField(.day, LocalizedText("Promis pour le", "Promised for"), kind: .day, value: "+7", required: true,
                        help: LocalizedText("JJ/MM ou +7 (dans 7 jours)", "YYYY-MM-DD or +7 (in 7 days)"))
    case .demandSent:
      // Sent again with the day it was received: under French law the deadline then counts from
      // receipt; under England and Wales's it runs from the letter's date whatever the receipt.
      let sent = incident.legal.last { $0.action == .formalDemand }
      let fromReceipt = context.law.demandTimeRunsFromReceipt
      field = FormField(.day, LocalizedText("Envoyée le", "Sent on"), kind: .day, value: (sent?.day ?? context.today).formatted(context.language), required: true,
                        help: fromReceipt ? LocalizedText("date d’envoi du recommandé", "day the registered letter was sent")
                          : LocalizedText("date d’envoi, celle de la lettre : le délai en part", "day it was posted, the letter’s date: the deadline runs from it"))
      let received = FormField(.received, LocalizedText("Reçue le", "Received on"), kind: .day, value: sent?.received?.formatted(context.language) ?? "",
                               help: fromReceipt
                                 ? LocalizedText("date de l’avis de réception ; vide = pas encore revenu (le délai est alors estimé depuis l’envoi)",
                                     "day on the acknowledgement of receipt; empty = not back yet (the deadline is then estimated from sending)")
                                 : LocalizedText("facultatif : le délai court de la date de la lettre, la réception n’y change rien",
                                     "optional: the deadline runs from the letter’s date, receipt changes nothing"))
      return FormState(purpose: .outcomeInput(id, step: step.id, outcome: outcome.id, input: .day), title: title, fields: [field, received])
    case .courtOrderMade:
      field = FormField(.day, LocalizedText("Rendue le", "Made on"), kind: .day, value: context.today.formatted(context.language), required: true,
                        help: LocalizedText("date de l’ordonnance\u{202F}; une fois signifiée\u{202F}: «\u{202F}Ordonnance signifiée le…\u{202F}» sur cette étape",
                                "day of the order; once served: “Order served on…” on this step"))
    case .complaintFiled:
      field = FormField(.reference, LocalizedText("N° de récépissé", "Receipt #"), required: true,
                        help: LocalizedText("numéro du récépissé de plainte", "complaint receipt number"))
    default:
      field = FormField(.reference, LocalizedText("Tribunal et référence", "Court and reference"), required: true,
                        help: LocalizedText("le tribunal saisi et le numéro du dossier", "the court and its case number"))
    }
    return FormState(purpose: .outcomeInput(id, step: step.id, outcome: outcome.id, input: outcome.effect.requiredInput ?? .reference),
                     title: title, fields: [field])
  }
}
