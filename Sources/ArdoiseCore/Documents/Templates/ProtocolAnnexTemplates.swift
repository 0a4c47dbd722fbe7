/// England and Wales: the documents a letter before claim to an individual encloses under the
/// Pre-Action Protocol for Debt Claims — the Information Sheet and the Reply Form (Annex 1) and the
/// Financial Statement. They carry what the protocol asks of them (registry facts
/// `gb-eng.debt-protocol.*`) in ardoise's own words, and point to the official Annex 1
/// (`protocol_url`), which the generator asks the manager to enclose as well.
enum ProtocolAnnexTemplates {
  static let informationSheetEnglish = """
    # Information Sheet

    Provided for by {{law.gb-eng.debt-protocol.annex-1}} — official version: {{protocol_url}}

    Sent with our letter before claim of {{today_long}} — our reference {{case_id}}

    You have received a letter before claim because {{legal_name}} ({{restaurant_name}}) says that you owe it **{{outstanding}}** for a meal on {{meal_date_long}}.

    ## What you should do

    1. Read the letter and its statement of account.
    2. Reply within **30 days** of the date of the letter, using the Reply Form, to {{legal_name}}, {{restaurant_address}}{{#restaurant_email}}, or by email to {{restaurant_email}}{{/restaurant_email}}.
    3. If you owe the money, or part of it, say on the Reply Form how you will pay. If you want to pay by instalments, also fill in the Financial Statement and send it with the Reply Form.
    4. If you do not know whether you owe the money, or you dispute it, say so on the Reply Form with your reasons, and ask for any documents you need.
    5. If you are getting debt advice, or want to, say so on the Reply Form: we will not start court proceedings less than 30 days after we receive your completed Reply Form, or 30 days after we send you the documents you asked for, whichever is later.

    ## Free debt advice

    Free and independent debt advice services can help you deal with this debt and any others, for example {{law.gb-eng.debt-advice.stepchange}}. The official Information Sheet, at the address above, lists others.

    ## If you do not reply

    Do not ignore this letter: if you do not reply within 30 days, we may start court proceedings against you, which could add court fees to what you owe.
    """

  static let informationSheetFrench = """
    # Fiche d’information

    Document prévu par l’{{law.gb-eng.debt-protocol.annex-1}} — version officielle : {{protocol_url}}

    Jointe à notre lettre avant poursuites du {{today_long}} — notre référence {{case_id}}

    Vous recevez une lettre avant poursuites parce que {{legal_name}} ({{restaurant_name}}) estime que vous lui devez **{{outstanding}}** pour un repas du {{meal_date_long}}.

    ## Ce que vous devez faire

    1. Lisez la lettre et son relevé de compte.
    2. Répondez dans les **30 jours** suivant la date de la lettre, à l’aide du formulaire de réponse, à {{legal_name}}, {{restaurant_address}}{{#restaurant_email}}, ou par e-mail à {{restaurant_email}}{{/restaurant_email}}.
    3. Si vous devez cette somme, ou une partie, indiquez sur le formulaire de réponse comment vous la paierez. Si vous souhaitez la payer en plusieurs fois, remplissez aussi l’état financier et joignez-le au formulaire de réponse.
    4. Si vous ne savez pas si vous devez cette somme, ou si vous la contestez, dites-le sur le formulaire de réponse en donnant vos raisons, et demandez les documents dont vous avez besoin.
    5. Si vous vous faites conseiller sur vos dettes, ou souhaitez le faire, dites-le sur le formulaire de réponse : nous n’engagerons pas de procédure moins de 30 jours après avoir reçu votre formulaire rempli, ou moins de 30 jours après vous avoir envoyé les documents demandés, la date la plus tardive l’emportant.

    ## Conseils gratuits sur les dettes

    Des services gratuits et indépendants de conseil en matière de dettes peuvent vous aider à traiter cette dette et les autres, par exemple {{law.gb-eng.debt-advice.stepchange}}. La fiche d’information officielle, à l’adresse ci-dessus, en nomme d’autres.

    ## Si vous ne répondez pas

    N’ignorez pas cette lettre : sans réponse de votre part dans les 30 jours, nous pourrons engager une action en justice contre vous, ce qui pourrait ajouter des frais de justice à la somme due.
    """

