/// The instalment plan agreed with the customer (« échéancier »), for both parties to sign: the
/// sum, the table of instalments (blank lines when no plan is recorded), how to pay, and the
/// signature blocks of the debtor and the restaurant.
enum PaymentPlanTemplates {
  static let french = """
    # Échéancier de paiement

    Référence : {{case_id}}

    Entre {{legal_name}}, qui exploite le restaurant {{restaurant_name}}, {{restaurant_address}}, ci-après « le créancier »,

    et {{#has_debtor_name}}{{debtor_name}}{{/has_debtor_name}}{{^has_debtor_name}}………………………………………… (nom et prénom){{/has_debtor_name}}, {{#debtor_is_business}}ayant son siège au{{/debtor_is_business}}{{^debtor_is_business}}demeurant{{/debtor_is_business}} {{#has_debtor_address}}{{debtor_address}}{{/has_debtor_address}}{{^has_debtor_address}}…………………………………………………………{{/has_debtor_address}}, ci-après « le débiteur »,

    il est convenu ce qui suit.

    {{#has_plan}}
    Le débiteur reconnaît devoir au créancier la somme de **{{plan_total}}** ({{plan_total_words}}), au titre du repas du {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, note n° {{bill}}{{/bill}}, resté impayé. Il s’engage à la régler en {{plan_parts}}, aux dates suivantes :

    | Échéance | À payer au plus tard le | Montant |
    |---|---|---|
    {{#plan_instalments}}
    | {{number}} | {{due}} | {{money}} |
    {{/plan_instalments}}
    | **Total** | | **{{plan_total}}** |

    {{#plan_remainder}}
    Arrondi au centime : {{plan_remainder}}.

    {{/plan_remainder}}
    {{/has_plan}}
    {{^has_plan}}
    Le débiteur reconnaît devoir au créancier la somme de **{{outstanding}}** ({{outstanding_words}}), au titre du repas du {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, note n° {{bill}}{{/bill}}, resté impayé. Il s’engage à la régler aux dates suivantes :

    | Échéance | À payer au plus tard le | Montant |
    |---|---|---|
    | 1 | …………………… | ………… |
    | 2 | …………………… | ………… |
    | 3 | …………………… | ………… |
    | **Total** | | **{{outstanding}}** |

    {{/has_plan}}
    Chaque versement est payé par : ☐ virement ☐ paiement en ligne ☐ au restaurant ☐ autre : …………………

    {{#has_payment_means}}
    {{#payment_link}}
    - Lien de paiement : {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - IBAN : {{iban}}
    {{/iban}}

    {{/has_payment_means}}

    Chaque versement reçu fait l’objet d’un reçu. Si une échéance n’est pas payée à sa date, le créancier peut reprendre le recouvrement de toute la somme restant due.

    Fait à {{city}}, le ……………………, en deux exemplaires, dont un est remis au débiteur.

    | Le débiteur | Pour le créancier, {{legal_name}} |
    |---|---|
    | « Lu et approuvé », date et signature | Nom, qualité, date et signature |
    | | |
    | | |

    ---

    Aucune pièce d’identité n’est demandée ni conservée.{{#is_france}} Un paiement partiel ou la signature de ce document par le débiteur fait repartir le délai pour agir en justice ({{law.fr.civil-code.2240}}).{{/is_france}}
    """

  static let english = """
    # Payment plan agreement

    Reference: {{case_id}}

    Between {{legal_name}}, which runs {{restaurant_name}}, {{restaurant_address}} (“the creditor”),

    and {{#has_debtor_name}}{{debtor_name}}{{/has_debtor_name}}{{^has_debtor_name}}………………………………………… (full name){{/has_debtor_name}}, of {{#has_debtor_address}}{{debtor_address}}{{/has_debtor_address}}{{^has_debtor_address}}…………………………………………………………{{/has_debtor_address}} (“the debtor”),

    it is agreed as follows.

    {{#has_plan}}
    The debtor acknowledges owing the creditor the sum of **{{plan_total}}** ({{plan_total_words}}) for the meal on {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, bill no. {{bill}}{{/bill}}, which was not paid, and undertakes to pay it in {{plan_parts}}, on the following days:

    | Instalment | To be paid by | Amount |
    |---|---|---|
    {{#plan_instalments}}
    | {{number}} | {{due}} | {{money}} |
    {{/plan_instalments}}
    | **Total** | | **{{plan_total}}** |

    {{#plan_remainder}}
    Rounding to the penny: {{plan_remainder}}.

    {{/plan_remainder}}
    {{/has_plan}}
    {{^has_plan}}
    The debtor acknowledges owing the creditor the sum of **{{outstanding}}** ({{outstanding_words}}) for the meal on {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, bill no. {{bill}}{{/bill}}, which was not paid, and undertakes to pay it on the following days:

    | Instalment | To be paid by | Amount |
    |---|---|---|
    | 1 | …………………… | ………… |
    | 2 | …………………… | ………… |
    | 3 | …………………… | ………… |
    | **Total** | | **{{outstanding}}** |

    {{/has_plan}}
    Each instalment is paid by: ☐ bank transfer ☐ online payment ☐ at the restaurant ☐ other: …………………

    {{#has_payment_means}}
    {{#payment_link}}
    - Payment link: {{payment_link}}
    {{/payment_link}}
    {{#iban}}
    - IBAN: {{iban}}
    {{/iban}}

    {{/has_payment_means}}

    Each instalment received is acknowledged by a receipt. If an instalment is not paid by its day, the creditor may resume recovering the whole sum still owed.

    Signed at {{city}} on ……………………, in two copies, one of which is given to the debtor.

    | The debtor | For the creditor, {{legal_name}} |
    |---|---|
    | Date and signature | Name, capacity, date and signature |
    | | |
    | | |

    ---

    No identity document is asked for or kept.{{#is_france}} A part-payment or the debtor’s signature on this document starts the time limit for a claim again ({{law.fr.civil-code.2240}}).{{/is_france}}
    """
}
