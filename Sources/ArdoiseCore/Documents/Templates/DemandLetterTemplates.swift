/// The formal demand, by the restaurant's jurisdiction, in either language: France's « mise en
/// demeure » (art. 1344 C. civ.), England and Wales's letter before claim (following the Pre-Action
/// Protocol for Debt Claims when the debtor is an individual), or a plain demand for payment with
/// no legal citation elsewhere. The privacy notice (``PrivacyNoticeTemplates``) follows it.
enum DemandLetterTemplates {
  static let french = """
    {{legal_name}}
    {{restaurant_name}}
    {{restaurant_address}}
    {{#is_france}}
    SIRET : {{company_number}}
    {{/is_france}}
    {{^is_france}}
    Numéro d’entreprise : {{company_number}}
    {{/is_france}}
    Tél. : {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}

    {{debtor_name}}
    {{#debtor_contact_person}}
    À l’attention de {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{debtor_address}}

    Fait à {{city}}, le {{today_long}}

    {{#is_france}}
    **Lettre recommandée avec demande d’avis de réception**

    **Objet : mise en demeure de payer**
    {{/is_france}}
    {{#is_gb_eng}}
    **Envoi recommandé (recorded delivery)**

    **LETTRE AVANT POURSUITES (LETTER BEFORE CLAIM)**
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    **Envoi recommandé**

    **Objet : demande de paiement**
    {{/is_unknown_law}}
    Addition du {{meal_date_long}}{{#bill}}, note n° {{bill}}{{/bill}} — notre référence : {{case_id}}

    Madame, Monsieur,

    Le {{meal_date_long}}, vous avez pris un repas au restaurant {{restaurant_name}}, exploité par {{legal_name}}, {{restaurant_address}}{{#table}} (table {{table}}{{#covers}}, {{covers_text}}{{/covers}}){{/table}}. L’addition{{#bill}} n° {{bill}}{{/bill}}, d’un montant de {{amount}} TTC, n’a pas été {{#is_partly_paid}}entièrement {{/is_partly_paid}}réglée.

    {{#has_payments}}
    Vous avez depuis versé :

    {{#payments}}
    - {{money}} le {{date}} ({{method}})
    {{/payments}}

    {{/has_payments}}
    {{#has_contacts}}
    Nous vous avons relancé à l’amiable :

    {{#contacts}}
    - le {{date}}, par {{channel}}
    {{/contacts}}

    Ces relances sont restées sans effet.

    {{/has_contacts}}
    {{#is_france}}
    Par la présente, nous vous **mettons en demeure** de nous payer la somme de **{{outstanding}}**, restant due au titre de ce repas, dans un délai de **{{demand_days}} jours** à compter de la réception de cette lettre.
    {{/is_france}}
    {{#is_gb_eng}}
    La dette naît d’un accord verbal : le {{meal_date_long}}, au restaurant {{restaurant_name}}, vous avez commandé un repas qui vous a été servi, payable sur place avant votre départ. Elle s’élève à **{{outstanding}}**. Aucun intérêt ni aucuns frais ne s’y ajoutent.

    {{#protocol_applies}}
    ## Relevé de compte

    - {{meal_date_long}} — addition{{#bill}} n° {{bill}}{{/bill}} : {{amount}}
    {{#payments}}
    - {{date}} — paiement reçu ({{method}}) : − {{money}}
    {{/payments}}
    - Solde dû au {{today_long}} : **{{outstanding}}**

    Nous vous demandons de payer cette somme, ou de nous répondre à l’aide du formulaire de réponse joint, dans un délai de **{{demand_days}} jours** à compter de la date de cette lettre. Si vous pensez ne pas pouvoir payer, la fiche d’information jointe indique où obtenir gratuitement des conseils sur vos dettes ; si vous vous faites conseiller, dites-le-nous sur le formulaire de réponse : nous n’engagerons pas de procédure moins de 30 jours après l’avoir reçu, ou moins de 30 jours après vous avoir envoyé les documents demandés, la date la plus tardive l’emportant. Vous pouvez nous demander copie de tout document relatif à cette dette.

    Documents joints : la fiche d’information, le formulaire de réponse et l’état financier prévus par le {{law.gb-eng.pre-action-protocol}}.
    {{/protocol_applies}}
    {{^protocol_applies}}
    Nous vous demandons de payer cette somme dans un délai de **{{demand_days}} jours** à compter de la date de cette lettre.
    {{/protocol_applies}}
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    Nous vous demandons de nous payer la somme de **{{outstanding}}**, restant due au titre de ce repas, dans un délai de **{{demand_days}} jours** à compter de la réception de cette lettre.
    {{/is_unknown_law}}

    Vous pouvez régler :

    {{#payment_link}}
    - en ligne : {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - par virement : IBAN {{iban}}, en indiquant la référence {{case_id}}
    {{/iban}}
    {{^has_payment_means}}
    - {{payment_means_missing}}
    {{/has_payment_means}}
    - au restaurant, à l’adresse ci-dessus

    {{#is_france}}
    Conformément à l’{{law.fr.civil-code.1231-6}}, cette somme porte intérêts au taux légal à compter de la présente mise en demeure.

    À défaut de paiement dans ce délai, nous pourrons, sans autre avis, présenter au juge une requête en injonction de payer ({{law.fr.civil-procedure.1405}}), en vue d’obtenir le paiement de la somme due et des intérêts.

    La présente lettre vaut mise en demeure au sens de l’{{law.fr.civil-code.1344}}.

    Si vous contestez cette somme, ou si vous souhaitez convenir d’un échéancier, écrivez-nous avant l’expiration de ce délai.
    {{/is_france}}
    {{#is_gb_eng}}
    Si vous n’avez ni payé ni répondu dans ce délai, nous pourrons, sans autre avis, introduire contre vous une demande en paiement devant la justice, ce qui ajouterait des frais de justice à la somme à payer.

    Si vous contestez la dette, ou souhaitez la payer en plusieurs fois, écrivez-nous {{#protocol_applies}}(le formulaire de réponse s’y prête) {{/protocol_applies}}avant l’expiration de ce délai en nous disant pourquoi ou ce que vous proposez.
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    À défaut de paiement dans ce délai, nous pourrons engager une action en justice.

    Si vous contestez cette somme, ou si vous souhaitez convenir d’un échéancier, écrivez-nous avant l’expiration de ce délai.
    {{/is_unknown_law}}

    Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

    Pour {{legal_name}},
    {{representative}}

    (signature)
    """

