extension Playbook {
  /// The checklist where ardoise does not know the law (`restaurant.jurisdiction` set by hand to
  /// another value): the same steps, common-sense guidance with no legal citation, and on every
  /// step a line saying so. Never another country's law.
  public static func neutral(code: String) -> Playbook {
    let notice = Jurisdiction.unsupported(code).unsupportedNotice ?? LocalizedText("", "")
    return Playbook(steps: Playbook.standard.steps.map { step in
      var changed = step
      let guidance = NeutralSteps.guidance[step.id] ?? step.guidance
      changed.guidance = LocalizedText(french: notice.french + " " + guidance.french, english: notice.english + " " + guidance.english)
      changed.guardrails = NeutralSteps.guardrails[step.id] ?? []
      for index in changed.subActions.indices {
        if let label = NeutralSteps.subActionLabels[changed.subActions[index].id] { changed.subActions[index].label = label }
      }
      for index in changed.outcomes.indices {
        if let label = NeutralSteps.outcomeLabels[changed.outcomes[index].id] { changed.outcomes[index].label = label }
      }
      return changed
    })
  }
}

/// Texts with no legal citation, for a jurisdiction ardoise does not know.
enum NeutralSteps {
  static let guidance: [StepID: LocalizedText] = [
    .stayCalm: EnglandWalesSteps.guidance[.stayCalm] ?? LocalizedText("", ""),
    .review: EnglandWalesSteps.guidance[.review] ?? LocalizedText("", ""),
    .authorities: LocalizedText(
      """
      En dernier recours, signalez les faits à la police. Si vous connaissez le client, envoyez-lui \
      une demande de paiement écrite et datée, avec un délai, par un moyen qui en garde la preuve. \
      Avant toute démarche en justice, faites vérifier par un juriste du pays la procédure, les \
      délais, les frais et le tribunal compétent. Comparez d’abord le montant avec les frais.
      """,
      """
      As a last resort, report it to the police. If you know the guest, send them a dated written \
      demand for payment, with a deadline, in a way that keeps proof of it. Before any court step, \
      have a local lawyer check the procedure, the time limits, the fees and the right court. First \
      weigh the amount against the fees.
      """),
  ]

  static let guardrails: [StepID: [Guardrail]] = [
    .stayCalm: [
      Guardrail(.forbidden, LocalizedText("Ne faites pas payer la note au serveur.", "Don’t make the server pay the bill."), fact: nil),
      Guardrail(.allowed, LocalizedText("Appelez les secours si quelqu’un devient menaçant.", "Call the emergency services if anyone becomes threatening."), fact: nil),
    ],
    .catchUp: [
      Guardrail(.forbidden, LocalizedText("Ne retenez personne et ne bloquez pas la sortie : appelez plutôt la police.",
                              "Don’t hold anyone or block the way out: call the police instead."), fact: nil),
      Guardrail(.forbidden, LocalizedText("N’exigez pas de pièce d’identité et n’en gardez aucune.", "Don’t demand or keep an ID card."), fact: nil),
    ],
    .review: [
      Guardrail(.forbidden, LocalizedText("Ne publiez ni photo ni image de vidéosurveillance des clients.", "Don’t post photos or CCTV stills of the guests."), fact: nil),
    ],
    .contact: [
      Guardrail(.forbidden, LocalizedText("N’accusez personne de vol dans un rappel : un oubli n’est qu’une dette.",
                              "Never accuse anyone of theft in a reminder: an oversight is only a debt."), fact: nil),
      Guardrail(.forbidden, LocalizedText("Ne transmettez pas les coordonnées du client et ne tenez aucune liste noire.",
                              "Don’t pass the guest’s details on, and keep no blacklist."), fact: nil),
    ],
    .paymentOptions: [
      Guardrail(.forbidden, LocalizedText("Ne notez jamais un numéro de carte bancaire.", "Never write down a card number."), fact: nil),
    ],
    .authorities: [
      Guardrail(.forbidden, LocalizedText("N’engagez aucune procédure sans avoir fait vérifier les règles du pays par un juriste.",
                              "Start no court procedure before a local lawyer has checked the rules."), fact: nil),
    ],
    .prevention: [
      Guardrail(.forbidden, LocalizedText("Les chiffres par serveur servent à former, jamais à sanctionner.",
                              "Figures per server are for training only, never for sanctions."), fact: nil),
    ],
  ]

  static let subActionLabels: [String: LocalizedText] = [
    "export-cctv": LocalizedText("Exporter l’extrait vidéo aussitôt", "Export the CCTV clip at once"),
    "file-complaint": LocalizedText("Signaler à la police", "Report to the police"),
    "send-demand": LocalizedText("Envoyer une demande de paiement écrite", "Send a written demand for payment"),
    "prepare-cerfa": LocalizedText("Faire vérifier la procédure par un juriste", "Have a lawyer check the court procedure"),
    "hand-over-cctv": LocalizedText("Remettre l’extrait vidéo à la police", "Hand the CCTV clip to the police"),
  ]

  static let outcomeLabels: [String: LocalizedText] = [
    "no-contact-details": LocalizedText("Client inconnu : signaler à la police", "Guest unknown: report to the police"),
    "complaint-filed": LocalizedText("Signalé à la police", "Reported to the police"),
    "demand-sent": LocalizedText("Demande de paiement écrite envoyée", "Written demand sent"),
    "paid-after-demand": LocalizedText("Payé après la demande écrite", "Paid after the written demand"),
    "court-requested": LocalizedText("Procédure en justice engagée", "Court procedure started"),
    "court-order": LocalizedText("Décision du tribunal rendue", "Court decision made"),
  ]
}
