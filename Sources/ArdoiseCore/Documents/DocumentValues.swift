/// The fields a template can use, built from a ``DocumentRequest``, and what is missing.
///
/// Optional details (table, bill number, payment link…) are left out when unknown, so a
/// `{{#table}}…{{/table}}` block disappears. Details a document cannot do without (the restaurant's
/// legal name, the debtor's address…) are always present: when unknown they hold a visible
/// placeholder such as `[RAISON SOCIALE À COMPLÉTER]`, and the generator warns if it shows up.
struct DocumentValues {
  let request: DocumentRequest
  /// The template fields.
  var values: [String: Any] = [:]
  /// Placeholder texts and the warning to give when one appears in the output.
  var placeholders: [(text: String, warning: LocalizedText)] = []
  /// Warnings that stand whatever the template shows (time limits, no formal demand…).
  var checks: [LocalizedText] = []

  var language: Language { request.language }
  var incident: Incident { request.incident }

  init(_ request: DocumentRequest) {
    self.request = request
    addJurisdiction()
    addRestaurant()
    addDebtor()
    addFacts()
    addMoney()
    addHistory()
    addLegal()
    addPrivacy()
    if request.kind == .courtRequest { addCourtRequest() }
    if request.kind == .demandLetter { addDemandChecks() }
    if request.kind == .paymentPlan { addPlan() }
    if request.kind == .receipt { addReceipt() }
    if request.kind == .reminder && request.variant == .sms && jurisdiction.isSupported {
      checks.append(LocalizedText("Un SMS ne peut pas porter l’information sur les données personnelles, due dès le premier contact : envoyez aussi le rappel par e-mail, qui la contient, ou remettez-la autrement.",
                      "A text message cannot carry the privacy notice, which is due at the first contact: also send the email reminder, which includes it, or give it another way."))
    }
    if [.informationSheet, .replyForm].contains(request.kind) {
      let annex = LegalRegistry.fact(Self.protocolAnnexFact)
      values["protocol_url"] = annex?.source.url ?? ""
      let url = annex?.source.url ?? "justice.gov.uk"
      checks.append(LocalizedText("Ce document reprend ce que demande l’annexe 1 du Pre-Action Protocol for Debt Claims, avec les mots d’ardoise : joignez aussi la version officielle (\(url)), dont ardoise ne reproduit pas le texte et qui donne la liste des services gratuits de conseil en matière de dettes.",
                      "This document carries what Annex 1 to the Pre-Action Protocol for Debt Claims asks for, in ardoise’s words: also enclose the official version (\(url)), whose wording ardoise does not reproduce and which lists the free debt-advice services."))
    }
    values["checks"] = checks.map { ["text": $0(language)] }
    values["has_checks"] = !checks.isEmpty
  }

  /// Text in the document's language.
  func localized(_ french: String, _ english: String) -> String { LocalizedText(french, english)(language) }

  /// Sets `key` to `value` when it is known and not blank.
  mutating func put(_ key: String, _ value: String?) {
    guard let value = value?.trimmingSpaces, !value.isEmpty else { return }
    values[key] = value
  }

  /// Sets `key` to `value`, or to a visible placeholder when it is unknown; `has_<key>` tells which.
  mutating func require(_ key: String, _ value: String?, placeholder: LocalizedText, warning: LocalizedText) {
    if let value = value?.trimmingSpaces, !value.isEmpty {
      values[key] = value
      values["has_" + key] = true
    } else {
      let text = "[" + placeholder(language) + "]"
      values[key] = text
      values["has_" + key] = false
      placeholders.append((text, warning))
    }
  }

  /// A warning for an unset config key, with the command that sets it.
  static func missingSetting(_ key: String, _ french: String, _ english: String) -> LocalizedText {
    LocalizedText("À renseigner : \(french) (ardoise config set \(key) …)", "\(english) not set: ardoise config set \(key) …")
  }
}
