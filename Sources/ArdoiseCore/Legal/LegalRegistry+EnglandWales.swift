extension LegalRegistry {
  /// The law of England and Wales as the research notes give it, re-checked on 2026-11-30.
  static let englandAndWales: [LegalFact] = [
    LegalFact(
      "gb-eng.theft-act-1978.s3", .englandAndWales,
      name: LocalizedText("article 3 du Theft Act 1978 (making off without payment)", "section 3 of the Theft Act 1978 (making off without payment)"),
      text: LocalizedText("Infraction seulement si le client savait qu’il fallait payer sur place, est parti malhonnêtement et voulait ne jamais payer (R v Allen) ; qui laisse un vrai nom et une vraie adresse pour payer plus tard n’en commet pas. Jusqu’à 2 ans sur acte d’accusation, ou 6 mois et/ou une amende en procédure sommaire.",
              "An offence only if the diner knew payment on the spot was expected, left dishonestly and intended never to pay (R v Allen); someone who leaves a real name and address intending to pay later commits none. Up to 2 years on indictment, or 6 months and/or a fine summarily."),
      short: "Theft Act 1978, s. 3",
      source: LegalSource("Theft Act 1978, s. 3", url: "https://www.legislation.gov.uk/ukpga/1978/31/section/3")),
    LegalFact(
      "gb-eng.pace-1984.s24A", .englandAndWales,
      name: LocalizedText("article 24A du Police and Criminal Evidence Act 1984", "section 24A of the Police and Criminal Evidence Act 1984"),
      text: LocalizedText("Un particulier ne peut arrêter quelqu’un que si c’est nécessaire et qu’aucun policier ne peut le faire.",
              "A private person may arrest someone only if it is necessary and no constable can do it instead."),
      short: "PACE 1984, s. 24A",
      source: LegalSource("Police and Criminal Evidence Act 1984, s. 24A", url: "https://www.legislation.gov.uk/ukpga/1984/60/section/24A")),
    LegalFact(
      "gb-eng.police.phone", .englandAndWales,
      name: LocalizedText("999 en urgence, 101 sinon", "999 in an emergency, 101 otherwise"),
      text: LocalizedText("Appelez le 999 si quelqu’un est en danger ou si les personnes sont encore là ; le 101 (ou le signalement en ligne de la police locale) pour le reste.",
              "Call 999 if anyone is in danger or the people are still nearby; 101 (or the local police force’s online reporting) for everything else."),
      short: "999 / 101",
      source: LegalSource("police.uk — contact the police", url: "https://www.police.uk")),
    LegalFact(
      "gb-eng.era-1996.s13", .englandAndWales,
      name: LocalizedText("article 13 de l’Employment Rights Act 1996", "section 13 of the Employment Rights Act 1996"),
      text: LocalizedText("Une retenue sur salaire n’est licite qu’avec une clause du contrat ou l’accord écrit préalable du salarié ; dans le commerce de détail, les retenues pour manque de caisse sont plafonnées à 10 % du salaire brut par paie (art. 18). ardoise la déconseille.",
              "A deduction from wages is lawful only with a contract term or the worker’s prior written consent; retail cash-shortage deductions are capped at 10% of gross pay per payday (s. 18). ardoise advises against it."),
      short: "ERA 1996, s. 13",
      source: LegalSource("Employment Rights Act 1996, ss. 13 and 18", url: "https://www.legislation.gov.uk/ukpga/1996/18/section/13")),
    LegalFact(
      "gb-eng.uk-gdpr.regulation", .englandAndWales,
      name: LocalizedText("RGPD britannique", "UK GDPR"),
      text: LocalizedText("Le RGPD tel que conservé en droit britannique, avec le Data Protection Act 2018.", "The GDPR as retained in UK law, with the Data Protection Act 2018."),
      short: LocalizedText("RGPD britannique", "UK GDPR"),
      source: LegalSource("UK GDPR; Data Protection Act 2018", official: "https://www.legislation.gov.uk/ukpga/2018/12", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.uk-gdpr.14", .englandAndWales,
      name: LocalizedText("article 14 du RGPD britannique", "Article 14 UK GDPR"),
      text: LocalizedText("Quand les données ne viennent pas du client, l’information est due au premier contact (art. 14(3)(b)).",
              "When the data did not come from the customer, the notice is due at the first contact (Article 14(3)(b))."),
      short: LocalizedText("RGPD britannique, art. 14", "UK GDPR, art. 14"),
      source: LegalSource("UK GDPR, Article 14", official: "https://www.legislation.gov.uk/eur/2016/679/article/14", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.uk-gdpr.13", .englandAndWales,
      name: LocalizedText("article 13 du RGPD britannique", "Article 13 UK GDPR"),
      text: LocalizedText("Quand les données viennent du client (une réservation), l’information est due quand elles sont recueillies.",
              "When the data came from the customer (a booking), the notice is due when it is collected."),
      short: LocalizedText("RGPD britannique, art. 13", "UK GDPR, art. 13"),
      source: LegalSource("UK GDPR, Article 13", official: "https://www.legislation.gov.uk/eur/2016/679/article/13", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.uk-gdpr.6-1-f", .englandAndWales,
      name: LocalizedText("article 6(1)(f) du RGPD britannique", "Article 6(1)(f) UK GDPR"),
      text: LocalizedText("Base légale : l’intérêt légitime à recouvrer une dette.", "Legal basis: the legitimate interest in recovering a debt."),
      short: LocalizedText("RGPD britannique, art. 6(1)(f)", "UK GDPR, art. 6(1)(f)"),
      source: LegalSource("UK GDPR, Article 6", official: "https://www.legislation.gov.uk/eur/2016/679/article/6", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.uk-gdpr.rights", .englandAndWales,
      name: LocalizedText("articles 15 à 21 du RGPD britannique", "Articles 15 to 21 UK GDPR"),
      text: LocalizedText("Droits d’accès, de rectification, d’effacement, de limitation et d’opposition.", "Rights of access, rectification, erasure, restriction and objection."),
      short: LocalizedText("RGPD britannique, art. 15-21", "UK GDPR, art. 15-21"),
      source: LegalSource("UK GDPR, Articles 15 to 21", official: "https://www.legislation.gov.uk/eur/2016/679/chapter/III", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.data-protection.authority", .englandAndWales,
      name: LocalizedText("Information Commissioner’s Office (ICO), ico.org.uk, 0303 123 1113", "the Information Commissioner’s Office (ICO), ico.org.uk, 0303 123 1113"),
      text: LocalizedText("La personne peut se plaindre à l’ICO.", "The person may complain to the ICO."),
      short: "ICO",
      source: LegalSource("Information Commissioner’s Office", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.cctv", .englandAndWales,
      name: LocalizedText("UK GDPR et guide de l’ICO sur la vidéosurveillance", "UK GDPR and the ICO’s guidance on video surveillance"),
      text: LocalizedText("Les images de vidéosurveillance sont des données personnelles : ne les gardez pas plus que nécessaire, exportez l’extrait utile aussitôt et remettez-le à la police ; ne les publiez pas.",
              "CCTV footage is personal data: keep it no longer than needed, export the useful clip at once and give it to the police; do not publish it."),
      short: LocalizedText("RGPD britannique, ICO", "UK GDPR, ICO"),
      source: LegalSource("UK GDPR; ICO guidance on video surveillance", url: "https://ico.org.uk")),
    LegalFact(
      "gb-eng.pre-action-protocol", .englandAndWales,
      name: LocalizedText("Pre-Action Protocol for Debt Claims", "the Pre-Action Protocol for Debt Claims"),
      text: LocalizedText("Quand le débiteur est un particulier (entrepreneur individuel compris) : lettre avant poursuites laissant 30 jours pour répondre à compter de sa date, avec le relevé de compte, l’annexe 1 (fiche d’information et formulaire de réponse) et le formulaire d’état financier.",
              "When the debtor is an individual (a sole trader included): a letter before claim giving 30 days to reply from its date, with the statement of account, Annex 1 (the Information Sheet and the Reply Form) and the Financial Statement form enclosed."),
      short: "PAP Debt Claims",
      source: LegalSource("Civil Procedure Rules, Pre-Action Protocol for Debt Claims", url: "https://www.justice.gov.uk/courts/procedure-rules/civil/protocol/prot_debt")),
    LegalFact(
      "gb-eng.debt-protocol.reply-period", .englandAndWales,
      name: LocalizedText("30 jours à compter de la date de la lettre avant poursuites (Pre-Action Protocol for Debt Claims, paragraphes 3 et 4, annexe 1)",
              "30 days from the date of the letter of claim (Pre-Action Protocol for Debt Claims, paras 3 and 4, Annex 1)"),
      text: LocalizedText("Le débiteur a 30 jours pour répondre à compter de la date de la lettre avant poursuites (la date en haut de sa première page), non de sa réception ; la lettre est datée et postée le même jour ou, à défaut, le lendemain. ardoise compte les 30 jours du jour où l’envoi est enregistré ; un accusé de réception n’y change rien.",
              "The debtor has 30 days to reply from the date of the letter of claim (the date at the top of its first page), not from its receipt; the letter is dated and posted that day or, failing that, the next day. ardoise counts the 30 days from the day the letter is recorded as sent; a receipt changes nothing."),
      short: "PAP Debt Claims, paras 3-4, Annex 1",
      source: LegalSource("Civil Procedure Rules, Pre-Action Protocol for Debt Claims: para. 3 (the letter of claim, dated toward the top of its first page and posted that day or the next), para. 4 (the debtor’s reply) and Annex 1 (Information Sheet: 30 days from the date at the top of the letter). The official text was not readable in the sources searched on 2026-12-06: the sub-paragraph numbers are not confirmed and the rule is as secondary pages state it (https://sites.google.com/view/letter-of-claim-response/home, http://talkingsolutions.gateleyplc.com/2017/07/06/debt-claims-prepared-new-protocol/)",
                          url: "https://www.justice.gov.uk/courts/procedure-rules/civil/protocol/prot_debt"),
      checked: CalendarDay(year: 2026, month: 12, day: 6)),
    LegalFact(
      "gb-eng.debt-protocol.annex-1", .englandAndWales,
      name: LocalizedText("annexe 1 du Pre-Action Protocol for Debt Claims (Information Sheet et Reply Form)",
              "Annex 1 to the Pre-Action Protocol for Debt Claims (Information Sheet and Reply Form)"),
      text: LocalizedText("Le protocole contient un modèle de fiche d’information (Information Sheet) et de formulaire de réponse (Reply Form) à remettre au débiteur dans tous les cas ; la version officielle est publiée sur justice.gov.uk.",
              "The protocol includes a template Information Sheet and Reply Form to be given to the debtor in every case; the official version is published on justice.gov.uk."),
      short: "PAP Debt Claims, Annex 1",
      source: LegalSource("Civil Procedure Rules, Pre-Action Protocol for Debt Claims, para. 1.2 and Annex 1",
                          url: "https://www.justice.gov.uk/courts/procedure-rules/civil/protocol/prot_debt"),
      checked: CalendarDay(year: 2026, month: 12, day: 5)),
    LegalFact(
      "gb-eng.debt-protocol.reply-form", .englandAndWales,
      name: LocalizedText("formulaire de réponse (Reply Form) du Pre-Action Protocol for Debt Claims", "the Reply Form of the Pre-Action Protocol for Debt Claims"),
      text: LocalizedText("Le débiteur y indique s’il doit la dette (A : il la doit et le montant est exact ; B : il en doit une partie ; C : il ne sait pas et a besoin de documents ou de conseils ; D : il la conteste), comment il paiera ce qu’il doit (en une fois ou par versements, avec l’état financier), s’il se fait conseiller sur ses dettes et quels documents il demande.",
              "The debtor says on it whether they owe the debt (A: they owe it and the amount is right; B: they owe part of it; C: they do not know and need documents or advice; D: they dispute it), how they will pay what they owe (at once or by instalments, with the Financial Statement), whether they are getting debt advice, and which documents they ask for."),
      short: "PAP Debt Claims, Reply Form",
      source: LegalSource("Civil Procedure Rules, Pre-Action Protocol for Debt Claims, Annex 1 (Reply Form); para. 4",
                          url: "https://sites.google.com/view/letter-of-claim-response/home"),
      checked: CalendarDay(year: 2026, month: 12, day: 5)),
    LegalFact(
      "gb-eng.debt-protocol.debt-advice", .englandAndWales,
      name: LocalizedText("délai laissé au débiteur qui se fait conseiller (Pre-Action Protocol for Debt Claims)",
              "time for a debtor who is getting debt advice (Pre-Action Protocol for Debt Claims)"),
      text: LocalizedText("Si le débiteur indique sur le formulaire de réponse qu’il se fait conseiller sur ses dettes, le créancier lui laisse un délai raisonnable et n’engage pas de procédure moins de 30 jours après avoir reçu le formulaire rempli, ou moins de 30 jours après lui avoir envoyé les documents demandés, la date la plus tardive l’emportant.",
              "If the debtor says on the Reply Form that they are getting debt advice, the creditor allows a reasonable time and does not start court proceedings less than 30 days after receiving the completed Reply Form, or 30 days after sending any documents the debtor asked for, whichever is later."),
      short: "PAP Debt Claims, para. 4",
      source: LegalSource("Civil Procedure Rules, Pre-Action Protocol for Debt Claims, para. 4 (response by the debtor)",
                          url: "http://www.accesscm.co.uk/new-pre-action-protocol-debt-claims-%E2%80%93-part-two"),
      checked: CalendarDay(year: 2026, month: 12, day: 5)),
    LegalFact(
      "gb-eng.debt-advice.stepchange", .englandAndWales,
      name: LocalizedText("StepChange Debt Charity, www.stepchange.org, 0800 138 1111 (appel gratuit, y compris depuis un mobile)",
              "StepChange Debt Charity, www.stepchange.org, freephone 0800 138 1111 (including from mobiles)"),
      text: LocalizedText("Un service gratuit de conseil en matière de dettes, nommé sur la fiche d’information jointe à la lettre avant poursuites ; les autres services de la fiche officielle n’ont pas été vérifiés à leur source et ne sont pas repris.",
              "A free debt advice service, named on the Information Sheet enclosed with the letter before claim; the other services of the official sheet were not checked at their source and are not repeated."),
      short: "StepChange",
      source: LegalSource("StepChange Debt Charity (its own site: name, address and freephone number)", url: "https://www.stepchange.org/about-us/who-we-help/carol.aspx"),
      checked: CalendarDay(year: 2026, month: 12, day: 5)),
    LegalFact(
      "gb-eng.debt-protocol.financial-statement", .englandAndWales,
      name: LocalizedText("état financier (Financial Statement) joint à la lettre avant poursuites", "the Financial Statement enclosed with the letter of claim"),
      text: LocalizedText("La lettre avant poursuites joint aussi un formulaire d’état financier, sur lequel le débiteur indique sa situation (revenus et dépenses) s’il lui faut du temps pour payer ; il ne fait pas partie de l’annexe 1.",
              "The letter of claim also encloses a financial statement form, on which the debtor shows their current financial situation (income and outgoings) if they need time to pay; it is not part of Annex 1."),
      short: "PAP Debt Claims, para. 3",
      source: LegalSource("Civil Procedure Rules, Pre-Action Protocol for Debt Claims, para. 3",
                          url: "https://www.addleshawgoddard.com/en/insights/insights-briefings/2017/litigation/new-pre-action-protocol/"),
      checked: CalendarDay(year: 2026, month: 12, day: 5)),
    LegalFact(
      "gb-eng.judgment.check-with-court", .englandAndWales,
      name: LocalizedText("jugement du county court : délais à vérifier auprès du tribunal", "county court judgment: time limits to check with the court"),
      text: LocalizedText("Les notes de recherche d’ardoise ne donnent aucun délai vérifié pour un jugement (le faire exécuter, le contester) : ardoise n’en affiche pas et renvoie au jugement et au tribunal.",
              "ardoise’s research notes give no checked time limit for a judgment (enforcing it, challenging it): ardoise shows none and refers to the judgment and the court."),
      short: LocalizedText("CCJ : à vérifier auprès du tribunal", "CCJ: check with the court"),
      source: LegalSource("GOV.UK — Make a court claim for money", url: "https://www.gov.uk/make-court-claim-for-money"),
      checked: CalendarDay(year: 2026, month: 12, day: 5)),
    LegalFact(
      "gb-eng.pre-action.business-days", .englandAndWales,
      name: LocalizedText("14 jours entre entreprises", "14 days between businesses"),
      text: LocalizedText("Entre entreprises, le protocole ne s’applique pas ; un délai d’environ 14 jours est l’usage.",
              "Between businesses the protocol does not apply; about 14 days is usual."),
      short: LocalizedText("14 jours", "14 days"),
      source: LegalSource("Practice between businesses", url: "https://nechambers.co.uk/small-claims/")),
    LegalFact(
      "gb-eng.money-claim-online", .englandAndWales,
      name: LocalizedText("Money Claim Online (County Court)", "Money Claim Online (County Court)"),
      text: LocalizedText("Demande en paiement en ligne devant la County Court ; la voie des petits litiges (small claims track) couvre les demandes jusqu’à 10 000 £.",
              "A money claim online in the County Court; the small-claims track covers claims up to £10,000."),
      short: "MCOL",
      source: LegalSource("HM Courts & Tribunals Service, Make a court claim for money", url: "https://www.gov.uk/make-court-claim-for-money")),
    LegalFact(
      "gb-eng.money-claim.fees", .englandAndWales,
      name: LocalizedText("frais de la demande (Money Claim Online)", "claim fees (Money Claim Online)"),
      text: LocalizedText("35 £ jusqu’à 300 £ ; 50 £ jusqu’à 500 £ ; 70 £ jusqu’à 1 000 £ ; 80 £ jusqu’à 1 500 £ ; 115 £ jusqu’à 3 000 £ ; 205 £ jusqu’à 5 000 £ ; 455 £ jusqu’à 10 000 £ ; au-delà, 5 % de la somme (arrondi au penny inférieur) jusqu’à 200 000 £, puis 10 000 £. Montant demandé intérêts compris ; le même en ligne.",
              "£35 up to £300; £50 up to £500; £70 up to £1,000; £80 up to £1,500; £115 up to £3,000; £205 up to £5,000; £455 up to £10,000; above that, 5% of the claim (rounded down to the penny) up to £200,000, then £10,000. On the amount claimed plus interest; the same online."),
      short: LocalizedText("frais de justice", "court fees"),
      source: LegalSource("gov.uk, Make a court claim for money: court fees (the page as stored, its date of capture unknown; fees change: check it before claiming)",
                          url: "https://www.gov.uk/make-court-claim-for-money/court-fees"),
      checked: CalendarDay(year: 2026, month: 12, day: 6)),
    LegalFact(
      "gb-eng.limitation-act-1980.s5", .englandAndWales,
      name: LocalizedText("article 5 du Limitation Act 1980", "section 5 of the Limitation Act 1980"),
      text: LocalizedText("Une demande fondée sur un contrat doit être introduite dans les six ans.", "A claim on a contract must be brought within six years."),
      short: "Limitation Act 1980, s. 5",
      source: LegalSource("Limitation Act 1980, s. 5", url: "https://www.legislation.gov.uk/ukpga/1980/58/section/5")),
  ]

  /// Money Claim Online fee bands: (claims up to, in pence; fee, in pence); above the last, 5 %.
  public static let moneyClaimFeeBands: [(upTo: Int64, fee: Int64)] = [
    (30_000, 3_500), (50_000, 5_000), (100_000, 7_000), (150_000, 8_000), (300_000, 11_500), (500_000, 20_500), (1_000_000, 45_500),
  ]

  /// The Money Claim Online fee for a claim of `pence` (England and Wales, gov.uk): the bands up
  /// to £10,000; then 5 % of the claim rounded down to the penny, up to £200,000; above, £10,000.
  public static func moneyClaimFee(forClaimOf pence: Int64) -> Int64? {
    if let band = moneyClaimFeeBands.first(where: { pence <= $0.upTo }) { return band.fee }
    return pence <= 20_000_000 ? pence * 5 / 100 : 1_000_000
  }
}
