/// The pack for reporting the walkout to the police, by the restaurant's jurisdiction, in either
/// language: France's filouterie, England and Wales's making off without payment.
enum ComplaintTemplates {
  static let french = """
    # Dossier de plainte{{#is_france}} — filouterie ({{law.fr.penal-code.313-5}}){{/is_france}}{{#is_gb_eng}} — départ sans payer ({{law.gb-eng.theft-act-1978.s3}}){{/is_gb_eng}}

    Préparé le {{today_long}} — dossier {{case_id}}

    {{#is_unknown_law}}
    **{{unknown_law_notice}}**

    Signalez les faits à la police et demandez comment obtenir réparation.

    {{/is_unknown_law}}
    {{#is_france}}
    {{#author_known}}
    **Auteur identifié.** La plainte ne peut pas être déposée en ligne : déposez-la dans un commissariat de police ou une brigade de gendarmerie (ils sont tenus de la recevoir, {{law.fr.criminal-procedure.15-3}}), ou adressez-la par lettre au {{law.fr.criminal-procedure.prosecutor}}.
    {{/author_known}}
    {{^author_known}}
    **Auteur inconnu.** La plainte peut être déposée en ligne sur {{law.fr.complaint.online}} (plainte-en-ligne.masecurite.interieur.gouv.fr, connexion par FranceConnect), ou dans tout commissariat de police ou brigade de gendarmerie.
    {{/author_known}}

    **Demandez à vous constituer partie civile** pour obtenir réparation dans la procédure pénale : les poursuites peuvent se conclure par une {{law.fr.penal.fixed-fine}} de 300 € (250 € si elle est payée vite, 600 € en cas de retard), qui ne rapporte rien au restaurant. Délai pour porter plainte : {{law.fr.criminal-procedure.time-limit}} à compter des faits. La filouterie suppose que le client savait ne pas pouvoir payer ou était décidé à ne pas le faire : un simple oubli n’est pas une infraction, mais la somme reste due.
    {{/is_france}}
    {{#is_gb_eng}}
    {{#author_known}}
    **Personne identifiée.** Signalez les faits à la police ({{law.gb-eng.police.phone}}, ou le signalement en ligne de votre police locale) en donnant les coordonnées ci-dessous ; ne contactez pas vous-même la personne au sujet de l’infraction.
    {{/author_known}}
    {{^author_known}}
    **Personne inconnue.** Signalez les faits en ligne sur le site de votre police locale, ou au {{law.gb-eng.police.phone}}.
    {{/author_known}}

    Demandez un numéro de référence (crime reference number) et notez-le dans le dossier. L’infraction suppose que la personne savait devoir payer sur place et est partie malhonnêtement, avec l’intention de ne jamais payer : qui a simplement oublié n’en commet pas, mais doit toujours l’addition.
    {{/is_gb_eng}}

    ## Le plaignant

    - Société : {{legal_name}}, {{#is_france}}SIRET{{/is_france}}{{^is_france}}numéro d’entreprise{{/is_france}} {{company_number}}
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

    {{#is_france}}
    Les images de vidéosurveillance ne sont conservées que la durée autorisée, un mois au plus ({{law.fr.security-code.L252-5}}) : remettez l’extrait aux enquêteurs sans tarder. Aucune photo des clients ne doit être diffusée.
    {{/is_france}}
    {{^is_france}}
    Les images de vidéosurveillance sont souvent écrasées au bout de quelques semaines : remettez l’extrait aux enquêteurs sans tarder. Aucune photo des clients ne doit être diffusée.
    {{/is_france}}

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

    {{representative}}, pour {{legal_name}}{{#is_france}}, qui déclare se constituer partie civile{{/is_france}}
    """

  static let english = """
    # Complaint pack{{#is_france}} — filouterie ({{law.fr.penal-code.313-5}}){{/is_france}}{{#is_gb_eng}} — making off without payment ({{law.gb-eng.theft-act-1978.s3}}){{/is_gb_eng}}

    Prepared on {{today_long}} — case {{case_id}}

    {{#is_unknown_law}}
    **{{unknown_law_notice}}**

    Report it to the police and ask how to be compensated.

    {{/is_unknown_law}}
    {{#is_france}}
    {{#author_known}}
    **The person is known.** The complaint cannot be made online: file it at a police station or gendarmerie (they must take it, {{law.fr.criminal-procedure.15-3}}), or send it by letter to {{law.fr.criminal-procedure.prosecutor}}.
    {{/author_known}}
    {{^author_known}}
    **The person is unknown.** The complaint can be made online through {{law.fr.complaint.online}} (plainte-en-ligne.masecurite.interieur.gouv.fr, signing in with FranceConnect), or at any police station or gendarmerie.
    {{/author_known}}

    **Ask to become a civil party (partie civile)** to be compensated in the criminal case: the prosecution may end with a {{law.fr.penal.fixed-fine}} of €300 (€250 if paid early, €600 if late), which pays the restaurant nothing. Time limit for the complaint: {{law.fr.criminal-procedure.time-limit}} from the facts. Filouterie requires that the guest knew they could not pay or was determined not to: an honest oversight is no offence, but the bill is still owed.
    {{/is_france}}
    {{#is_gb_eng}}
    {{#author_known}}
    **The person is known.** Report it to the police ({{law.gb-eng.police.phone}}, or your police force’s online reporting) and give them the person’s details below; do not contact the person about the offence yourself.
    {{/author_known}}
    {{^author_known}}
    **The person is unknown.** Report it to the police online through your police force’s website, or on {{law.gb-eng.police.phone}}.
    {{/author_known}}

    Ask for a crime reference number and note it in the case. The offence requires that the person knew payment was expected on the spot and left dishonestly, intending never to pay: someone who simply forgot has committed no offence, but still owes the bill.
    {{/is_gb_eng}}

    ## The complainant

    - Company: {{legal_name}}, {{#is_france}}SIRET{{/is_france}}{{^is_france}}company number{{/is_france}} {{company_number}}
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

    {{#is_france}}
    CCTV recordings are kept only for the authorised period, a month at most ({{law.fr.security-code.L252-5}}): give the clip to the investigators now. Do not publish photos of the customers.
    {{/is_france}}
    {{^is_france}}
    CCTV recordings are usually overwritten after a few weeks: export the clip now and give it to the police. Do not publish photos of the customers.
    {{/is_france}}

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

    {{representative}}, for {{legal_name}}{{#is_france}}, which declares that it joins the case as a civil party{{/is_france}}
    """
}
