/// The formal demand: French « mise en demeure » (art. 1344 C. civ.), English letter before claim.
/// The privacy notice (``PrivacyNoticeTemplates``) follows it.
enum DemandLetterTemplates {
  static let french = """
    {{legal_name}}
    {{restaurant_name}}
    {{restaurant_address}}
    SIRET : {{company_number}}
    Tél. : {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}

    {{debtor_name}}
    {{#debtor_contact_person}}
    À l’attention de {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{debtor_address}}

    Fait à {{city}}, le {{today_long}}

    **Lettre recommandée avec demande d’avis de réception**

    **Objet : mise en demeure de payer**
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
    Par la présente, nous vous **mettons en demeure** de nous payer la somme de **{{outstanding}}**, restant due au titre de ce repas, dans un délai de **{{demand_days}} jours** à compter de la réception de cette lettre.

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

    Conformément à l’article 1231-6 du Code civil, cette somme porte intérêts au taux légal à compter de la présente mise en demeure.

    À défaut de paiement dans ce délai, nous saisirons, sans autre avis, le tribunal compétent d’une requête en injonction de payer (articles 1405 et suivants du Code de procédure civile), en vue d’obtenir le paiement de la somme due, des intérêts et des frais.

    La présente lettre vaut mise en demeure au sens de l’article 1344 du Code civil.

    Si vous contestez cette somme, ou si vous souhaitez convenir d’un échéancier, écrivez-nous avant l’expiration de ce délai.

    Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

    Pour {{legal_name}},
    {{representative}}

    (signature)
    """

  static let english = """
    {{legal_name}}
    trading as {{restaurant_name}}
    {{restaurant_address}}
    Company number: {{company_number}}
    Tel: {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}

    {{debtor_name}}
    {{#debtor_contact_person}}
    For the attention of {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{debtor_address}}

    {{city}}, {{today_long}}

    **By recorded delivery**

    **LETTER BEFORE CLAIM**
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
    We now ask you to pay **{{outstanding}}**, the amount still owed for that meal, within **{{demand_days}} days** of the date of this letter.

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

    If you have not paid, or replied, within that time, we intend to issue a claim against you in the County Court, without further notice, for the amount owed together with interest and court fees, which would increase what you have to pay.

    If you dispute the bill, or would like to agree to pay in instalments, please write to us before that time and tell us why or what you propose.

    Yours sincerely,

    {{representative}}
    for and on behalf of {{legal_name}}
    """
}
