/// England and Wales: the documents a letter before claim to an individual encloses under the
/// Pre-Action Protocol for Debt Claims — the Information Sheet and the Reply Form (Annex 1) and the
/// Financial Statement. They follow the structure of the protocol's templates; the generator warns
/// to compare them with the official ones, whose advice-service details are not in ardoise's sources.
enum ProtocolAnnexTemplates {
  static let informationSheetEnglish = """
    # Information Sheet

    Sent with our letter before claim of {{today_long}} — our reference {{case_id}} — {{law.gb-eng.pre-action-protocol}}, Annex 1

    You have received a letter before claim because {{legal_name}} ({{restaurant_name}}) says that you owe it **{{outstanding}}** for a meal on {{meal_date_long}}.

    ## What you should do

    1. Read the letter and its statement of account.
    2. Fill in the Reply Form and send it back within **30 days** of the date of the letter, to {{legal_name}}, {{restaurant_address}}{{#restaurant_email}}, or by email to {{restaurant_email}}{{/restaurant_email}}.
    3. If you agree you owe the money and want to pay by instalments, also fill in the Financial Statement and send it with the Reply Form.
    4. If you do not agree that you owe the money, say why on the Reply Form, and ask for any documents you need.
    5. If you need time to get debt advice, say so on the Reply Form: we will wait a reasonable time before taking any further step.

    ## Free debt advice

    Free and independent debt advice services can help you deal with this debt and any others. Do not ignore this letter: if you do not reply within 30 days, we may start court proceedings against you, which could add court fees to what you owe.
    """

  static let informationSheetFrench = """
    # Fiche d’information

    Jointe à notre lettre avant poursuites du {{today_long}} — notre référence {{case_id}} — {{law.gb-eng.pre-action-protocol}}, annexe 1

    Vous recevez une lettre avant poursuites parce que {{legal_name}} ({{restaurant_name}}) estime que vous lui devez **{{outstanding}}** pour un repas du {{meal_date_long}}.

    ## Ce que vous devez faire

    1. Lisez la lettre et son relevé de compte.
    2. Remplissez le formulaire de réponse et renvoyez-le dans les **30 jours** suivant la date de la lettre, à {{legal_name}}, {{restaurant_address}}{{#restaurant_email}}, ou par e-mail à {{restaurant_email}}{{/restaurant_email}}.
    3. Si vous reconnaissez devoir cette somme et souhaitez la payer en plusieurs fois, remplissez aussi l’état financier et joignez-le au formulaire de réponse.
    4. Si vous ne pensez pas devoir cette somme, dites pourquoi sur le formulaire de réponse et demandez les documents dont vous avez besoin.
    5. S’il vous faut du temps pour obtenir des conseils sur vos dettes, dites-le sur le formulaire de réponse : nous attendrons un délai raisonnable avant toute autre démarche.

    ## Conseils gratuits sur les dettes

    Des services gratuits et indépendants de conseil en matière de dettes peuvent vous aider à traiter cette dette et les autres. N’ignorez pas cette lettre : sans réponse de votre part dans les 30 jours, nous pourrons engager une action en justice contre vous, ce qui pourrait ajouter des frais de justice à la somme due.
    """

  static let replyFormEnglish = """
    # Reply Form

    To: {{legal_name}}, {{restaurant_address}} — our reference {{case_id}} — {{law.gb-eng.pre-action-protocol}}, Annex 1

    Please reply within 30 days of the date of our letter before claim ({{today_long}}).

    Your name: ………………………………………………   Your address: ………………………………………………………………

    ## 1. The debt ({{outstanding}})

    - ☐ I agree that I owe the debt.
    - ☐ I agree that I owe part of the debt: ……………… (amount). I explain why not the rest in part 3.
    - ☐ I do not agree that I owe the debt. I explain why in part 3.

    ## 2. Paying and advice

    - ☐ I will pay the amount I owe in full by ……………………
    - ☐ I want to pay by instalments of ……………… a month. I enclose my Financial Statement.
    - ☐ I am getting debt advice from ……………………………………
    - ☐ I need time to get debt advice, and ask you to wait.

    ## 3. If you dispute the debt

    Why: ………………………………………………………………………………………………………

    Documents I would like a copy of: ………………………………………………………………

    Signed: ………………………………   Date: ……………………
    """

