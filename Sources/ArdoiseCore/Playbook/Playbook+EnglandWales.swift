extension Playbook {
  /// The checklist for England and Wales: the same seven steps, sub-actions and outcomes as
  /// France's, with that jurisdiction's guidance and guardrails (Theft Act 1978 s. 3, PACE s. 24A,
  /// 999/101, wage deductions, UK GDPR and the ICO, the Pre-Action Protocol for Debt Claims,
  /// Money Claim Online, the 6-year limit).
  public static let englandAndWales = Playbook(steps: Playbook.standard.steps.map { step in
    var changed = step
    if let guidance = EnglandWalesSteps.guidance[step.id] { changed.guidance = LegalRegistry.resolve(guidance) }
    changed.guardrails = EnglandWalesSteps.guardrails[step.id] ?? []
    for index in changed.subActions.indices {
      if let label = EnglandWalesSteps.subActionLabels[changed.subActions[index].id] { changed.subActions[index].label = label }
    }
    for index in changed.outcomes.indices {
      if let label = EnglandWalesSteps.outcomeLabels[changed.outcomes[index].id] { changed.outcomes[index].label = label }
    }
    return changed
  })
}

/// England and Wales's texts for the built-in steps.
enum EnglandWalesSteps {
  static let guidance: [StepID: LocalizedText] = [
    .stayCalm: LocalizedText(
      """
      Pas de poursuite ni d’éclat devant la salle : une confrontation aggrave presque toujours les \
      choses. Vérifiez d’abord que la table n’a pas réglé au bar ou à un autre serveur. Notez tout de \
      suite l’heure, la table, le montant et l’allure des clients, tant que c’est frais.
      """,
      """
      Don’t chase or raise your voice in front of the room: a confrontation nearly always makes \
      things worse. First check the table didn’t pay at the bar or to another server. Write down \
      the time, the table, the amount and what the guests looked like while it is still fresh.
      """),
    .review: LocalizedText(
      """
      Reprenez la note dans la caisse : montant, heure, table, serveur et paiements déjà reçus. Un \
      partage de note ou une erreur d’encaissement explique parfois tout. Si l’impayé se confirme, \
      rassemblez les preuves maintenant et exportez l’extrait vidéo avant qu’il soit écrasé.
      """,
      """
      Pull up the bill in the till: amount, time, table, server and any payment already taken. A \
      split bill or a till error sometimes explains everything. If the bill really is unpaid, \
      gather the evidence now and export the CCTV clip before it is overwritten.
      """),
    .authorities: LocalizedText(
      """
      Signalez les faits à la police ({{law.gb-eng.police.phone}}) et notez le numéro de référence. \
      Si vous connaissez le client, envoyez une lettre avant poursuites (letter before claim) : pour \
      un particulier, elle suit le {{law.gb-eng.pre-action-protocol}} (relevé de compte, fiche \
      d’information, formulaire de réponse et état financier joints ; \
      {{law.gb-eng.debt-protocol.reply-period}} : datez-la du jour où vous la postez) ; entre \
      entreprises, environ 14 jours. Ensuite, une demande en ligne : {{law.gb-eng.money-claim-online}}, \
      dans les six ans ({{law.gb-eng.limitation-act-1980.s5}}). Comparez d’abord le montant avec les \
      frais et le temps à y passer.
      """,
      """
      Report it to the police ({{law.gb-eng.police.phone}}) and note the crime reference number. If \
      you know the guest, send a letter before claim: to an individual it follows \
      {{law.gb-eng.pre-action-protocol}} (the statement of account, the Information Sheet, the \
      Reply Form and the Financial Statement enclosed; {{law.gb-eng.debt-protocol.reply-period}}: \
      date it the day you post it); between businesses, about 14 days. Then a claim through {{law.gb-eng.money-claim-online}}, within six years \
      ({{law.gb-eng.limitation-act-1980.s5}}). First weigh the amount against the fees and the time \
      it will take.
      """),
  ]

