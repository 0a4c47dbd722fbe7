extension Playbook {
  /// The built-in checklist for `jurisdiction`: France's (``standard``), England and Wales's, or a
  /// neutral one with no legal citation where ardoise does not know the law. The language only
  /// translates: an English screen in Lyon gets French law, in English.
  public static func standard(for jurisdiction: Jurisdiction) -> Playbook {
    switch jurisdiction {
    case .france: standard
    case .englandAndWales: englandAndWales
    case .unsupported(let raw): neutral(code: raw)
    }
  }

  /// The built-in recovery checklist for France: seven steps from the first minute to prevention.
  ///
  /// The order follows what a manager does on the night and in the weeks after: stay calm, try to
  /// catch the guests, check the facts, contact them, make paying easy, go to the police or the
  /// court as a last resort, then prevent the next walkout. Guardrails state the French legal
  /// limits (holding someone, identity checks, image rights, staff pay) where they apply, each
  /// resting on a ``LegalRegistry`` fact.
  ///
  /// Outcomes that wait for an answer (`contact/no-answer`, `authorities/demand-sent`) leave their
  /// step open: they do not complete it and name the same step as `next`, so the guide comes back
  /// to it at the follow-up.
  public static let standard = Playbook(steps: [
    .stayCalm, .catchUp, .review, .contact, .paymentOptions, .authorities, .prevention,
  ])
}

