import ArdoiseCore

extension FormState {
  /// Recording a walkout: the time prefilled with now, the amount first among what must be typed.
  static func newIncident(context: ScreenContext) -> FormState {
    FormState(purpose: .newIncident, title: L("Nouveau départ sans payer", "New walkout"), fields: factFields(nil, context: context))
  }

  /// Correcting the facts: the same fields, holding what the case says now.
  static func amendFacts(_ incident: Incident, context: ScreenContext) -> FormState {
    FormState(purpose: .amendFacts(incident.id), title: L("Corriger les faits", "Correct the facts"), fields: factFields(incident.facts, context: context))
  }

  /// The fields of a walkout's facts, empty (but for the time: now) or holding `facts`.
  private static func factFields(_ facts: IncidentFacts?, context: ScreenContext) -> [FormField] {
    let language = context.language
    return [
      FormField(.when, L("Quand", "When"), kind: .timestamp, value: (facts?.occurredAt ?? context.now).formatted(language), required: true,
                help: L("JJ/MM/AAAA HH:MM, HH:MM, ou il y a 20 min (-20)", "YYYY-MM-DD HH:MM, HH:MM, or 20 min ago (-20)")),
      FormField(.amount, L("Montant", "Amount"), kind: .money, value: facts?.amount.formatted(language) ?? "", required: true,
                help: L("le montant de l’addition impayée, p. ex. 42,50", "the unpaid bill’s amount, e.g. 42.50")),
      FormField(.table, L("Table", "Table"), value: facts?.table ?? "",
                help: L("table ou zone, p. ex. T7, Terrasse 3", "table or zone, e.g. T7, Terrace 3")),
      FormField(.covers, L("Couverts", "Covers"), kind: .count, value: facts?.covers.map(String.init) ?? "",
                help: L("combien de personnes à la table, p. ex. 2", "how many people at the table, e.g. 2")),
      FormField(.server, L("Serveur", "Server"), value: facts?.server ?? "", help: L("prénom ou pseudonyme", "first name or pseudonym")),
      FormField(.bill, L("N° de note", "Bill #"), value: facts?.bill ?? "", help: L("numéro du ticket de caisse", "POS ticket number")),
      FormField(.summary, L("Ce qui s’est passé", "What happened"), value: facts?.summary ?? "",
                help: L("ce qui s’est passé en quelques mots, p. ex. sortis fumer", "what happened in a few words, e.g. went out to smoke")),
      FormField(.description, L("Clients", "Customers"), value: facts?.customerDescription ?? "",
                help: L("les clients : à quoi ils ressemblent, sans nom ni photo", "the customers: what they looked like, no names or photos")),
    ]
  }

  static func payment(_ incident: Incident, context: ScreenContext) -> FormState {
    let language = context.language
    return FormState(purpose: .payment(incident.id), title: L("Paiement reçu", "Payment received"), fields: [
      FormField(.amount, L("Montant", "Amount"), kind: .money, value: incident.outstanding.formatted(language), required: true,
                help: L("reste dû : ", "outstanding: ") + L(incident.outstanding.formatted(.french), incident.outstanding.formatted(.english))),
      FormField(.method, L("Moyen", "Method"), kind: .choice(PaymentMethod.allCases.map { FieldChoice(.paymentMethod($0), $0.label) }),
                help: L("←/→ pour changer", "←/→ to change")),
      FormField(.reference, L("Référence", "Reference"), help: L("reçu, virement, chèque", "receipt, transfer, cheque")),
      FormField(.when, L("Reçu le", "Received"), kind: .timestamp, help: L("vide = maintenant", "empty = now")),
    ])
  }

  static func contact(_ id: IncidentID) -> FormState {
    FormState(purpose: .contact(id), title: L("Tentative de contact", "Contact attempt"), fields: [
      FormField(.channel, L("Moyen", "Channel"), kind: .choice(ContactChannel.allCases.map { FieldChoice(.contactChannel($0), $0.label) }),
                help: L("←/→ pour changer", "←/→ to change")),
      FormField(.outcome, L("Résultat", "Outcome"), kind: .choice(ContactOutcome.allCases.map { FieldChoice(.contactOutcome($0), $0.label) }),
                help: L("←/→ pour changer", "←/→ to change")),
      FormField(.followUp, L("Relance le", "Follow up"), kind: .day, value: "+2",
                help: L("JJ/MM, +3 (dans 3 jours), vide = aucune", "YYYY-MM-DD, +3 (in 3 days), empty = none")),
      FormField(.note, L("Note", "Note"), help: L("facultatif, gardé dans l’historique", "optional, kept in the timeline")),
    ])
  }

