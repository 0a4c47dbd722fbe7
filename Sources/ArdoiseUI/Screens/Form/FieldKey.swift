/// Which value a form field holds; a form's submission reads its fields by these keys.
public enum FieldKey: String, Sendable, Equatable, CaseIterable {
  // A walkout's facts.
  case when, amount, table, covers, server, bill, summary, description
  // Payments, contacts, evidence, follow-ups, outcomes.
  case method, reference, channel, outcome, followUp, note, text, kind, location, day
  // The customer.
  case name, phone, email, postalAddress, debtorKind, company, companyNumber, source
  // Payment plans; the day a formal demand was received.
  case parts, rhythm, received
}
