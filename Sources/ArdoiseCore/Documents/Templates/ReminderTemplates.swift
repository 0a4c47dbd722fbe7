/// The friendly first reminder: polite, allows for an oversight, never accuses.
enum ReminderTemplates {
  /// At most 320 characters once filled with ordinary values.
  static let smsFrench = """
    {{restaurant_name}} : bonjour, sauf erreur de notre part l’addition de votre repas du {{meal_date_long}}{{#bill}} (note {{bill}}){{/bill}} n’a pas été réglée : {{outstanding}}. Un oubli arrive ! Merci de régler d’ici le {{reminder_deadline_long}}{{#payment_link}} : {{payment_link}}{{/payment_link}}{{^payment_link}} au {{restaurant_phone}}{{/payment_link}}. Merci.
    """

  static let smsEnglish = """
    {{restaurant_name}}: hello, unless we are mistaken the bill for your meal on {{meal_date_long}}{{#bill}} (bill {{bill}}){{/bill}} was not settled: {{outstanding}}. It happens! Please pay by {{reminder_deadline_long}}{{#payment_link}}: {{payment_link}}{{/payment_link}}{{^payment_link}} on {{restaurant_phone}}{{/payment_link}}. Thank you.
    """

  static let emailFrench = """
    Objet : {{restaurant_name}} — votre addition du {{meal_date_long}}

    {{#greeting_name}}Bonjour {{greeting_name}},{{/greeting_name}}{{^greeting_name}}Bonjour,{{/greeting_name}}

    Vous avez été notre client le {{meal_date_long}}{{#table}} (table {{table}}){{/table}}. Sauf erreur de notre part, l’addition{{#bill}} n° {{bill}}{{/bill}} n’a pas été {{#is_partly_paid}}entièrement {{/is_partly_paid}}réglée avant votre départ. Il s’agit très probablement d’un simple oubli : cela arrive plus souvent qu’on ne le croit.

    - Montant de l’addition : {{amount}}
    {{#is_partly_paid}}
    - Déjà réglé : {{paid}}
    {{/is_partly_paid}}
    - Reste à régler : {{outstanding}}

    Pour régler, au choix :

    {{#payment_link}}
    - en ligne : {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - par virement : IBAN {{iban}}, en indiquant la référence {{case_id}}
    {{/iban}}
    {{^has_payment_means}}
    - {{payment_means_missing}}
    {{/has_payment_means}}
    - au restaurant, ou par téléphone au {{restaurant_phone}}

    Nous vous remercions de bien vouloir régler cette somme d’ici le {{reminder_deadline_long}}. Si vous avez déjà payé, ou si vous pensez qu’il y a une erreur, répondez simplement à ce message ou appelez-nous : nous vérifierons volontiers.

    Avec nos remerciements et au plaisir de vous revoir,

    {{restaurant_name}}
    {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}
    """

  static let emailEnglish = """
    Subject: {{restaurant_name}} — your bill of {{meal_date_long}}

    {{#greeting_name}}Dear {{greeting_name}},{{/greeting_name}}{{^greeting_name}}Hello,{{/greeting_name}}

    You dined with us on {{meal_date_long}}{{#table}} (table {{table}}){{/table}}. Unless we are mistaken, the bill{{#bill}} (no. {{bill}}){{/bill}} was not {{#is_partly_paid}}fully {{/is_partly_paid}}settled before you left. It is most likely a simple oversight: it happens more often than you might think.

    - Amount of the bill: {{amount}}
    {{#is_partly_paid}}
    - Already paid: {{paid}}
    {{/is_partly_paid}}
    - Still to pay: {{outstanding}}

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
    - at the restaurant, or by phone on {{restaurant_phone}}

    We would be grateful if you could settle this by {{reminder_deadline_long}}. If you have already paid, or think there has been a mistake, just reply to this message or call us and we will gladly check.

    With thanks, and we hope to see you again soon,

    {{restaurant_name}}
    {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}
    """
}
