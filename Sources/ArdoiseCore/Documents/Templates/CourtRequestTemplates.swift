/// The sheet that prepares the court step, by the restaurant's jurisdiction, in either language:
/// France's request for a payment order (injonction de payer) with the small-debt procedure beside
/// it; England and Wales's Money Claim Online claim; elsewhere the amounts only, with no procedure.
enum CourtRequestTemplates {
  static let french = """
    # {{#is_france}}Requête en injonction de payer{{/is_france}}{{#is_gb_eng}}Demande en paiement (Money Claim Online){{/is_gb_eng}}{{#is_unknown_law}}Demande en justice{{/is_unknown_law}} — fiche de préparation

    Dossier {{case_id}} — préparée le {{today_long}} — droit applicable : {{jurisdiction_name}}

    {{#has_checks}}
    ## À vérifier avant le dépôt

    {{#checks}}
    - {{text}}
    {{/checks}}

    {{/has_checks}}
    {{#is_france}}
    ## Deux voies possibles

    {{#small_debt_eligible}}
    - **Petites créances** — {{law.fr.small-debt.procedure}}
      - {{small_debt_text}}
    {{/small_debt_eligible}}
    - **Injonction de payer** — {{law.fr.civil-procedure.1405}}
      - {{payment_order_text}}
      - {{fees}}
      - Délais : voir « Après le dépôt ».

    ## Formulaire et tribunal

    - Formulaire : {{court_form}} (requête en injonction de payer), à télécharger sur service-public.fr ; vérifiez-y le numéro de version, qu’ardoise tient de pages secondaires (vu le {{court_form_checked}})
    - Tribunal compétent : {{court_name}} ; débiteur : {{debtor_kind}}
    - Règle : {{court_rule_commercial}} {{court_rule_judicial}}
    - Dépôt : au greffe de ce tribunal, sur place ou par courrier

    {{/is_france}}
    {{#is_gb_eng}}
    ## Procédure et frais

    - {{money_claim_text}}
    - Frais de la demande : {{#claim_fee}}{{claim_fee}} pour ce montant, selon le barème :{{/claim_fee}}{{^claim_fee}}selon le barème :{{/claim_fee}}
      - {{fee_bands}}
    - Avant la demande, le {{law.gb-eng.pre-action-protocol}} :
      - {{protocol_text}}
    {{#has_time_limit}}
    - Prescription : la demande doit être introduite au plus tard le {{time_limit_last_day_long}} ({{time_limit_law}}).
    {{/has_time_limit}}

    {{/is_gb_eng}}
    {{#is_unknown_law}}
    **{{unknown_law_notice}}**

    {{/is_unknown_law}}
    ## Le créancier (demandeur)

    - Dénomination : {{legal_name}}{{#is_france}} (forme juridique et capital : à reporter depuis le Kbis){{/is_france}}
    - Nom commercial : {{restaurant_name}}
    - Siège : {{restaurant_address}}
    - {{#is_france}}SIRET{{/is_france}}{{^is_france}}Numéro d’entreprise{{/is_france}} : {{company_number}}
    - Représentant légal : {{representative}}
    - Téléphone : {{restaurant_phone}}{{#restaurant_email}} · e-mail : {{restaurant_email}}{{/restaurant_email}}

    ## Le débiteur

    - Nom ou dénomination : {{debtor_name}}
    {{#debtor_contact_person}}
    - Personne rencontrée : {{debtor_contact_person}}
    {{/debtor_contact_person}}
    {{#debtor_company_number}}
    - Numéro d’entreprise : {{debtor_company_number}}
    {{/debtor_company_number}}
    - Adresse : {{debtor_address}}
    - Qualité : {{debtor_kind}}

    ## Somme demandée

    - Principal (reste dû sur l’addition de {{amount}}) : {{outstanding}}
    {{#is_france}}
    {{#has_demand}}
    - Intérêts au taux légal du {{interest_from_long}} (mise en demeure) au {{today_long}} exclu, soit {{interest_days}} jours, semestre par semestre, au taux « dans tous les autres cas » (le créancier est un professionnel) :
    {{#interest_periods}}
      - du {{from}} au {{to}} ({{days}} jours) sur {{base}} : {{#rate}}{{rate}} %{{/rate}}{{^rate}}{{missing_rate}}{{/rate}}{{#source}} ({{source}}){{/source}}{{#amount}} — {{amount}}{{/amount}}
    {{/interest_periods}}
    - Total des intérêts : {{interest}}
    {{/has_demand}}
    {{^has_demand}}
    - Intérêts : néant, faute de mise en demeure (ils courent à compter de celle-ci, {{law.fr.civil-code.1231-6}})
    {{/has_demand}}
    - Frais et pénalités : aucun ajouté. {{fees_rule}}
    - **Total demandé : {{total_claimed}}**, outre les intérêts au taux légal jusqu’au paiement

    Les intérêts sont calculés jour par jour sur la somme restant due, sur une base de 365 jours, arrondis au centime pour chaque période.
    {{/is_france}}
    {{^is_france}}
    - Intérêts et frais : aucun ajouté par ardoise
    - **Total demandé : {{total_claimed}}**
    {{/is_france}}

    ## Fondement de la créance

    Contrat de restauration : repas servi le {{meal_date_long}} au restaurant {{restaurant_name}}{{#table}}, table {{table}}{{/table}}{{#bill}}, note n° {{bill}}{{/bill}}, d’un montant de {{amount}} TTC, payable immédiatement et resté impayé{{#is_partly_paid}} à hauteur de {{outstanding}}{{/is_partly_paid}}.{{#is_france}} La créance est contractuelle, certaine, liquide et exigible.{{/is_france}}{{#has_demand}}{{#is_france}} Le débiteur a été mis en demeure de payer le {{first_demand_date_long}}, sans effet.{{/is_france}}{{#is_gb_eng}} Une lettre avant poursuites lui a été adressée le {{first_demand_date_long}}, sans effet.{{/is_gb_eng}}{{#is_unknown_law}} Une demande de paiement lui a été adressée le {{first_demand_date_long}}, sans effet.{{/is_unknown_law}}{{/has_demand}}

    ## Pièces jointes (bordereau)

    {{#attachments}}
    {{number}}. {{text}}
    {{/attachments}}

    {{#is_france}}
    ## Après le dépôt

    - Le juge statue sur pièces, sans audience.
    - {{service_text}}
    - {{objection_text}}
    - {{enforceable_text}} Aucun document ne doit la dire exécutoire avant.
    - Prescription : la requête doit être déposée au plus tard le {{time_limit_last_day_long}} ({{time_limit_years}} ans, {{time_limit_law}}{{#time_limit_restarted_long}}, délai reparti du {{time_limit_restarted_long}} : paiement partiel ou reconnaissance de la dette{{/time_limit_restarted_long}}).
    {{/is_france}}
    """

