extension DocumentValues {
  /// The plan in force: its instalments (number, due day, amount), their total in figures and
  /// words, where the odd cents went. Without a plan, `has_plan` is false and the template gives
  /// blank lines to fill by hand.
  mutating func addPlan() {
    guard let plan = incident.plan else {
      values["has_plan"] = false
      checks.append(LocalizedText("Aucun échéancier enregistré pour ce dossier : le tableau est à remplir à la main, ou convenez-en d’abord (ardoise plan ID --parts N --first JOUR).",
                      "No payment plan is recorded for this case: fill in the table by hand, or agree one first (ardoise plan ID --parts N --first DAY)."))
      return
    }
    values["has_plan"] = true
    let count = plan.instalments.count
    values["plan_count"] = String(count)
    values["plan_parts"] = count == 1 ? localized("un seul versement", "a single instalment") : localized("\(count) versements", "\(count) instalments")
    values["plan_total"] = plan.total.formatted(language)
    values["plan_total_words"] = plan.total.words(language) ?? plan.total.formatted(language)
    values["plan_instalments"] = plan.instalments.enumerated().map { index, instalment -> [String: Any] in
      ["number": String(index + 1), "due": instalment.due.longFormatted(language), "money": instalment.amount.formatted(language)]
    }
    put("plan_remainder", plan.remainderStatement?(language))
    if let agreed = incident.events.last(where: { if case .planAgreed = $0.body { true } else { false } }) {
      values["plan_agreed_long"] = agreed.occurredAt.day.longFormatted(language)
    }
  }

  /// The payment the receipt is for (the one ``DocumentRequest/paymentNumber`` names, else the
  /// latest): its amount in figures and words, day, method and reference, its number among the
  /// payments in the order of their days, and the balance left after it.
  mutating func addReceipt() {
    let recorded = incident.payments
    // The payments in the order of their days; two of the same moment keep their recorded order.
    let byDay = recorded.indices.sorted { (recorded[$0].at, $0) < (recorded[$1].at, $1) }
    let chosen = request.paymentNumber.map { $0 - 1 } ?? byDay.last
    guard let chosen, recorded.indices.contains(chosen), let position = byDay.firstIndex(of: chosen) else {
      values["has_receipt"] = false
      let text = "[" + localized("AUCUN PAIEMENT ENREGISTRÉ", "NO PAYMENT RECORDED") + "]"
      values["receipt_missing"] = text
      placeholders.append((text, LocalizedText("Aucun paiement enregistré : enregistrez-le d’abord (touche p, ou ardoise pay ID MONTANT).",
                                   "No payment recorded: record it first (key p, or ardoise pay ID AMOUNT).")))
      return
    }
    let entry = recorded[chosen]
    values["has_receipt"] = true
    let amount = entry.payment.amount
    values["receipt_number"] = String(position + 1)
    values["receipt_money"] = amount.formatted(language)
    values["receipt_words"] = amount.words(language) ?? amount.formatted(language)
    values["receipt_date_long"] = entry.at.day.longFormatted(language)
    values["receipt_method"] = entry.payment.method.label(language)
    put("receipt_reference", entry.payment.reference)
    let paidSoFar = byDay[...position].reduce(Money.zero(incident.currency)) { $0 + recorded[$1].payment.amount }
    let left = incident.facts.amount - paidSoFar
    let balance = left.minorUnits < 0 ? Money.zero(incident.currency) : left
    values["receipt_paid_to_date"] = paidSoFar.formatted(language)
    values["receipt_balance"] = balance.formatted(language)
    values["receipt_balance_words"] = balance.words(language) ?? balance.formatted(language)
    values["receipt_settles"] = balance.isZero
  }
}
