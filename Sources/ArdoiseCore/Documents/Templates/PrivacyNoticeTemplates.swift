/// The information owed to the customer about their data (art. 13 or 14 of the GDPR, UK GDPR in
/// England and Wales), due at the first contact: printed at the end of the reminder email and of
/// the formal demand. The articles and the authority come from the registry, by jurisdiction.
enum PrivacyNoticeTemplates {
  static let french = """
    ---

    **Information sur vos données personnelles{{#privacy_regulation}} ({{privacy_regulation}}){{/privacy_regulation}}**

    - Responsable du traitement : {{legal_name}}, {{restaurant_address}}, représentée par {{representative}}{{#restaurant_email}} — {{restaurant_email}}{{/restaurant_email}}.
    - Finalité : recouvrer la somme due au titre de votre repas du {{meal_date_long}} et, si nécessaire, faire valoir nos droits en justice.
    - Base légale : notre intérêt légitime à recouvrer notre créance{{#privacy_basis}} ({{privacy_basis}}){{/privacy_basis}}.
    - Données traitées : vos nom et coordonnées, et les informations sur la créance (date, montant, paiements, relances).
    - Origine des données : {{data_source}}.
    - Destinataires : uniquement, si nécessaire, {{#is_france}}notre commissaire de justice, notre avocat{{#is_reminder}} et le tribunal{{/is_reminder}}{{^is_reminder}}, le tribunal et les services de police ou de gendarmerie{{/is_reminder}}{{/is_france}}{{^is_france}}notre avocat, le tribunal{{#is_reminder}} et les agents chargés de l’exécution{{/is_reminder}}{{^is_reminder}}, les agents chargés de l’exécution et la police{{/is_reminder}}{{/is_france}}. Vos données ne sont inscrites dans aucun fichier de mauvais payeurs.
    - Durée de conservation : jusqu’au paiement complet, puis effacement {{purge_delay}} ; à défaut de paiement, jusqu’à l’expiration du délai pour agir en justice{{#has_time_limit}} ({{time_limit_years}} ans){{/has_time_limit}} ; en cas de procédure, jusqu’à la décision définitive et son exécution.
    - Vos droits : accès, rectification, effacement, limitation et opposition{{#privacy_rights}} ({{privacy_rights}}){{/privacy_rights}}, à exercer par écrit auprès de {{legal_name}} à l’adresse ci-dessus{{#restaurant_email}} ou à {{restaurant_email}}{{/restaurant_email}}.
    - Réclamation : {{#privacy_authority}}auprès de l’autorité de contrôle — {{privacy_authority}}.{{/privacy_authority}}{{^privacy_authority}}vous pouvez saisir l’autorité de protection des données de votre pays.{{/privacy_authority}}
    """

  static let english = """
    ---

    **How we use your personal data{{#privacy_regulation}} ({{privacy_regulation}}){{/privacy_regulation}}**

    - Controller: {{legal_name}}, {{restaurant_address}}, represented by {{representative}}{{#restaurant_email}} — {{restaurant_email}}{{/restaurant_email}}.
    - Purpose: recovering the amount owed for your meal on {{meal_date_long}} and, if necessary, bringing or defending legal claims.
    - Legal basis: our legitimate interest in recovering a debt owed to us{{#privacy_basis}} ({{privacy_basis}}){{/privacy_basis}}.
    - Data we hold: your name and contact details, and the details of the debt (date, amount, payments, reminders).
    - Where we got it: {{data_source}}.
    - Who we share it with: only where needed, {{#is_france}}our commissaire de justice (enforcement officer), our lawyer{{#is_reminder}} and the court{{/is_reminder}}{{^is_reminder}}, the court and the police or gendarmerie{{/is_reminder}}{{/is_france}}{{#is_gb_eng}}our solicitor, a court{{#is_reminder}} and court enforcement officers{{/is_reminder}}{{^is_reminder}}, court enforcement officers and the police{{/is_reminder}}{{/is_gb_eng}}{{#is_unknown_law}}our lawyer, a court{{#is_reminder}} and enforcement officers{{/is_reminder}}{{^is_reminder}}, enforcement officers and the police{{/is_reminder}}{{/is_unknown_law}}. We do not put your details on any list of bad payers.
    - How long we keep it: until the debt is paid in full, then it is deleted {{purge_delay}}; if it is not paid, until the time limit for bringing a claim runs out{{#has_time_limit}} ({{time_limit_years}} years){{/has_time_limit}}; if proceedings are brought, until they are decided and any judgment is enforced.
    - Your rights: access, rectification, erasure, restriction and objection{{#privacy_rights}} ({{privacy_rights}}){{/privacy_rights}}, by writing to {{legal_name}} at the address above{{#restaurant_email}} or to {{restaurant_email}}{{/restaurant_email}}.
    - Complaints: {{#privacy_authority}}you may complain to {{privacy_authority}}.{{/privacy_authority}}{{^privacy_authority}}you may complain to the data protection authority of your country.{{/privacy_authority}}
    """
}
