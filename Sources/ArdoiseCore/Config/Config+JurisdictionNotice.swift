extension Config {
  /// The notice shown at start when the restaurant's address, its currency or the system locale
  /// points to another law than the one applied, or nil when none does. ardoise never switches
  /// `restaurant.jurisdiction` by itself: the notice says which hint points where, which hints
  /// disagree with each other, and the command to run.
  ///
  /// Until `restaurant.jurisdiction` is set (the first run, French law by default), every hint
  /// counts and the notice says how to keep French law and hide it. Once it is set, only the
  /// settings (address, currency) can contradict it: a manager in Lyon may well use an English
  /// locale, and that is not a reason to nag them at every start.
  public func jurisdictionNotice(environment: [String: String]) -> LocalizedText? {
    let hints = JurisdictionHint.hints(config: self, environment: environment)
      .filter { jurisdictionIsSet ? $0.source != .locale : true }
    let against = hints.filter { $0.suggests != jurisdiction }
    guard !against.isEmpty else { return nil }
    var sentences: [LocalizedText] = [
      !jurisdiction.isSupported
        ? LocalizedText("ardoise ne connaît pas le droit de restaurant.jurisdiction = \(jurisdiction.code)",
            "ardoise does not know the law of restaurant.jurisdiction = \(jurisdiction.code)")
        : jurisdictionIsSet
        ? LocalizedText("le droit appliqué est celui \(Self.lawOf(jurisdiction)) (restaurant.jurisdiction = \(jurisdiction.code))",
            "the law applied is that of \(Self.lawName(jurisdiction).english) (restaurant.jurisdiction = \(jurisdiction.code))")
        : LocalizedText("restaurant.jurisdiction n’est pas réglé : ardoise applique le droit français par défaut et ne le change jamais seul",
            "restaurant.jurisdiction is not set: ardoise applies French law by default and never changes it by itself"),
    ]
    for suggested in Self.distinct(against.map(\.suggests)) {
      let named = Self.list(against.filter { $0.suggests == suggested }.map(\.description))
      let verb = against.filter { $0.suggests == suggested }.count == 1 ? LocalizedText("indique", "points to") : LocalizedText("indiquent", "point to")
      sentences.append(LocalizedText(
        "\(named.french) \(verb.french) \(Self.lawName(suggested).french) : si le restaurant est \(Self.place(suggested).french), ardoise config set restaurant.jurisdiction \(suggested.code)",
        "\(named.english) \(verb.english) \(Self.lawName(suggested).english): if the restaurant is \(Self.place(suggested).english), ardoise config set restaurant.jurisdiction \(suggested.code)"))
    }
    let pointed = Self.distinct(hints.map(\.suggests))
    if pointed.count > 1 {
      let parts = pointed.map { suggested in
        let named = Self.list(hints.filter { $0.suggests == suggested }.map(\.description))
        return LocalizedText("\(named.french) vers \(Self.lawName(suggested).french)", "\(named.english) to \(Self.lawName(suggested).english)")
      }
      sentences.append(LocalizedText("ces indices se contredisent : " + parts.map(\.french).joined(separator: " ; "),
                                     "these hints disagree: " + parts.map(\.english).joined(separator: "; ")))
    }
    if !jurisdictionIsSet {
      sentences.append(LocalizedText("pour garder le droit français et ne plus voir cet avis : ardoise config set restaurant.jurisdiction fr",
                                     "to keep French law and hide this notice: ardoise config set restaurant.jurisdiction fr"))
    }
    func sentence(_ text: String, _ index: Int) -> String { index == 0 ? text : text.prefix(1).uppercased() + text.dropFirst() }
    return LocalizedText(sentences.enumerated().map { sentence($1.french, $0) }.joined(separator: ". ") + ".",
                         sentences.enumerated().map { sentence($1.english, $0) }.joined(separator: ". ") + ".")
  }

  /// « la France », “England and Wales”, as the notice names a law.
  private static func lawName(_ jurisdiction: Jurisdiction) -> LocalizedText {
    switch jurisdiction {
    case .france: LocalizedText("la France", "France")
    case .englandAndWales: LocalizedText("l’Angleterre et le pays de Galles", "England and Wales")
    case .unsupported: jurisdiction.name
    }
  }

  /// « de la France », « de l’Angleterre et du pays de Galles »: after « celui ».
  private static func lawOf(_ jurisdiction: Jurisdiction) -> String {
    switch jurisdiction {
    case .france: "de la France"
    case .englandAndWales: "de l’Angleterre et du pays de Galles"
    case .unsupported: "de " + jurisdiction.name.french
    }
  }

  /// Where the restaurant would be for that law to apply.
  private static func place(_ jurisdiction: Jurisdiction) -> LocalizedText {
    switch jurisdiction {
    case .france: LocalizedText("en France", "in France")
    case .englandAndWales: LocalizedText("en Angleterre ou au pays de Galles", "in England or Wales")
    case .unsupported: LocalizedText("ailleurs", "elsewhere")
    }
  }

  /// `a`, `a et b`, `a, b et c`.
  private static func list(_ items: [LocalizedText]) -> LocalizedText {
    func join(_ words: [String], _ and: String) -> String {
      guard let last = words.last, words.count > 1 else { return words.joined() }
      return words.dropLast().joined(separator: ", ") + " \(and) " + last
    }
    return LocalizedText(join(items.map(\.french), "et"), join(items.map(\.english), "and"))
  }

  private static func distinct(_ jurisdictions: [Jurisdiction]) -> [Jurisdiction] {
    jurisdictions.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
  }
}
