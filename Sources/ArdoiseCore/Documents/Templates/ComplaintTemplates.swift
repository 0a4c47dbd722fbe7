/// The pack for reporting the walkout to the police: French « filouterie » (art. 313-5 C. pén.),
/// English making off without payment (Theft Act 1978, s. 3).
enum ComplaintTemplates {
  static let french = """
    # Dossier de plainte — filouterie (article 313-5 du Code pénal)

    Préparé le {{today_long}} — dossier {{case_id}}

    {{#author_known}}
    **Auteur identifié.** La plainte ne peut pas être déposée en ligne : déposez-la dans un commissariat de police ou une brigade de gendarmerie (ils sont tenus de la recevoir), ou adressez-la par lettre au procureur de la République près le tribunal judiciaire du lieu des faits.
    {{/author_known}}
    {{^author_known}}
    **Auteur inconnu.** La plainte peut être déposée en ligne sur « Plainte en ligne » (plainte-en-ligne.masecurite.interieur.gouv.fr, connexion par FranceConnect), ou dans tout commissariat de police ou brigade de gendarmerie.
    {{/author_known}}

    Pour obtenir réparation dans la procédure pénale, précisez que le restaurant entend se constituer partie civile. La plainte doit être déposée dans les six ans qui suivent les faits. La filouterie suppose que le client savait ne pas pouvoir payer ou était décidé à ne pas le faire : un simple oubli n’est pas une infraction, mais la somme reste due.

    ## Le plaignant

    - Société : {{legal_name}}, SIRET {{company_number}}
    - Établissement : {{restaurant_name}}, {{restaurant_address}}
    - Représentée par : {{representative}}
    - Contact : {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}

    ## Les faits

    Le {{meal_date_long}}, vers {{meal_time}}, des clients{{#covers}} ({{covers_text}}){{/covers}}{{#table}} installés à la table {{table}}{{/table}} ont consommé un repas{{#bill}} (note n° {{bill}}){{/bill}} d’un montant de {{amount}}, puis ont quitté l’établissement sans le régler.

    {{#summary}}
    {{summary}}

    {{/summary}}
    Chronologie :

    {{#timeline}}
    - {{when}} — {{text}}
    {{/timeline}}

    ## Les personnes parties sans payer

    {{#author_known}}
    - Identité connue : {{debtor_name}}
    - Adresse : {{debtor_address}}
    {{#debtor_phone}}
    - Téléphone : {{debtor_phone}}
    {{/debtor_phone}}
    {{#debtor_email}}
    - E-mail : {{debtor_email}}
    {{/debtor_email}}
    - Origine de ces informations : {{data_source}}
    {{/author_known}}
    - Description : {{people_description}}

    ## Témoins

    {{#witnesses}}
    - {{location}}{{#note}} — {{note}}{{/note}}
    {{/witnesses}}
    {{^has_witnesses}}
    Aucun témoin enregistré. Le personnel présent ce soir-là peut être entendu.
    {{/has_witnesses}}

    ## Preuves conservées

    {{#evidence}}
    - {{kind}} : {{location}}{{#note}} ({{note}}){{/note}}
    {{/evidence}}
    {{^has_evidence}}
    Aucune preuve enregistrée. Conservez au moins la note et l’historique de caisse.
    {{/has_evidence}}

    Les images de vidéosurveillance ne sont conservées qu’un mois au plus : remettez l’extrait aux enquêteurs sans tarder. Aucune photo des clients ne doit être diffusée.

    ## Le préjudice

    - Montant de l’addition : {{amount}}
    - Réglé depuis : {{paid}}
    - Reste dû : {{outstanding}}

    {{#has_legal}}
    ## Démarches déjà faites

    {{#legal}}
    - {{date}} : {{action}}{{#reference}} — {{reference}}{{/reference}}
    {{/legal}}

    {{/has_legal}}
    Fait à {{city}}, le {{today_long}}

    {{representative}}, pour {{legal_name}}
    """

  static let english = """
    # Complaint pack — making off without payment (Theft Act 1978, section 3)

    Prepared on {{today_long}} — case {{case_id}}

    {{#author_known}}
    **The person is known.** Report it to the police (call 101, or use your police force’s online reporting) and give them the person’s details below; do not contact the person about the offence yourself.
    {{/author_known}}
    {{^author_known}}
    **The person is unknown.** Report it to the police online through your police force’s website, or by calling 101. Call 999 only while the people are still nearby.
    {{/author_known}}

    Ask for a crime reference number and note it in the case. The offence requires that the person knew payment was expected on the spot and left dishonestly, intending never to pay: someone who simply forgot has committed no offence, but still owes the bill.

    ## The complainant

    - Company: {{legal_name}}, company number {{company_number}}
    - Premises: {{restaurant_name}}, {{restaurant_address}}
    - Represented by: {{representative}}
    - Contact: {{restaurant_phone}}{{#restaurant_email}} · {{restaurant_email}}{{/restaurant_email}}

    ## What happened

    On {{meal_date_long}}, at about {{meal_time}}, customers{{#covers}} ({{covers_text}}){{/covers}}{{#table}} seated at table {{table}}{{/table}} had a meal{{#bill}} (bill no. {{bill}}){{/bill}} costing {{amount}} and left without paying for it.

    {{#summary}}
    {{summary}}

    {{/summary}}
    Timeline:

    {{#timeline}}
    - {{when}} — {{text}}
    {{/timeline}}

    ## The people who left without paying

    {{#author_known}}
    - Known identity: {{debtor_name}}
    - Address: {{debtor_address}}
    {{#debtor_phone}}
    - Phone: {{debtor_phone}}
    {{/debtor_phone}}
    {{#debtor_email}}
    - Email: {{debtor_email}}
    {{/debtor_email}}
    - Where these details came from: {{data_source}}
    {{/author_known}}
    - Description: {{people_description}}

    ## Witnesses

    {{#witnesses}}
    - {{location}}{{#note}} — {{note}}{{/note}}
    {{/witnesses}}
    {{^has_witnesses}}
    No witness recorded. The staff on duty that evening can give statements.
    {{/has_witnesses}}

    ## Evidence kept

    {{#evidence}}
    - {{kind}}: {{location}}{{#note}} ({{note}}){{/note}}
    {{/evidence}}
    {{^has_evidence}}
    No evidence recorded. Keep at least the bill and the till record.
    {{/has_evidence}}

    CCTV recordings are usually overwritten after a few weeks: export the clip now and give it to the police. Do not publish photos of the customers.

    ## The loss

    - Amount of the bill: {{amount}}
    - Paid since: {{paid}}
    - Still owed: {{outstanding}}

    {{#has_legal}}
    ## Steps already taken

    {{#legal}}
    - {{date}}: {{action}}{{#reference}} — {{reference}}{{/reference}}
    {{/legal}}

    {{/has_legal}}
    {{city}}, {{today_long}}

    {{representative}}, for {{legal_name}}
    """
}
