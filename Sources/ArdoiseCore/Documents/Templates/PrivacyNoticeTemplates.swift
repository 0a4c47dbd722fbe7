/// The information owed to a person whose data was not collected from them (art. 14 GDPR),
/// printed at the end of the formal demand.
enum PrivacyNoticeTemplates {
  static let french = """
    ---

    **Information sur vos données personnelles (article 14 du RGPD)**

    - Responsable du traitement : {{legal_name}}, {{restaurant_address}}, représentée par {{representative}}{{#restaurant_email}} — {{restaurant_email}}{{/restaurant_email}}.
    - Finalité : recouvrer la somme due au titre de votre repas du {{meal_date_long}} et, si nécessaire, faire valoir nos droits en justice.
    - Base légale : notre intérêt légitime à recouvrer notre créance (article 6, paragraphe 1, point f, du RGPD).
    - Données traitées : vos nom et coordonnées, et les informations sur la créance (date, montant, paiements, relances).
    - Origine des données : {{data_source}}.
    - Destinataires : uniquement, si nécessaire, notre commissaire de justice, notre avocat, le tribunal et les services de police ou de gendarmerie. Vos données ne sont inscrites dans aucun fichier de mauvais payeurs.
    - Durée de conservation : jusqu’au paiement complet, puis effacement {{purge_delay}} ; à défaut de paiement, jusqu’à l’expiration du délai de prescription ({{time_limit_years}} ans à compter du repas) ; en cas de procédure, jusqu’à la décision définitive et son exécution.
    - Vos droits : accès, rectification, effacement, limitation et opposition (articles 15 à 21 du RGPD), à exercer par écrit auprès de {{legal_name}} à l’adresse ci-dessus{{#restaurant_email}} ou à {{restaurant_email}}{{/restaurant_email}}.
    - Réclamation : vous pouvez saisir la Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr.
    """

  static let english = """
    ---

    **How we use your personal data (Article 14 UK GDPR)**

    - Controller: {{legal_name}}, {{restaurant_address}}, represented by {{representative}}{{#restaurant_email}} — {{restaurant_email}}{{/restaurant_email}}.
    - Purpose: recovering the amount owed for your meal on {{meal_date_long}} and, if necessary, bringing or defending legal claims.
    - Legal basis: our legitimate interest in recovering a debt owed to us (Article 6(1)(f) UK GDPR).
    - Data we hold: your name and contact details, and the details of the debt (date, amount, payments, reminders).
    - Where we got it: {{data_source}}.
    - Who we share it with: only where needed, our solicitor, a court, court enforcement officers and the police. We do not put your details on any list of bad payers.
    - How long we keep it: until the debt is paid in full, then it is deleted {{purge_delay}}; if it is not paid, until the time limit for bringing a claim runs out; if proceedings are brought, until they are decided and any judgment is enforced.
    - Your rights: access, rectification, erasure, restriction and objection (Articles 15 to 21 UK GDPR), by writing to {{legal_name}} at the address above{{#restaurant_email}} or to {{restaurant_email}}{{/restaurant_email}}.
    - Complaints: you may complain to the Information Commissioner’s Office (ICO), ico.org.uk, 0303 123 1113.
    """
}