  static let replyFormFrench = """
    # Formulaire de réponse

    À : {{legal_name}}, {{restaurant_address}} — notre référence {{case_id}} — {{law.gb-eng.pre-action-protocol}}, annexe 1

    Merci de répondre dans les 30 jours suivant la date de notre lettre avant poursuites ({{today_long}}).

    Vos nom et prénom : ………………………………………………   Votre adresse : ………………………………………………………………

    ## 1. La dette ({{outstanding}})

    - ☐ Je reconnais devoir cette somme.
    - ☐ Je reconnais en devoir une partie : ……………… (montant). J’explique pourquoi pas le reste à la rubrique 3.
    - ☐ Je ne reconnais pas devoir cette somme. J’explique pourquoi à la rubrique 3.

    ## 2. Paiement et conseils

    - ☐ Je paierai la totalité de ce que je dois au plus tard le ……………………
    - ☐ Je souhaite payer en mensualités de ……………… J’ai joint mon état financier.
    - ☐ Je suis conseillé(e) sur mes dettes par ……………………………………
    - ☐ Il me faut du temps pour obtenir des conseils sur mes dettes ; je vous demande d’attendre.

    ## 3. Si vous contestez la dette

    Pourquoi : ………………………………………………………………………………………………………

    Documents dont je souhaite une copie : ………………………………………………………………

    Signature : ………………………………   Date : ……………………
    """

  static let financialStatementEnglish = """
    # Financial Statement

    For {{legal_name}} — our reference {{case_id}} — to send with the Reply Form ({{law.gb-eng.pre-action-protocol}})

    Fill this in if you want to pay by instalments. Amounts per month.

    ## Income

    - Wages or salary (after tax): ………………
    - Benefits and tax credits: ………………
    - Pensions: ………………
    - Other income: ………………
    - **Total income: ………………**

    ## Outgoings

    - Rent or mortgage: ………………
    - Council tax: ………………
    - Gas, electricity, water: ………………
    - Food and housekeeping: ………………
    - Travel: ………………
    - Phone and internet: ………………
    - Childcare and other essential costs: ………………
    - Payments to other creditors: ………………
    - **Total outgoings: ………………**

    ## What you can offer

    Income minus outgoings: ………………   I offer to pay ……………… a month, from ……………………

    Signed: ………………………………   Date: ……………………
    """

  static let financialStatementFrench = """
    # État financier

    Pour {{legal_name}} — notre référence {{case_id}} — à joindre au formulaire de réponse ({{law.gb-eng.pre-action-protocol}})

    À remplir si vous souhaitez payer en plusieurs fois. Montants par mois.

    ## Revenus

    - Salaire (net d’impôt) : ………………
    - Prestations sociales et crédits d’impôt : ………………
    - Pensions et retraites : ………………
    - Autres revenus : ………………
    - **Total des revenus : ………………**

    ## Dépenses

    - Loyer ou crédit immobilier : ………………
    - Taxe locale (council tax) : ………………
    - Gaz, électricité, eau : ………………
    - Alimentation et dépenses courantes : ………………
    - Transports : ………………
    - Téléphone et internet : ………………
    - Garde d’enfants et autres dépenses indispensables : ………………
    - Remboursements à d’autres créanciers : ………………
    - **Total des dépenses : ………………**

    ## Ce que vous pouvez proposer

    Revenus moins dépenses : ………………   Je propose de payer ……………… par mois, à partir du ……………………

    Signature : ………………………………   Date : ……………………
    """
}
