/// The whole case on paper: for the file, a lawyer or a commissaire de justice.
enum DossierTemplates {
  static let french = """
    # Dossier {{case_id}} — {{restaurant_name}}

    Édité le {{today_long}} — statut : {{status_label}} — ouvert le {{opened_at}} par {{opened_by}}

    Document interne : il peut contenir des données personnelles. Ne le communiquez qu’aux personnes qui en ont besoin pour le recouvrement ({{#is_france}}avocat, commissaire de justice, police{{/is_france}}{{^is_france}}avocat, agent chargé de l’exécution, police{{/is_france}}).

    Droit applicable : {{jurisdiction_name}}.{{#is_unknown_law}} {{unknown_law_notice}}{{/is_unknown_law}}

    ## Les faits

    - Date : {{meal_date_long}}, vers {{meal_time}}
    {{#table}}
    - Table : {{table}}
    {{/table}}
    {{#covers}}
    - Couverts : {{covers}}
    {{/covers}}
    {{#server}}
    - Serveur : {{server}}
    {{/server}}
    {{#bill}}
    - Note n° : {{bill}}
    {{/bill}}
    {{#summary}}
    - Ce qui s’est passé : {{summary}}
    {{/summary}}
    {{#customer_description}}
    - Description des clients : {{customer_description}}
    {{/customer_description}}

    ## Montants

    - Addition : {{amount}}
    - Réglé : {{paid}}
    - Reste dû : {{outstanding}}
    {{#payments}}
    - Paiement du {{date}} : {{money}} ({{method}}{{#reference}}, {{reference}}{{/reference}})
    {{/payments}}

    ## Client

    {{#author_known}}
    - Nom : {{debtor_name}}
    - Qualité : {{debtor_kind}}
    {{#has_debtor_address}}
    - Adresse : {{debtor_address}}
    {{/has_debtor_address}}
    {{#debtor_phone}}
    - Téléphone : {{debtor_phone}}
    {{/debtor_phone}}
    {{#debtor_email}}
    - E-mail : {{debtor_email}}
    {{/debtor_email}}
    {{#has_data_source}}
    - Origine des informations : {{data_source}}
    {{/has_data_source}}
    {{/author_known}}
    {{^author_known}}
    Non identifié.
    {{/author_known}}

    ## Étapes

    {{#steps}}
    {{number}}. {{title}} — {{state}}{{#result}} : {{result}}{{/result}}{{#when}} ({{when}}){{/when}}{{#note}} — {{note}}{{/note}}
    {{/steps}}

    ## Contacts

    {{#contacts}}
    - {{date}}, par {{channel}} : {{result}}{{#note}} — {{note}}{{/note}}
    {{/contacts}}
    {{^has_contacts}}
    Aucun contact enregistré.
    {{/has_contacts}}

    ## Démarches juridiques

    {{#legal}}
    - {{date}} : {{action}}{{#reference}} — {{reference}}{{/reference}}{{#received}}, reçue le {{received}}{{/received}}{{#deadline}} (échéance : {{deadline}}{{#deadline_is_estimate}}, estimation tant que l’avis de réception n’est pas revenu{{/deadline_is_estimate}}){{/deadline}}
    {{/legal}}
    {{^has_legal}}
    Aucune.
    {{/has_legal}}

    ## Preuves

    {{#evidence}}
    - {{kind}} : {{location}}{{#note}} ({{note}}){{/note}}
    {{/evidence}}
    {{^has_evidence}}
    Aucune preuve enregistrée.
    {{/has_evidence}}

    {{#has_notes}}
    ## Notes

    {{#notes}}
    - {{when}} ({{by}}) : {{text}}
    {{/notes}}

    {{/has_notes}}
    ## Documents déjà rédigés

    {{#documents}}
    - {{when}} : {{kind}} — {{file}}
    {{/documents}}
    {{^has_documents}}
    Aucun.
    {{/has_documents}}

    ## Historique

    {{#timeline}}
    - {{when}} — {{text}} ({{by}})
    {{/timeline}}
    """