  static let guardrails: [StepID: [Guardrail]] = [
    .stayCalm: [
      Guardrail(.forbidden,
                LocalizedText("Ne retenez pas la note sur le salaire du serveur : c’est illicite sans clause du contrat ou accord écrit préalable, et ardoise le déconseille dans tous les cas.",
                  "Don’t take the bill out of the server’s wages: it is unlawful without a contract term or their prior written consent, and ardoise advises against it in any case."),
                fact: "gb-eng.era-1996.s13"),
      Guardrail(.allowed,
                LocalizedText("Appelez le 999 si quelqu’un est menacé ou en danger.", "Call 999 if anyone is threatened or in danger."),
                fact: "gb-eng.police.phone"),
    ],
    .catchUp: [
      Guardrail(.forbidden,
                LocalizedText("Ne retenez personne et ne bloquez pas la sortie : une arrestation par un particulier n’est permise que si elle est nécessaire et qu’aucun policier ne peut agir. Appelez plutôt le 999.",
                  "Don’t hold anyone or block the way out: a citizen’s arrest is lawful only if it is necessary and no police officer can act. Call 999 instead."),
                fact: "gb-eng.pace-1984.s24A"),
      Guardrail(.forbidden,
                LocalizedText("N’exigez pas de pièce d’identité et n’en gardez aucune.", "Don’t demand or keep an ID card."),
                fact: nil),
      Guardrail(.allowed,
                LocalizedText("Qui laisse un vrai nom et une vraie adresse pour payer plus tard ne commet pas d’infraction : notez-les et faites signer une reconnaissance de dette (ardoise doc ID acknowledgement).",
                  "Someone who leaves a real name and address to pay later commits no offence: note them and have them sign an acknowledgement of the debt (ardoise doc ID acknowledgement)."),
                fact: "gb-eng.theft-act-1978.s3"),
    ],
    .review: [
      Guardrail(.forbidden,
                LocalizedText("Ne publiez ni photo ni image de vidéosurveillance des clients, en ligne ou en vitrine.",
                  "Don’t post photos or CCTV stills of the guests, online or in the window."),
                fact: "gb-eng.cctv"),
      Guardrail(.allowed,
                LocalizedText("Vous pouvez demander à l’équipe un témoignage écrit, daté et signé.",
                  "You may ask staff for a written, dated and signed statement."),
                fact: nil),
    ],
    .contact: [
      Guardrail(.forbidden,
                LocalizedText("N’accusez personne de vol dans un rappel : sans intention de ne jamais payer, il n’y a pas d’infraction, seulement une dette.",
                  "Never accuse anyone of theft in a reminder: without an intent never to pay there is no offence, only a debt."),
                fact: "gb-eng.theft-act-1978.s3"),
      Guardrail(.forbidden,
                LocalizedText("Ne relancez pas sans l’information sur les données personnelles : elle est due dès le premier contact (le rappel par e-mail d’ardoise la contient).",
                  "Don’t send the first reminder without the privacy notice: it is due at the first contact (ardoise’s reminder email includes it)."),
                fact: "gb-eng.uk-gdpr.14"),
      Guardrail(.allowed,
                LocalizedText("Vous pouvez relancer par téléphone, SMS ou e-mail, à des heures raisonnables.",
                  "You may follow up by phone, text or email, at reasonable hours."),
                fact: nil),
    ],
    .paymentOptions: [
      Guardrail(.forbidden,
                LocalizedText("Ne notez jamais un numéro de carte bancaire, ni ici ni sur papier.", "Never write down a card number, here or on paper."),
                fact: "gb-eng.uk-gdpr.regulation"),
      Guardrail(.allowed,
                LocalizedText("Vous pouvez accorder un délai ou un échéancier, confirmé par écrit.", "You may agree to more time or a payment plan, confirmed in writing."),
                fact: nil),
    ],
    .authorities: [
      Guardrail(.forbidden,
                LocalizedText("N’envoyez pas à un particulier une lettre avant poursuites qui ne suit pas le protocole : 30 jours, relevé de compte et annexes jointes (ardoise doc ID demand-letter, information-sheet, reply-form, financial-statement).",
                  "Don’t send an individual a letter before claim that does not follow the protocol: 30 days, a statement of account and the annexes enclosed (ardoise doc ID demand-letter, information-sheet, reply-form, financial-statement)."),
                fact: "gb-eng.pre-action-protocol"),
      Guardrail(.forbidden,
                LocalizedText("Ne transmettez les données du client qu’à la police, à votre avocat (solicitor) ou au tribunal.",
                  "Only pass the guest’s details to the police, your solicitor or the court."),
                fact: "gb-eng.uk-gdpr.regulation"),
      Guardrail(.forbidden,
                LocalizedText("N’attendez pas plus de six ans après le repas pour agir en justice.", "Don’t wait more than six years after the meal to go to court."),
                fact: "gb-eng.limitation-act-1980.s5"),
    ],
    .prevention: [
      Guardrail(.forbidden,
                LocalizedText("Les chiffres par serveur servent à former, jamais à sanctionner ni à retenir sur le salaire.",
                  "Figures per server are for training only, never for sanctions or pay deductions."),
                fact: "gb-eng.era-1996.s13"),
      Guardrail(.allowed,
                LocalizedText("Vous pouvez demander le paiement à la commande ou une pré-autorisation de carte, si c’est annoncé à l’avance.",
                  "You may ask for payment on ordering or a card pre-authorisation, if guests are told beforehand."),
                fact: nil),
    ],
  ]

  static let subActionLabels: [String: LocalizedText] = [
    "export-cctv": LocalizedText("Exporter l’extrait vidéo aussitôt", "Export the CCTV clip at once"),
    "file-complaint": LocalizedText("Signaler à la police (101 ou en ligne)", "Report to the police (101 or online)"),
    "send-demand": LocalizedText("Envoyer la lettre avant poursuites", "Send the letter before claim"),
    "prepare-cerfa": LocalizedText("Préparer la demande Money Claim Online", "Prepare the Money Claim Online claim"),
    "hand-over-cctv": LocalizedText("Remettre l’extrait vidéo à la police", "Hand the CCTV clip to the police"),
  ]

  static let outcomeLabels: [String: LocalizedText] = [
    "promised-on-site": LocalizedText("Reconnaissance de dette signée", "Signed an acknowledgement of the debt"),
    "no-contact-details": LocalizedText("Client inconnu : signaler à la police", "Guest unknown: report to the police"),
    "complaint-filed": LocalizedText("Signalé à la police", "Reported to the police"),
    "demand-sent": LocalizedText("Lettre avant poursuites envoyée", "Letter before claim sent"),
    "paid-after-demand": LocalizedText("Payé après la lettre avant poursuites", "Paid after the letter before claim"),
    "court-requested": LocalizedText("Demande en paiement déposée", "Money claim issued"),
    "court-order": LocalizedText("Jugement rendu (county court judgment)", "County court judgment entered"),
  ]
}
