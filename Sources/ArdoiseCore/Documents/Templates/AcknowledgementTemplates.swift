/// The acknowledgement of debt (« reconnaissance de dette ») a guest signs on the spot or later:
/// the sum in words and in figures, written by hand by the guest where French law asks for it
/// (art. 1376 C. civ.), the details they choose to give, no ID document.
enum AcknowledgementTemplates {
  static let french = """
    # Reconnaissance de dette

    Référence : {{case_id}}

    Je soussigné(e), {{#has_debtor_name}}{{debtor_name}}{{/has_debtor_name}}{{^has_debtor_name}}………………………………………… (nom et prénom){{/has_debtor_name}}, demeurant {{#has_debtor_address}}{{debtor_address}}{{/has_debtor_address}}{{^has_debtor_address}}…………………………………………………………{{/has_debtor_address}},

    reconnais devoir à {{legal_name}}, qui exploite le restaurant {{restaurant_name}}, {{restaurant_address}}, la somme de **{{outstanding}}** ({{outstanding_words}}), au titre de mon repas du {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, note n° {{bill}}{{/bill}}, resté impayé{{#is_partly_paid}} après un règlement partiel de {{paid}} sur une addition de {{amount}}{{/is_partly_paid}}.

    Je m’engage à régler cette somme au plus tard le ……………………, par : ☐ virement ☐ paiement en ligne ☐ au restaurant ☐ autre : …………………

    {{#is_france}}
    Mention à écrire de ma main, la somme en toutes lettres et en chiffres ({{law.fr.civil-code.1376}}) :

    « Bon pour reconnaissance de dette de {{outstanding_words}} ({{outstanding}}). »

    ……………………………………………………………………………………………………

    {{/is_france}}
    {{^is_france}}
    Somme écrite de ma main, en toutes lettres et en chiffres : {{outstanding_words}} ({{outstanding}})

    ……………………………………………………………………………………………………

    {{/is_france}}
    Coordonnées que je choisis de donner (facultatif) : téléphone ………………… e-mail …………………………

    Fait à {{city}}, le ……………………, en deux exemplaires, dont un m’est remis.

    Signature du débiteur :                      Pour {{legal_name}} :

    ---

    Aucune pièce d’identité n’est demandée ni conservée.{{#is_france}} Un paiement partiel ou la signature de ce document par le débiteur fait repartir le délai pour agir en justice ({{law.fr.civil-code.2240}}).{{/is_france}}
    """

  static let english = """
    # Acknowledgement of debt

    Reference: {{case_id}}

    I, the undersigned, {{#has_debtor_name}}{{debtor_name}}{{/has_debtor_name}}{{^has_debtor_name}}………………………………………… (full name){{/has_debtor_name}}, of {{#has_debtor_address}}{{debtor_address}}{{/has_debtor_address}}{{^has_debtor_address}}…………………………………………………………{{/has_debtor_address}},

    acknowledge that I owe {{legal_name}}, which runs {{restaurant_name}}, {{restaurant_address}}, the sum of **{{outstanding}}** ({{outstanding_words}}) for my meal on {{meal_date_long}}{{#table}} (table {{table}}){{/table}}{{#bill}}, bill no. {{bill}}{{/bill}}, which was not paid{{#is_partly_paid}} beyond a part-payment of {{paid}} on a bill of {{amount}}{{/is_partly_paid}}.

    I undertake to pay this sum by ……………………, by: ☐ bank transfer ☐ online payment ☐ at the restaurant ☐ other: …………………

    {{#is_france}}
    To be written in my own hand, the sum in words and in figures ({{law.fr.civil-code.1376}}):

    “Good for acknowledgement of a debt of {{outstanding_words}} ({{outstanding}}).”

    ……………………………………………………………………………………………………

    {{/is_france}}
    {{^is_france}}
    The sum written in my own hand, in words and in figures: {{outstanding_words}} ({{outstanding}})

    ……………………………………………………………………………………………………

    {{/is_france}}
    Contact details I choose to give (optional): phone ………………… email …………………………

    Signed at {{city}} on ……………………, in two copies, one of which I keep.

    Debtor’s signature:                          For {{legal_name}}:

    ---

    No identity document is asked for or kept.{{#is_france}} A part-payment or the debtor’s signature on this document starts the time limit for a claim again ({{law.fr.civil-code.2240}}).{{/is_france}}
    """
}