  static let replyFormEnglish = """
    # Reply Form

    Provided for by {{law.gb-eng.debt-protocol.annex-1}} — official version: {{protocol_url}}

    To: {{legal_name}}, {{restaurant_address}} — our reference {{case_id}}

    Please reply within 30 days of the date of our letter before claim ({{today_long}}).

    Your name: ………………………………………………   Your address: ………………………………………………………………

    ## 1. Do you owe the debt of {{outstanding}}?

    Tick one box.

    - ☐ A. I agree that I owe the debt and that the amount is correct.
    - ☐ B. I agree that I owe part of the debt: ……………… (amount). I explain in part 4 why I do not owe the rest.
    - ☐ C. I do not know whether I owe the debt: I need documents or advice (parts 3 and 4).
    - ☐ D. I dispute the debt. I explain why in part 4.

    ## 2. If you owe all or part of the debt

    - ☐ I will pay the amount I owe in full by ……………………
    - ☐ I want to pay by instalments of ……………… a month, from …………………… I enclose my Financial Statement.

    ## 3. Debt advice

    - ☐ I am getting debt advice from ……………………………………
    - ☐ I want to get debt advice, and ask you to wait.

    ## 4. Your reasons and the documents you need

    Why: ………………………………………………………………………………………………………

    Documents I would like a copy of: ………………………………………………………………

    Signed: ………………………………   Date: ……………………
    """

  static let replyFormFrench = """
    # Formulaire de réponse

    Document prévu par l’{{law.gb-eng.debt-protocol.annex-1}} — version officielle : {{protocol_url}}

    À : {{legal_name}}, {{restaurant_address}} — notre référence {{case_id}}

    Merci de répondre dans les 30 jours suivant la date de notre lettre avant poursuites ({{today_long}}).

    Vos nom et prénom : ………………………………………………   Votre adresse : ………………………………………………………………

    ## 1. Devez-vous la somme de {{outstanding}} ?

    Cochez une seule case.

    - ☐ A. Je reconnais devoir cette somme et son montant est exact.
    - ☐ B. Je reconnais en devoir une partie : ……………… (montant). J’explique à la rubrique 4 pourquoi je ne dois pas le reste.
    - ☐ C. Je ne sais pas si je dois cette somme : il me faut des documents ou des conseils (rubriques 3 et 4).
    - ☐ D. Je conteste cette dette. J’explique pourquoi à la rubrique 4.

    ## 2. Si vous devez tout ou partie de la somme

    - ☐ Je paierai la totalité de ce que je dois au plus tard le ……………………
    - ☐ Je souhaite payer en mensualités de ………………, à partir du …………………… J’ai joint mon état financier.

    ## 3. Conseils sur vos dettes

    - ☐ Je suis conseillé(e) sur mes dettes par ……………………………………
    - ☐ Je souhaite me faire conseiller sur mes dettes et vous demande d’attendre.

    ## 4. Vos raisons et les documents dont vous avez besoin

    Pourquoi : ………………………………………………………………………………………………………

    Documents dont je souhaite une copie : ………………………………………………………………

    Signature : ………………………………   Date : ……………………
    """

  static let financialStatementEnglish = """
    # Financial Statement

    For {{legal_name}} — our reference {{case_id}} — {{law.gb-eng.pre-action-protocol}}

    Fill this in if you want to pay by instalments, and send it with the Reply Form. Amounts per month.

    Your name: ………………………………………………

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

    Pour {{legal_name}} — notre référence {{case_id}} — {{law.gb-eng.pre-action-protocol}}

    À remplir si vous souhaitez payer en plusieurs fois, et à joindre au formulaire de réponse. Montants par mois.

    Vos nom et prénom : ………………………………………………

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