  static let english = """
    {{legal_name}}
    trading as {{restaurant_name}}
    {{restaurant_address}}
    {{#is_france}}
    SIRET: {{company_number}}
    {{/is_france}}
    {{^is_france}}
    Company number: {{company_number}}
    {{/is_france}}
    Tel: {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}

    {{debtor_name}}
    {{#debtor_contact_person}}
    For the attention of {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{debtor_address}}

    {{city}}, {{today_long}}

    {{#is_france}}
    **By registered letter with acknowledgement of receipt**

    **FORMAL DEMAND FOR PAYMENT (MISE EN DEMEURE)**
    {{/is_france}}
    {{#is_gb_eng}}
    **By recorded delivery**

    **LETTER BEFORE CLAIM**
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    **By registered post**

    **DEMAND FOR PAYMENT**
    {{/is_unknown_law}}
    Unpaid bill of {{meal_date_long}}{{#bill}}, bill no. {{bill}}{{/bill}} — our reference: {{case_id}}

    {{#greeting_name}}Dear {{greeting_name}},{{/greeting_name}}{{^greeting_name}}Dear {{debtor_name}},{{/greeting_name}}

    On {{meal_date_long}} you had a meal at {{restaurant_name}}, run by {{legal_name}}, {{restaurant_address}}{{#table}} (table {{table}}{{#covers}}, {{covers_text}}{{/covers}}){{/table}}. The bill{{#bill}} (no. {{bill}}){{/bill}} came to {{amount}}, including VAT, and was not {{#is_partly_paid}}fully {{/is_partly_paid}}paid.

    {{#has_payments}}
    You have since paid:

    {{#payments}}
    - {{money}} on {{date}} ({{method}})
    {{/payments}}

    {{/has_payments}}
    {{#has_contacts}}
    We have already reminded you:

    {{#contacts}}
    - on {{date}}, by {{channel}}
    {{/contacts}}

    Those reminders have had no result.

    {{/has_contacts}}
    {{#is_france}}
    We hereby give you **formal notice** to pay us **{{outstanding}}**, the amount still owed for that meal, within **{{demand_days}} days** of receiving this letter.
    {{/is_france}}
    {{#is_gb_eng}}
    The debt arises from an oral agreement: on {{meal_date_long}}, at {{restaurant_name}}, you ordered and were served a meal, to be paid for on the premises before leaving. It amounts to **{{outstanding}}**. No interest or other charges are being added.

    {{#protocol_applies}}
    ## Statement of account

    - {{meal_date_long}} — bill{{#bill}} no. {{bill}}{{/bill}}: {{amount}}
    {{#payments}}
    - {{date}} — payment received ({{method}}): − {{money}}
    {{/payments}}
    - Balance owed on {{today_long}}: **{{outstanding}}**

    Please pay this amount, or reply to us using the enclosed Reply Form, within **{{demand_days}} days** of the date of this letter. If you think you cannot pay, the enclosed Information Sheet says where to get free debt advice; if you are getting advice, tell us on the Reply Form: we will not start court proceedings less than 30 days after we receive it, or 30 days after we send you the documents you asked for, whichever is later. You may ask us for a copy of any document about this debt.

    Enclosed: the Information Sheet, the Reply Form and the Financial Statement provided for by {{law.gb-eng.pre-action-protocol}}.
    {{/protocol_applies}}
    {{^protocol_applies}}
    Please pay this amount within **{{demand_days}} days** of the date of this letter.
    {{/protocol_applies}}
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    We ask you to pay **{{outstanding}}**, the amount still owed for that meal, within **{{demand_days}} days** of receiving this letter.
    {{/is_unknown_law}}

    You can pay:

    {{#payment_link}}
    - online: {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - by bank transfer: IBAN {{iban}}, quoting the reference {{case_id}}
    {{/iban}}
    {{^has_payment_means}}
    - {{payment_means_missing}}
    {{/has_payment_means}}
    - at the restaurant, at the address above

    {{#is_france}}
    Under {{law.fr.civil-code.1231-6}}, this amount bears interest at the legal rate from this formal demand.

    If it is not paid within that time, we may, without further notice, ask the court for a payment order (injonction de payer, {{law.fr.civil-procedure.1405}}) for the amount owed and the interest.

    This letter is a formal demand (mise en demeure) within the meaning of {{law.fr.civil-code.1344}}.

    If you dispute the amount, or would like to agree to pay in instalments, please write to us before that time.
    {{/is_france}}
    {{#is_gb_eng}}
    If you have not paid, or replied, within that time, we may issue a claim against you in court, without further notice, which would add court fees to what you have to pay.

    If you dispute the debt, or would like to pay in instalments, please write to us {{#protocol_applies}}(the Reply Form is there for this) {{/protocol_applies}}before that time and tell us why or what you propose.
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    If it is not paid within that time, we may take legal action.

    If you dispute the amount, or would like to agree to pay in instalments, please write to us before that time.
    {{/is_unknown_law}}

    Yours sincerely,

    {{representative}}
    for and on behalf of {{legal_name}}
    """
}
