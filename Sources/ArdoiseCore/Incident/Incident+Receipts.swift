extension Incident {
  /// Why no receipt can be written for payment `number` (counted from 1 in the order the case
  /// lists its payments), nil when it can.
  public func receiptRefusal(paymentNumber number: Int) -> LocalizedText? {
    if payments.isEmpty {
      return LocalizedText("aucun paiement n’est enregistré pour ce dossier\u{202F}: pas de reçu à établir",
                           "no payment is recorded for this case: there is nothing to give a receipt for")
    }
    guard payments.indices.contains(number - 1) else {
      return LocalizedText("pas de paiement n°\u{00A0}\(number)\u{202F}: ", "no payment #\(number): ")
        + LocalizedText("le dossier en compte ", "the case has ")
        + LocalizedText.counting(payments.count, french: ("paiement", "paiements"), english: ("payment", "payments"))
        + LocalizedText(" (de 1 à \(payments.count))", " (1 to \(payments.count))")
    }
    return nil
  }
}