extension PlaybookStep {
  /// Step 1: no confrontation, check the bill was not paid elsewhere, write the facts down.
  static let stayCalm = PlaybookStep(
    id: .stayCalm,
    title: LocalizedText("Rester calme", "Stay calm"),
    guidance: LocalizedText(
      """
      Pas de poursuite ni d’éclat devant la salle : une confrontation aggrave presque toujours les \
      choses. Vérifiez d’abord que la table n’a pas réglé au comptoir ou à un autre serveur. Notez \
      tout de suite l’heure, la table, le montant et l’allure des clients, tant que c’est frais.
      """,
      """
      Don’t chase or raise your voice in front of the room: a confrontation nearly always makes \
      things worse. First check the table didn’t pay at the bar or to another server. Write down \
      the time, the table, the amount and what the guests looked like while it is still fresh.
      """),
    guardrails: [
      Guardrail(
        .forbidden,
        LocalizedText("Ne faites jamais payer la note au serveur, même si son contrat le prévoit : les sanctions " +
          "pécuniaires sont interdites.",
          "Never make the server pay the bill, whatever their contract says: financial penalties on " +
          "staff are illegal."),
        fact: "fr.labour-code.L1331-2"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez appeler la police ({{law.fr.police.phone}}) si quelqu’un devient menaçant.",
          "You may call the police ({{law.fr.police.phone}} in France) if anyone becomes threatening."),
        fact: nil),
    ],
    subActions: [
      SubAction(id: "check-paid-elsewhere",
                label: LocalizedText("Vérifier qu’elle n’a pas payé ailleurs", "Check it wasn’t paid elsewhere")),
      SubAction(id: "note-facts",
                label: LocalizedText("Noter l’heure, la table et le montant", "Note the time, table and amount")),
      SubAction(id: "note-description",
                label: LocalizedText("Décrire les clients (nombre, tenue, voiture)",
                         "Describe the guests (how many, clothes, car)")),
      SubAction(id: "ask-team",
                label: LocalizedText("Demander à l’équipe ce qu’elle a vu", "Ask the team what they saw")),
    ],
    outcomes: [
      Outcome(id: "noted", label: LocalizedText("Faits notés, on continue", "Facts noted, carry on"),
              next: .catchUp),
      Outcome(id: "paid-elsewhere", label: LocalizedText("En fait, la note était réglée", "The bill was paid after all"),
              effect: .honestMistake),
    ])

  /// Step 2: a polite reminder if the guests are still nearby; never hold them back.
  static let catchUp = PlaybookStep(
    id: .catchUp,
    title: LocalizedText("Rattraper le client", "Catch up with them"),
    guidance: LocalizedText(
      """
      Si les clients sont encore devant la porte ou sur le parking, allez les voir calmement et \
      dites simplement que la note n’est pas réglée : un oubli arrive à tout le monde. Proposez de \
      payer tout de suite. S’ils refusent et s’en vont, laissez-les partir et notez la direction ou \
      la plaque.
      """,
      """
      If the guests are still at the door or in the car park, walk up calmly and simply say the \
      bill hasn’t been settled: anyone can forget. Offer to take payment there and then. If they \
      refuse and walk off, let them go and note which way they went or their number plate.
      """),
    guardrails: [
      Guardrail(
        .forbidden,
        LocalizedText("Ne bloquez pas la sortie et ne retenez personne : la loi ne le permet qu’en flagrant " +
          "délit, pour remettre aussitôt la personne à la police, avec une force proportionnée.",
          "Don’t block the way out or hold anyone back: the law only allows it for an offence caught " +
          "in the act, to hand the person straight to the police, with proportionate force."),
        fact: "fr.criminal-procedure.73"),
      Guardrail(
        .forbidden,
        LocalizedText("N’exigez pas de pièce d’identité et n’en gardez aucune : seule la police contrôle " +
          "l’identité.",
          "Don’t demand or keep an ID card: only the police may check identity."),
        fact: "fr.criminal-procedure.78-2"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez faire signer une reconnaissance de dette, somme écrite en lettres et en chiffres " +
          "par le client, avec les coordonnées qu’il accepte de donner (ardoise doc ID acknowledgement).",
          "You may have the guest sign an acknowledgement of the debt, the sum written by them in words " +
          "and figures, with whatever contact details they agree to give (ardoise doc ID acknowledgement)."),
        fact: "fr.civil-code.1376"),
    ],
    subActions: [
      SubAction(id: "look-outside",
                label: LocalizedText("Regarder devant et sur le parking", "Look outside and in the car park")),
      SubAction(id: "remind-politely",
                label: LocalizedText("Rappeler poliment que la note reste due", "Politely mention the unpaid bill")),
      SubAction(id: "note-plate",
                label: LocalizedText("Noter la plaque ou la direction prise", "Note the number plate or direction")),
    ],
    outcomes: [
      Outcome(id: "paid-on-the-spot", label: LocalizedText("Payé sur place", "Paid on the spot"),
              effect: .paidInFull),
      Outcome(id: "promised-on-site", label: LocalizedText("Reconnaissance de dette signée", "Signed a promise to pay"),
              effect: .promiseToPay, next: .paymentOptions),
      Outcome(id: "gone", label: LocalizedText("Déjà partis", "Already gone"), next: .review),
      Outcome(id: "refused", label: LocalizedText("Refus, partis quand même", "Refused and left anyway"),
              next: .review),
    ])

  /// Step 3: check the till and the facts, rule out a mistake, secure the evidence.
  static let review = PlaybookStep(
    id: .review,
    title: LocalizedText("Vérifier les faits", "Review what happened"),
    guidance: LocalizedText(
      """
      Reprenez la note dans la caisse : montant, heure, table, serveur et paiements déjà reçus. Un \
      chèque laissé sur la table, une note partagée ou une erreur d’encaissement expliquent parfois \
      tout. Si l’impayé se confirme, rassemblez les preuves maintenant : la vidéo s’efface au plus \
      tard au bout d’un mois.
      """,
      """
      Pull up the bill in the till: amount, time, table, server and any payment already taken. A \
      cheque left on the table, a split bill or a till error sometimes explains everything. If the \
      bill really is unpaid, gather the evidence now: CCTV footage is deleted within a month.
      """),
    guardrails: [
      Guardrail(
        .forbidden,
        LocalizedText("Ne laissez pas la vidéo s’effacer : les enregistrements ne se gardent que la durée " +
          "autorisée, un mois au plus ; exportez l’extrait dès maintenant.",
          "Don’t let the footage expire: recordings are kept only for the authorised period, a " +
          "month at most, so export the clip now."),
        fact: "fr.security-code.L252-5"),
      Guardrail(
        .forbidden,
        LocalizedText("Ne publiez ni photo ni image de vidéosurveillance des clients, en ligne ou en vitrine.",
          "Don’t post photos or CCTV stills of the guests, online or in the window."),
        fact: "fr.civil-code.9"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez demander à l’équipe un témoignage écrit, daté et signé.",
          "You may ask staff for a written, dated and signed statement."),
        fact: nil),
    ],
    subActions: [
      SubAction(id: "check-pos",
                label: LocalizedText("Vérifier la note et les paiements en caisse", "Check the bill and payments in the till")),
      SubAction(id: "check-booking",
                label: LocalizedText("Chercher une réservation ou un contact", "Look for a booking or contact details")),
      SubAction(id: "export-cctv",
                label: LocalizedText("Exporter l’extrait vidéo (gardé 1 mois)", "Export the CCTV clip (kept 1 month)")),
      SubAction(id: "collect-statements",
                label: LocalizedText("Recueillir les témoignages écrits", "Collect written statements")),
      SubAction(id: "keep-items",
                label: LocalizedText("Garder objets oubliés et tickets refusés", "Keep items left behind, declined slips")),
    ],
    outcomes: [
      Outcome(id: "honest-mistake", label: LocalizedText("Erreur, ou déjà payé", "Honest mistake / already paid"),
              effect: .honestMistake),
      Outcome(id: "honest-mistake-paid", label: LocalizedText("Erreur de bonne foi, payé en totalité", "Honest mistake, paid in full"),
              effect: .honestMistakePaid),
      Outcome(id: "confirmed-unpaid", label: LocalizedText("Impayé confirmé, client joignable", "Confirmed unpaid, guest reachable"),
              next: .contact),
      // Without a name or a number there is nobody to remind: the complaint is the only way on,
      // and the police can sometimes identify the guests.
      Outcome(id: "no-contact-details", label: LocalizedText("Client inconnu : porter plainte", "Guest unknown: file a complaint"),
              next: .authorities),
    ])

  /// Step 4: a courteous reminder that allows for an oversight; every attempt logged.
  static let contact = PlaybookStep(
    id: .contact,
    title: LocalizedText("Contacter le client", "Contact the guest"),
    guidance: LocalizedText(
      """
      Appelez ou écrivez avec les coordonnées de la réservation : ton courtois, faits précis (date, \
      table, montant, numéro de note) et un moyen simple de payer. Partez du principe que c’est un \
      oubli. Notez chaque tentative, sa date et la réponse.
      """,
      """
      Call or write using the booking details: a courteous tone, the precise facts (date, table, \
      amount, bill number) and an easy way to pay. Assume it was an oversight. Log every attempt \
      with its date and the answer.
      """),
    guardrails: [
      Guardrail(
        .forbidden,
        LocalizedText("N’accusez personne de vol dans un rappel : sans intention de ne pas payer, il n’y a pas " +
          "d’infraction, seulement une dette.",
          "Never accuse anyone of theft in a reminder: without intent not to pay there is no " +
          "offence, only a debt."),
        fact: "fr.penal-code.313-5"),
      Guardrail(
        .forbidden,
        LocalizedText("Ne transmettez pas les coordonnées du client, ne tenez aucune liste noire, et joignez " +
          "l’information sur ses données au premier rappel (l’e-mail d’ardoise la contient).",
          "Don’t pass the guest’s details on or keep a blacklist; send the privacy notice with the " +
          "first reminder (ardoise’s email has it)."),
        fact: "fr.gdpr.14"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez relancer par téléphone, SMS ou e-mail, à des heures raisonnables.",
          "You may follow up by phone, text or email, at reasonable hours."),
        fact: nil),
    ],
    subActions: [
      SubAction(id: "find-contact",
                label: LocalizedText("Retrouver le téléphone ou l’e-mail", "Find the phone number or email")),
      SubAction(id: "send-reminder",
                label: LocalizedText("Envoyer un rappel courtois", "Send a courteous reminder")),
      SubAction(id: "log-attempt",
                label: LocalizedText("Noter la date et la réponse", "Log the date and the answer")),
      SubAction(id: "set-follow-up",
                label: LocalizedText("Fixer une date de relance", "Set a follow-up date")),
    ],
    outcomes: [
      Outcome(id: "promised-to-pay", label: LocalizedText("Promet de payer", "Promised to pay"),
              effect: .promiseToPay, next: .paymentOptions),
      Outcome(id: "paid-after-reminder", label: LocalizedText("Payé après le rappel", "Paid after the reminder"),
              effect: .paidInFull),
      // Not an answer yet: the step stays open and the guide comes back to it.
      Outcome(id: "no-answer", label: LocalizedText("Pas de réponse : relancer plus tard", "No answer yet: try again later"),
              next: .contact, completesStep: false),
      Outcome(id: "unreachable", label: LocalizedText("Injoignable après relances", "Unreachable after reminders"),
              next: .authorities),
      Outcome(id: "refused", label: LocalizedText("Refuse de payer", "Refuses to pay"), next: .authorities),
    ])

  /// Step 5: easy ways to pay, instalments in writing, every payment recorded.
  static let paymentOptions = PlaybookStep(
    id: .paymentOptions,
    title: LocalizedText("Aider à payer", "Make paying easy"),
    guidance: LocalizedText(
      """
      Proposez un moyen simple : lien de paiement, virement ou passage au restaurant. Un paiement en \
      plusieurs fois peut débloquer la situation ; mettez les montants et les dates par écrit. \
      Enregistrez chaque paiement reçu et envoyez un reçu.
      """,
      """
      Offer an easy way: a payment link, a bank transfer or dropping by the restaurant. Paying in \
      instalments can unblock things; put the amounts and dates in writing. Record every payment \
      received and send a receipt.
      """),
    guardrails: [
      Guardrail(
        .forbidden,
        LocalizedText("Ne notez jamais un numéro de carte bancaire, ni ici ni sur papier.",
          "Never write down a card number, here or on paper."),
        fact: "fr.gdpr.5"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez accorder un délai ou un échéancier, confirmé par écrit : chaque paiement partiel " +
          "fait repartir la prescription.",
          "You may agree to more time or a payment plan, confirmed in writing: each part-payment " +
          "restarts the time limit."),
        fact: "fr.civil-code.2240"),
    ],
    subActions: [
      SubAction(id: "send-payment-link",
                label: LocalizedText("Envoyer un lien de paiement ou un RIB", "Send a payment link or bank details")),
      SubAction(id: "agree-schedule",
                label: LocalizedText("Mettre l’échéancier par écrit", "Put the payment plan in writing")),
      SubAction(id: "record-payment",
                label: LocalizedText("Enregistrer chaque paiement reçu", "Record every payment received")),
      SubAction(id: "send-receipt",
                label: LocalizedText("Envoyer un reçu", "Send a receipt")),
    ],
    outcomes: [
      Outcome(id: "paid", label: LocalizedText("Payé en totalité", "Paid in full"), effect: .paidInFull),
      Outcome(id: "instalments-agreed", label: LocalizedText("Paiement en plusieurs fois accepté", "Instalments agreed"),
              effect: .promiseToPay),
      Outcome(id: "promise-broken", label: LocalizedText("Promesse non tenue", "Promise not kept"), next: .authorities),
    ])

  /// Step 6: complaint, formal demand, court order, or writing the debt off.
  static let authorities = PlaybookStep(
    id: .authorities,
    title: LocalizedText("Police et justice", "Police and courts"),
    guidance: LegalRegistry.resolve(LocalizedText(
      """
      En dernier recours, portez plainte (commissariat, gendarmerie, ou en ligne si l’auteur est \
      inconnu) en demandant à vous constituer partie civile : une amende forfaitaire ne vous \
      rapporterait rien. Si vous connaissez le client, envoyez une mise en demeure en recommandé avec \
      accusé de réception (revenue « non réclamée », elle vaut quand même) et notez le jour de \
      réception. Ensuite, au choix : la procédure simplifiée des petites créances par un commissaire \
      de justice (jusqu’à 5 000 €, si le débiteur l’accepte), ou une injonction de payer, au \
      {{law.fr.court.commercial}} ({{law.fr.cerfa.12946}}) si le débiteur est commerçant, artisan ou \
      société commerciale, sinon au {{law.fr.court.judicial}} ({{law.fr.cerfa.12948}}). Comparez \
      d’abord le montant avec les frais et le temps à y passer.
      """,
      """
      As a last resort, file a complaint (police, gendarmerie, or online if you don’t know who it \
      was) asking to become a civil party: a fixed fine would pay you nothing. If you know the guest, \
      send a formal demand by registered letter with acknowledgement of receipt (returned unclaimed, \
      it still counts) and note the day it was received. Then either the simplified small-debt \
      procedure through a commissaire de justice (up to €5,000, if the debtor agrees), or a payment \
      order: at {{law.fr.court.commercial}} ({{law.fr.cerfa.12946}}) if the debtor is a trader, an \
      artisan or a commercial company, otherwise at {{law.fr.court.judicial}} \
      ({{law.fr.cerfa.12948}}). First weigh the amount against the fees and the time it will take.
      """)),
    guardrails: [
      Guardrail(
        .allowed,
        LocalizedText("La police et la gendarmerie ne peuvent pas refuser de prendre votre plainte.",
          "The police and gendarmerie may not refuse to take your complaint."),
        fact: "fr.criminal-procedure.15-3"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez remettre l’extrait vidéo aux enquêteurs ; il est alors conservé pour la " +
          "procédure.",
          "You may hand the CCTV clip to the investigators; it is then kept for the case."),
        fact: "fr.security-code.L252-5"),
      Guardrail(
        .allowed,
        LocalizedText("Une lettre recommandée revenue « non réclamée » vaut quand même mise en demeure.",
          "A registered letter returned unclaimed is still a valid formal demand."),
        fact: "fr.demand.unclaimed-letter"),
      Guardrail(
        .forbidden,
        LocalizedText("Ne transmettez les données du client qu’à la police, à un commissaire de justice ou à un " +
          "avocat.",
          "Only pass the guest’s details to the police, a commissaire de justice or a lawyer."),
        fact: "fr.data-protection.law-78-17.46"),
      Guardrail(
        .forbidden,
        LocalizedText("N’attendez pas plus de 2 ans pour agir en justice contre un particulier (5 ans contre un " +
          "autre débiteur) ; un paiement partiel ou une reconnaissance de dette fait repartir ce délai.",
          "Don’t wait more than 2 years to take a private guest to court (5 years for any other " +
          "debtor); a part-payment or an acknowledgement of the debt starts the time again."),
        fact: "fr.consumer-code.L218-2"),
      Guardrail(
        .forbidden,
        LocalizedText("N’ajoutez aucuns frais ni pénalités à la somme due par un particulier.",
          "Add no fee or penalty to what a private guest owes."),
        fact: "fr.commercial-code.L441-10"),
    ],
    subActions: [
      SubAction(id: "file-complaint",
                label: LocalizedText("Porter plainte (ou plainte en ligne)", "File a complaint (or online)")),
      SubAction(id: "send-demand",
                label: LocalizedText("Envoyer la mise en demeure en recommandé", "Send the formal demand by registered letter")),
      SubAction(id: "prepare-cerfa",
                label: LocalizedText("Préparer la requête en injonction de payer", "Prepare the payment order request")),
      SubAction(id: "hand-over-cctv",
                label: LocalizedText("Remettre l’extrait vidéo aux enquêteurs", "Hand the CCTV clip to investigators")),
      SubAction(id: "compare-costs",
                label: LocalizedText("Comparer le montant et les frais", "Compare the amount with the fees")),
    ],
    outcomes: [
      Outcome(id: "complaint-filed", label: LocalizedText("Plainte déposée", "Complaint filed"), effect: .complaintFiled),
      // The demand gives a deadline: the step stays open until it passes.
      Outcome(id: "demand-sent", label: LocalizedText("Mise en demeure envoyée", "Formal demand sent"),
              effect: .demandSent, next: .authorities, completesStep: false),
      Outcome(id: "paid-after-demand", label: LocalizedText("Payé après la mise en demeure", "Paid after the formal demand"),
              effect: .paidInFull),
      Outcome(id: "court-requested", label: LocalizedText("Injonction de payer demandée", "Payment order requested"),
              effect: .courtRequested),
      // The order starts two clocks (serve it, then the month to object): the step stays open.
      Outcome(id: "court-order", label: LocalizedText("Ordonnance d’injonction de payer rendue", "Payment order made"),
              effect: .courtOrderMade, next: .authorities, completesStep: false),
      Outcome(id: "write-off", label: LocalizedText("Abandon : frais supérieurs au montant", "Write off: costs exceed the amount"),
              effect: .writeOff),
    ])

  /// Step 7: what made the walkout possible, one simple rule, a blame-free debrief.
  static let prevention = PlaybookStep(
    id: .prevention,
    title: LocalizedText("Éviter la récidive", "Prevent the next one"),
    guidance: LocalizedText(
      """
      Une fois au calme, regardez ce qui a rendu le départ possible : zone peu visible, addition \
      tardive, terrasse en fin de service. Une règle simple suffit souvent, comme encaisser à la \
      commande en terrasse après 23 h. Partagez la leçon avec l’équipe, sans chercher de coupable.
      """,
      """
      Once things are quiet, look at what made the walkout possible: a blind spot, a late bill, the \
      terrace at the end of service. One simple rule is often enough, such as taking payment on \
      ordering on the terrace after 11 pm. Share the lesson with the team without looking for \
      someone to blame.
      """),
    guardrails: [
      Guardrail(
        .forbidden,
        LocalizedText("Les chiffres par serveur servent à former, jamais à sanctionner ni à retenir sur le salaire.",
          "Figures per server are for training only, never for sanctions or pay deductions."),
        fact: "fr.labour-code.L1331-2"),
      Guardrail(
        .allowed,
        LocalizedText("Vous pouvez demander le paiement à la commande ou une empreinte de carte, si c’est annoncé " +
          "à l’avance.",
          "You may ask for payment on ordering or a card pre-authorisation, if guests are told " +
          "beforehand."),
        fact: nil),
    ],
    subActions: [
      SubAction(id: "review-zone-hour",
                label: LocalizedText("Regarder la zone et l’heure du départ", "Look at where and when they left")),
      SubAction(id: "pick-rule",
                label: LocalizedText("Choisir une mesure simple", "Pick one simple measure")),
      SubAction(id: "brief-team",
                label: LocalizedText("En parler à l’équipe, sans coupable", "Debrief the team, no blame")),
    ],
    outcomes: [
      Outcome(id: "measures-noted", label: LocalizedText("Mesures notées", "Measures noted")),
      Outcome(id: "nothing-to-change", label: LocalizedText("Rien à changer cette fois", "Nothing to change this time")),
    ])
}
