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
    addRestaurant()
    addDebtor()
    addFacts()
    addMoney()
    addHistory()
    addLegal()
    addPrivacy()
    if request.kind == .courtRequest { addCourtRequest() }
    if request.kind == .demandLetter { addDemandChecks() }
    values["checks"] = checks.map { ["text": $0(language)] }
    values["has_checks"] = !checks.isEmpty
  }

  /// Text in the document's language.
  func t(_ french: String, _ english: String) -> String { L(french, english)(language) }

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
    L("À renseigner : \(french) (ardoise config set \(key) …)", "\(english) not set: ardoise config set \(key) …")
  }
}
