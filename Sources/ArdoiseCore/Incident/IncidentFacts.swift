/// What happened, as recorded when the case is opened (and corrected later by amendments).
public struct IncidentFacts: Sendable, Equatable {
  /// When the customers left (user-stated, with its UTC offset).
  public var occurredAt: Timestamp
  /// The amount of the unpaid bill, taxes included.
  public var amount: Money
  public var table: String?
  public var covers: Int?
  /// The server, as the restaurant names them (a first name or a pseudonym).
  public var server: String?
  /// The bill or POS ticket number.
  public var bill: String?
  /// What happened, in a sentence or two.
  public var summary: String?
  /// A description of the customers and how they left (no name here: identity is kept apart).
  public var customerDescription: String?

  public init(occurredAt: Timestamp, amount: Money, table: String? = nil, covers: Int? = nil, server: String? = nil,
              bill: String? = nil, summary: String? = nil, customerDescription: String? = nil) {
    self.occurredAt = occurredAt
    self.amount = amount
    self.table = table
    self.covers = covers
    self.server = server
    self.bill = bill
    self.summary = summary
    self.customerDescription = customerDescription
  }
}

/// A correction of some facts; nil fields are left as they were.
public struct FactsAmendment: Sendable, Equatable {
  public var occurredAt: Timestamp?
  public var amount: Money?
  public var table: String?
  public var covers: Int?
  public var server: String?
  public var bill: String?
  public var summary: String?
  public var customerDescription: String?

  public init(occurredAt: Timestamp? = nil, amount: Money? = nil, table: String? = nil, covers: Int? = nil,
              server: String? = nil, bill: String? = nil, summary: String? = nil, customerDescription: String? = nil) {
    self.occurredAt = occurredAt
    self.amount = amount
    self.table = table
    self.covers = covers
    self.server = server
    self.bill = bill
    self.summary = summary
    self.customerDescription = customerDescription
  }

  public var isEmpty: Bool { self == FactsAmendment() }

  func applied(to facts: IncidentFacts) -> IncidentFacts {
    var result = facts
    if let occurredAt { result.occurredAt = occurredAt }
    if let amount { result.amount = amount }
    if let table { result.table = table }
    if let covers { result.covers = covers }
    if let server { result.server = server }
    if let bill { result.bill = bill }
    if let summary { result.summary = summary }
    if let customerDescription { result.customerDescription = customerDescription }
    return result
  }
}