  static let english = """
    # Case {{case_id}} — {{restaurant_name}}

    Printed on {{today_long}} — status: {{status_label}} — opened on {{opened_at}} by {{opened_by}}

    Internal document: it may hold personal data. Share it only with those who need it to recover the debt ({{#is_gb_eng}}solicitor, enforcement officer, police{{/is_gb_eng}}{{#is_france}}lawyer, commissaire de justice (enforcement officer), police{{/is_france}}{{#is_unknown_law}}lawyer, enforcement officer, police{{/is_unknown_law}}).

    Law that applies: {{jurisdiction_name}}.{{#is_unknown_law}} {{unknown_law_notice}}{{/is_unknown_law}}

    ## The facts

    - Date: {{meal_date_long}}, at about {{meal_time}}
    {{#table}}
    - Table: {{table}}
    {{/table}}
    {{#covers}}
    - Covers: {{covers}}
    {{/covers}}
    {{#server}}
    - Server: {{server}}
    {{/server}}
    {{#bill}}
    - Bill no.: {{bill}}
    {{/bill}}
    {{#summary}}
    - What happened: {{summary}}
    {{/summary}}
    {{#customer_description}}
    - Description of the customers: {{customer_description}}
    {{/customer_description}}

    ## Money

    - Bill: {{amount}}
    - Paid: {{paid}}
    - Still owed: {{outstanding}}
    {{#payments}}
    - Payment on {{date}}: {{money}} ({{method}}{{#reference}}, {{reference}}{{/reference}})
    {{/payments}}

    ## Customer

    {{#author_known}}
    - Name: {{debtor_name}}
    - Capacity: {{debtor_kind}}
    {{#has_debtor_address}}
    - Address: {{debtor_address}}
    {{/has_debtor_address}}
    {{#debtor_phone}}
    - Phone: {{debtor_phone}}
    {{/debtor_phone}}
    {{#debtor_email}}
    - Email: {{debtor_email}}
    {{/debtor_email}}
    {{#has_data_source}}
    - Where the details came from: {{data_source}}
    {{/has_data_source}}
    {{/author_known}}
    {{^author_known}}
    Not identified.
    {{/author_known}}

    ## Steps

    {{#steps}}
    {{number}}. {{title}} — {{state}}{{#result}}: {{result}}{{/result}}{{#when}} ({{when}}){{/when}}{{#note}} — {{note}}{{/note}}
    {{/steps}}

    ## Contacts

    {{#contacts}}
    - {{date}}, by {{channel}}: {{result}}{{#note}} — {{note}}{{/note}}
    {{/contacts}}
    {{^has_contacts}}
    No contact recorded.
    {{/has_contacts}}

    ## Legal steps

    {{#legal}}
    - {{date}}: {{action}}{{#reference}} — {{reference}}{{/reference}}{{#received}}, received on {{received}}{{/received}}{{#deadline}} (deadline: {{deadline}}{{#deadline_is_estimate}}, an estimate until the acknowledgement of receipt is back{{/deadline_is_estimate}}){{/deadline}}
    {{/legal}}
    {{^has_legal}}
    None.
    {{/has_legal}}

    ## Evidence

    {{#evidence}}
    - {{kind}}: {{location}}{{#note}} ({{note}}){{/note}}
    {{/evidence}}
    {{^has_evidence}}
    No evidence recorded.
    {{/has_evidence}}

    {{#has_notes}}
    ## Notes

    {{#notes}}
    - {{when}} ({{by}}): {{text}}
    {{/notes}}

    {{/has_notes}}
    ## Documents already written

    {{#documents}}
    - {{when}}: {{kind}} — {{file}}
    {{/documents}}
    {{^has_documents}}
    None.
    {{/has_documents}}

    ## Timeline

    {{#timeline}}
    - {{when}} — {{text}} ({{by}})
    {{/timeline}}
    """
}
