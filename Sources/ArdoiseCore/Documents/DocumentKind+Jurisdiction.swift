extension DocumentKind {
  /// The document's name under `jurisdiction`'s law, in either language: a French restaurant's
  /// formal demand is a « mise en demeure » (“formal demand (mise en demeure)” in English), England
  /// and Wales's is a letter before claim, and a jurisdiction ardoise does not know gets the
  /// neutral name its letter uses. Kinds whose name does not depend on the law keep ``label``.
  public func label(under jurisdiction: Jurisdiction) -> LocalizedText {
    switch (self, jurisdiction) {
    case (.demandLetter, .france):
      LocalizedText("mise en demeure", "formal demand (mise en demeure)")
    case (.demandLetter, .englandAndWales):
      LocalizedText("lettre avant poursuites (letter before claim)", "letter before claim")
    case (.demandLetter, .unsupported):
      LocalizedText("demande de paiement", "demand for payment")
    case (.courtRequest, .france):
      LocalizedText("fiche injonction de payer", "payment order sheet (injonction de payer)")
    case (.courtRequest, .englandAndWales):
      LocalizedText("fiche Money Claim Online", "Money Claim Online sheet")
    default:
      label
    }
  }
}

extension DocumentKind {
  /// ``label(under:)`` with a capital first letter, as a menu item or a title starts.
  public func title(under jurisdiction: Jurisdiction) -> LocalizedText {
    let label = label(under: jurisdiction)
    return LocalizedText(label.french.capitalizedFirst, label.english.capitalizedFirst)
  }
}