  static let english = """
    # {{#is_france}}Request for a payment order (injonction de payer){{/is_france}}{{#is_gb_eng}}Money claim (Money Claim Online){{/is_gb_eng}}{{#is_unknown_law}}Court claim{{/is_unknown_law}} — preparation sheet

    Case {{case_id}} — prepared on {{today_long}} — law that applies: {{jurisdiction_name}}

    {{#has_checks}}
    ## Check before filing

    {{#checks}}
    - {{text}}
    {{/checks}}

    {{/has_checks}}
    {{#is_france}}
    ## Two ways forward

    {{#small_debt_eligible}}
    - **Small debts** — the {{law.fr.small-debt.procedure}}
      - {{small_debt_text}}
    {{/small_debt_eligible}}
    - **Payment order** — {{law.fr.civil-procedure.1405}}
      - {{payment_order_text}}
      - {{fees}}
      - Time limits: see “After filing”.

    ## Form and court

    - Form: {{court_form}} (requête en injonction de payer), from service-public.fr; check the version number there, which ardoise has from secondary pages (seen on {{court_form_checked}})
    - Court: {{court_name}}; debtor: {{debtor_kind}}
    - Rule: {{court_rule_commercial}} {{court_rule_judicial}}
    - Filing: at the court registry (greffe), in person or by post

    {{/is_france}}
    {{#is_gb_eng}}
    ## Procedure and fees

    - {{money_claim_text}}
    - Claim fee: {{#claim_fee}}{{claim_fee}} for this amount, from the bands:{{/claim_fee}}{{^claim_fee}}from the bands:{{/claim_fee}}
      - {{fee_bands}}
    - Before claiming, {{law.gb-eng.pre-action-protocol}}:
      - {{protocol_text}}
    {{#has_time_limit}}
    - Time limit: the claim must be issued by {{time_limit_last_day_long}} ({{time_limit_law}}).
    {{/has_time_limit}}

    {{/is_gb_eng}}
    {{#is_unknown_law}}
    **{{unknown_law_notice}}**

    {{/is_unknown_law}}
    ## The creditor (claimant)

    - Name: {{legal_name}}{{#is_france}} (legal form and share capital: copy them from the Kbis){{/is_france}}
    - Trading name: {{restaurant_name}}
    - Registered office: {{restaurant_address}}
    - {{#is_france}}SIRET{{/is_france}}{{^is_france}}Company number{{/is_france}}: {{company_number}}
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
    {{#is_france}}
    {{#has_demand}}
    - Interest at the legal rate from {{interest_from_long}} (formal demand) to {{today_long}} excluded, {{interest_days}} days, half-year by half-year, at the rate “in all other cases” (the creditor is a business):
    {{#interest_periods}}
      - {{from}} to {{to}} ({{days}} days) on {{base}}: {{#rate}}{{rate}}%{{/rate}}{{^rate}}{{missing_rate}}{{/rate}}{{#source}} ({{source}}){{/source}}{{#amount}} — {{amount}}{{/amount}}
    {{/interest_periods}}
    - Total interest: {{interest}}
    {{/has_demand}}
    {{^has_demand}}
    - Interest: none, as no formal demand was sent (interest runs from it, {{law.fr.civil-code.1231-6}})
    {{/has_demand}}
    - Fees and penalties: none added. {{fees_rule}}
    - **Total claimed: {{total_claimed}}**, plus interest at the legal rate until payment

    Interest is worked out day by day on the amount still owed, on a 365-day year, rounded to the cent for each period.
    {{/is_france}}
    {{^is_france}}
    - Interest and fees: none added by ardoise
    - **Total claimed: {{total_claimed}}**
    {{/is_france}}

    ## What the claim rests on

    A contract for a meal: served on {{meal_date_long}} at {{restaurant_name}}{{#table}}, table {{table}}{{/table}}{{#bill}}, bill no. {{bill}}{{/bill}}, for {{amount}} including VAT, payable at once and left unpaid{{#is_partly_paid}} to the extent of {{outstanding}}{{/is_partly_paid}}.{{#is_france}} The debt is contractual, certain, of a known amount and due.{{/is_france}}{{#has_demand}}{{#is_france}} The debtor was given formal notice to pay (mise en demeure) on {{first_demand_date_long}}, without result.{{/is_france}}{{#is_gb_eng}} A letter before claim was sent to the debtor on {{first_demand_date_long}}, without result.{{/is_gb_eng}}{{#is_unknown_law}} A demand for payment was sent to the debtor on {{first_demand_date_long}}, without result.{{/is_unknown_law}}{{/has_demand}}

    ## Documents attached (numbered list)

    {{#attachments}}
    {{number}}. {{text}}
    {{/attachments}}

    {{#is_france}}
    ## After filing

    - The judge decides on the papers, without a hearing.
    - {{service_text}}
    - {{objection_text}}
    - {{enforceable_text}} No document may call it enforceable before then.
    - Time limit: the request must be filed by {{time_limit_last_day_long}} ({{time_limit_years}} years, {{time_limit_law}}{{#time_limit_restarted_long}}, restarted on {{time_limit_restarted_long}} by a part-payment or an acknowledgement of the debt{{/time_limit_restarted_long}}).
    {{/is_france}}
    """
}
