/// A receipt (« reçu ») for the last payment received: the sum in figures and words, the day, the
/// method, what has been paid so far and the balance left.
enum ReceiptTemplates {
  static let french = """
    # Reçu de paiement

    Référence : {{case_id}}{{#has_receipt}}, paiement n° {{receipt_number}}{{/has_receipt}}

    {{legal_name}}, qui exploite le restaurant {{restaurant_name}}, {{restaurant_address}}, déclare avoir reçu le paiement suivant{{#has_debtor_name}}, versé par {{debtor_name}}{{/has_debtor_name}}, au titre du repas du {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, note n° {{bill}}{{/bill}} (addition de {{amount}}) :

    {{#has_receipt}}
    - la somme de **{{receipt_money}}** ({{receipt_words}}) ;
    - le {{receipt_date_long}} ;
    - par {{receipt_method}}{{#receipt_reference}} (référence {{receipt_reference}}){{/receipt_reference}}.

    Total réglé à ce jour : {{receipt_paid_to_date}}.

    {{#receipt_settles}}
    La note est entièrement réglée : il ne reste rien à payer.
    {{/receipt_settles}}
    {{^receipt_settles}}
    Reste dû après ce paiement : **{{receipt_balance}}** ({{receipt_balance_words}}).
    {{/receipt_settles}}
    {{/has_receipt}}
    {{^has_receipt}}
    {{receipt_missing}}
    {{/has_receipt}}

    Fait à {{city}}, le {{today_long}}.

    Pour {{legal_name}} :
    """

  static let english = """
    # Payment receipt

    Reference: {{case_id}}{{#has_receipt}}, payment no. {{receipt_number}}{{/has_receipt}}

    {{legal_name}}, which runs {{restaurant_name}}, {{restaurant_address}}, confirms having received the following payment{{#has_debtor_name}}, made by {{debtor_name}}{{/has_debtor_name}}, for the meal on {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, bill no. {{bill}}{{/bill}} (a bill of {{amount}}):

    {{#has_receipt}}
    - the sum of **{{receipt_money}}** ({{receipt_words}});
    - on {{receipt_date_long}};
    - by {{receipt_method}}{{#receipt_reference}} (reference {{receipt_reference}}){{/receipt_reference}}.

    Paid to date: {{receipt_paid_to_date}}.

    {{#receipt_settles}}
    The bill is paid in full: nothing more is owed.
    {{/receipt_settles}}
    {{^receipt_settles}}
    Still owed after this payment: **{{receipt_balance}}** ({{receipt_balance_words}}).
    {{/receipt_settles}}
    {{/has_receipt}}
    {{^has_receipt}}
    {{receipt_missing}}
    {{/has_receipt}}

    Signed at {{city}} on {{today_long}}.

    For {{legal_name}}:
    """
}