  static func note(_ id: IncidentID) -> FormState {
    FormState(purpose: .note(id), title: L("Ajouter une note", "Add a note"), fields: [
      FormField(.text, L("Note", "Note"), required: true, help: L("ce qu’il faut retenir, gardé dans l’historique", "what to remember, kept in the timeline")),
    ])
  }

  static func evidence(_ id: IncidentID) -> FormState {
    FormState(purpose: .evidence(id), title: L("Preuve", "Evidence"), fields: [
      FormField(.kind, L("Nature", "Kind"), kind: .choice(EvidenceKind.allCases.map { FieldChoice(.evidenceKind($0), $0.label) }),
                help: L("←/→ pour changer", "←/→ to change")),
      FormField(.location, L("Où elle est", "Kept where"), required: true,
                help: L("où elle est conservée ou qui la détient (pas le fichier)", "where it is kept or who holds it (not the file)")),
      FormField(.note, L("Note", "Note"), help: L("facultatif, p. ex. l’heure de la séquence vidéo", "optional, e.g. the time of the video clip")),
    ])
  }

  static func followUp(_ incident: Incident, context: ScreenContext) -> FormState {
    let language = context.language
    return FormState(purpose: .followUp(incident.id), title: L("Prochaine relance", "Next follow-up"), fields: [
      FormField(.day, L("Le", "On"), kind: .day, value: incident.followUp?.formatted(language) ?? "+2",
                help: L("JJ/MM, +3 (dans 3 jours), vide = aucune", "YYYY-MM-DD, +3 (in 3 days), empty = none")),
    ])
  }

  /// The value an outcome asks for: a day, a reference, or how a full payment was made.
  static func outcome(_ outcome: Outcome, of step: PlaybookStep, on incident: Incident, context: ScreenContext) -> FormState {
    let id = incident.id
    let title = step.title + L(" — ", " — ") + outcome.label
    let field: FormField
    switch outcome.effect {
    case .paidInFull, .honestMistakePaid:
      field = FormField(.method, L("Payé par", "Paid by"), kind: .choice(PaymentMethod.allCases.map { FieldChoice(.paymentMethod($0), $0.label) }),
                        choiceIndex: PaymentMethod.allCases.firstIndex(of: .card) ?? 0,
                        help: L("←/→ pour changer ; enregistre ", "←/→ to change; records ")
                          + L(incident.outstanding.formatted(.french), incident.outstanding.formatted(.english)))
    case .promiseToPay:
      field = FormField(.day, L("Promis pour le", "Promised for"), kind: .day, value: "+7", required: true,
                        help: L("JJ/MM ou +7 (dans 7 jours)", "YYYY-MM-DD or +7 (in 7 days)"))
    case .demandSent:
      // Sent again with the day it was received: the deadline then counts from receipt.
      let sent = incident.legal.last { $0.action == .formalDemand }
      field = FormField(.day, L("Envoyée le", "Sent on"), kind: .day, value: (sent?.day ?? context.today).formatted(context.language), required: true,
                        help: L("date d’envoi du recommandé", "day the registered letter was sent"))
      let received = FormField(.received, L("Reçue le", "Received on"), kind: .day, value: sent?.received?.formatted(context.language) ?? "",
                               help: L("date de l’avis de réception ; vide = pas encore revenu (le délai est alors estimé depuis l’envoi)",
                                       "day on the acknowledgement of receipt; empty = not back yet (the deadline is then estimated from sending)"))
      return FormState(purpose: .outcomeInput(id, step: step.id, outcome: outcome.id, input: .day), title: title, fields: [field, received])
    case .courtOrderMade:
      field = FormField(.day, L("Rendue le", "Made on"), kind: .day, value: context.today.formatted(context.language), required: true,
                        help: L("date de l’ordonnance ; sa signification\u{202F}: ardoise court-order ID JOUR --served JOUR",
                                "day of the order; its service: ardoise court-order ID DAY --served DAY"))
    case .complaintFiled:
      field = FormField(.reference, L("N° de récépissé", "Receipt #"), required: true,
                        help: L("numéro du récépissé de plainte", "complaint receipt number"))
    default:
      field = FormField(.reference, L("Tribunal et référence", "Court and reference"), required: true,
                        help: L("le tribunal saisi et le numéro du dossier", "the court and its case number"))
    }
    return FormState(purpose: .outcomeInput(id, step: step.id, outcome: outcome.id, input: outcome.effect.requiredInput ?? .reference),
                     title: title, fields: [field])
  }
}
