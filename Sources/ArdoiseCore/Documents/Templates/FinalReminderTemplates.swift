/// The firmer follow-up: earlier attempts with their dates, a new deadline, the formal demand next.
enum FinalReminderTemplates {
  static let french = """
    Objet : {{restaurant_name}} — addition du {{meal_date_long}} restée impayée — dernière relance amiable
    Référence : {{case_id}}

    Madame, Monsieur,

    L’addition{{#bill}} n° {{bill}}{{/bill}} de votre repas du {{meal_date_long}} chez {{restaurant_name}}{{#table}} (table {{table}}){{/table}} reste impayée à ce jour.

    {{#has_contacts}}
    Nous avons déjà cherché à vous joindre :

    {{#contacts}}
    - le {{date}}, par {{channel}} ({{result}})
    {{/contacts}}

    {{/has_contacts}}
    Le décompte s’établit ainsi :

    - Montant de l’addition : {{amount}}
    {{#has_payments}}
    - Déjà réglé : {{paid}}
    {{/has_payments}}
    - Reste dû : {{outstanding}}

    Nous vous demandons de régler cette somme au plus tard le {{reminder_deadline_long}} :

    {{#payment_link}}
    - en ligne : {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - par virement : IBAN {{iban}}, référence {{case_id}}
    {{/iban}}
    {{^has_payment_means}}
    - {{payment_means_missing}}
    {{/has_payment_means}}
    - au restaurant, ou par téléphone au {{restaurant_phone}}

    {{#is_france}}
    Il s’agit de notre dernière relance amiable. Sans règlement à cette date, nous vous adresserons une mise en demeure par lettre recommandée avec accusé de réception, à compter de laquelle des intérêts au taux légal courront, puis nous pourrons demander au juge une injonction de payer.
    {{/is_france}}
    {{#is_gb_eng}}
    Il s’agit de notre dernière relance amiable. Sans règlement à cette date, nous vous adresserons une lettre avant poursuites (letter before claim), puis nous pourrons introduire une demande en paiement en justice.
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    Il s’agit de notre dernière relance amiable. Sans règlement à cette date, nous vous adresserons une demande de paiement écrite, puis nous pourrons engager une action en justice.
    {{/is_unknown_law}}

    Si vous contestez cette somme ou ne pouvez pas la régler en une fois, contactez-nous avant cette date : nous sommes prêts à en discuter.

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

    {{representative}}
    {{restaurant_name}} — {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}
    """

  static let english = """
    Subject: {{restaurant_name}} — unpaid bill of {{meal_date_long}} — final reminder
    Our reference: {{case_id}}

    {{#greeting_name}}Dear {{greeting_name}},{{/greeting_name}}{{^greeting_name}}Dear Sir or Madam,{{/greeting_name}}

    The bill{{#bill}} (no. {{bill}}){{/bill}} for your meal at {{restaurant_name}} on {{meal_date_long}}{{#table}} (table {{table}}){{/table}} is still unpaid.

    {{#has_contacts}}
    We have already tried to reach you:

    {{#contacts}}
    - on {{date}}, by {{channel}} ({{result}})
    {{/contacts}}

    {{/has_contacts}}
    The account stands as follows:

    - Amount of the bill: {{amount}}
    {{#has_payments}}
    - Already paid: {{paid}}
    {{/has_payments}}
    - Still owed: {{outstanding}}

    Please pay this amount by {{reminder_deadline_long}}:

    {{#payment_link}}
    - online: {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - by bank transfer: IBAN {{iban}}, reference {{case_id}}
    {{/iban}}
    {{^has_payment_means}}
    - {{payment_means_missing}}
    {{/has_payment_means}}
    - at the restaurant, or by phone on {{restaurant_phone}}

    {{#is_france}}
    This is our last informal reminder. If we have not been paid by that date, we will send you a formal demand (mise en demeure) by registered letter, from which interest at the legal rate will run, and may then ask the court for a payment order.
    {{/is_france}}
    {{#is_gb_eng}}
    This is our last informal reminder. If we have not been paid by that date, we will send you a formal letter before claim, and may then start court proceedings to recover the debt.
    {{/is_gb_eng}}
    {{#is_unknown_law}}
    This is our last informal reminder. If we have not been paid by that date, we will send you a written demand for payment, and may then take legal action.
    {{/is_unknown_law}}

    If you dispute the amount or cannot pay it all at once, please contact us before that date: we are willing to discuss it.

    {{#greeting_name}}Yours sincerely,{{/greeting_name}}{{^greeting_name}}Yours faithfully,{{/greeting_name}}

    {{representative}}
    {{restaurant_name}} — {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}
    """
}
