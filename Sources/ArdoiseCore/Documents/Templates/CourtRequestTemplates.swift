/// The data sheet for a request for a court payment order (injonction de payer, CPC art. 1405 ff.).
enum CourtRequestTemplates {
  static let french = """
    # Requête en injonction de payer — fiche de préparation

    Dossier {{case_id}} — préparée le {{today_long}}

    {{#has_checks}}
    ## À vérifier avant le dépôt

    {{#checks}}
    - {{text}}
    {{/checks}}

    {{/has_checks}}
    ## Formulaire et tribunal

    - Formulaire : {{court_form}} (requête en injonction de payer), à télécharger sur service-public.fr
    - Tribunal compétent : {{court_name}}
    - Dépôt : au greffe de ce tribunal, sur place ou par courrier
    - Frais : {{fees}}

    ## Le créancier (demandeur)

    - Dénomination : {{legal_name}} (forme juridique et capital : à reporter depuis le Kbis)
    - Nom commercial : {{restaurant_name}}
    - Siège : {{restaurant_address}}
    - SIRET : {{company_number}}
    - Représentant légal : {{representative}}
    - Téléphone : {{restaurant_phone}}{{#restaurant_email}} · e-mail : {{restaurant_email}}{{/restaurant_email}}

    ## Le débiteur

    - Nom ou dénomination : {{debtor_name}}
    {{#debtor_contact_person}}
    - Personne rencontrée : {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{#debtor_company_number}}
    - SIREN / SIRET : {{debtor_company_number}}
    {{/debtor_company_number}}
    - Adresse : {{debtor_address}}
    - Qualité : {{debtor_kind}}

    ## Somme demandée

    - Principal (reste dû sur l’addition de {{amount}}) : {{outstanding}}
    {{#has_demand}}
    - Intérêts au taux légal de {{interest_rate}} % l’an, du {{interest_from_long}} (mise en demeure) au {{today_long}}, soit {{interest_days}} jours : {{interest}}
    {{/has_demand}}
    {{^has_demand}}
    - Intérêts : néant, faute de mise en demeure (ils courent à compter de celle-ci, art. 1231-6 C. civ.)
    {{/has_demand}}
    - Frais : {{fees}}
    - **Total demandé : {{total_claimed}}**, outre les intérêts au taux légal jusqu’au paiement

    Les intérêts sont calculés jour par jour sur la somme restant due, sur une base de 365 jours.

    ## Fondement de la créance

    Contrat de restauration : repas servi le {{meal_date_long}} au restaurant {{restaurant_name}}{{#table}}, table {{table}}{{/table}}{{#bill}}, note n° {{bill}}{{/bill}}, d’un montant de {{amount}} TTC, payable immédiatement et resté impayé{{#is_partly_paid}} à hauteur de {{outstanding}}{{/is_partly_paid}}. La créance est contractuelle, certaine, liquide et exigible.{{#has_demand}} Le débiteur a été mis en demeure de payer le {{first_demand_date_long}}, sans effet.{{/has_demand}}

    ## Pièces jointes (bordereau)

    {{#attachments}}
    {{number}}. {{text}}
    {{/attachments}}

    ## Après le dépôt

    - Le juge statue sur pièces, sans audience.
    - L’ordonnance doit être signifiée au débiteur par un commissaire de justice dans les six mois, faute de quoi elle ne produit plus d’effet.
    - Le débiteur dispose d’un mois après la signification pour former opposition ; en cas d’opposition, l’affaire est jugée à une audience.
    - Sans opposition, demandez au greffe l’apposition de la formule exécutoire dans le mois qui suit l’expiration de ce délai.
    - Prescription : la requête doit être déposée au plus tard le {{time_limit_last_day_long}} ({{time_limit_years}} ans à compter du repas).
    """

  static let english = """
    # Request for a payment order (injonction de payer, France) — preparation sheet

    Case {{case_id}} — prepared on {{today_long}}

    This sheet prepares the French court procedure. In England and Wales the equivalent step, after the letter before claim, is a money claim in the County Court (Money Claim Online), which must be brought within six years (Limitation Act 1980, s. 5).

    {{#has_checks}}
    ## Check before filing

    {{#checks}}
    - {{text}}
    {{/checks}}

    {{/has_checks}}
    ## Form and court

    - Form: {{court_form}} (requête en injonction de payer), from service-public.fr
    - Court: {{court_name}}
    - Filing: at the court registry (greffe), in person or by post
    - Fees: {{fees}}

    ## The creditor (applicant)

    - Name: {{legal_name}} (legal form and share capital: copy them from the Kbis)
    - Trading name: {{restaurant_name}}
    - Registered office: {{restaurant_address}}
    - SIRET: {{company_number}}
    - Legal representative: {{representative}}
    - Phone: {{restaurant_phone}}{{#restaurant_email}} · email: {{restaurant_email}}{{/restaurant_email}}

    ## The debtor

    - Name: {{debtor_name}}
    {{#debtor_contact_person}}
    - Person met: {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{#debtor_company_number}}
    - Company number: {{debtor_company_number}}
    {{/debtor_company_number}}
    - Address: {{debtor_address}}
    - Capacity: {{debtor_kind}}

    ## Amount claimed

    - Principal (still owed on a bill of {{amount}}): {{outstanding}}
    {{#has_demand}}
    - Interest at the legal rate of {{interest_rate}}% a year, from {{interest_from_long}} (formal demand) to {{today_long}}, {{interest_days}} days: {{interest}}
    {{/has_demand}}
    {{^has_demand}}
    - Interest: none, as no formal demand was sent (interest runs from it, art. 1231-6 Code civil)
    {{/has_demand}}
    - Fees: {{fees}}
    - **Total claimed: {{total_claimed}}**, plus interest at the legal rate until payment

    Interest is worked out day by day on the amount still owed, on a 365-day year.

    ## What the claim rests on

    A contract for a meal: served on {{meal_date_long}} at {{restaurant_name}}{{#table}}, table {{table}}{{/table}}{{#bill}}, bill no. {{bill}}{{/bill}}, for {{amount}} including VAT, payable at once and left unpaid{{#is_partly_paid}} to the extent of {{outstanding}}{{/is_partly_paid}}. The debt is contractual, certain, of a known amount and due.{{#has_demand}} The debtor was given formal notice to pay on {{first_demand_date_long}}, without result.{{/has_demand}}

    ## Documents attached (numbered list)

    {{#attachments}}
    {{number}}. {{text}}
    {{/attachments}}

    ## After filing

    - The judge decides on the papers, without a hearing.
    - The order must be served on the debtor by a commissaire de justice within six months, or it lapses.
    - The debtor has one month from service to object; if they do, there is a hearing.
    - With no objection, ask the registry to make the order enforceable (formule exécutoire) within the following month.
    - Time limit: the request must be filed by {{time_limit_last_day_long}} ({{time_limit_years}} years from the meal).
    """
}
