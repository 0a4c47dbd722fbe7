import ArdoiseCore

/// The open case's customer card: who the customer is (kept in `people/`, apart from the log),
/// to add, correct or remove. Reads what it shows from the context (``ScreenContext/openCustomer``).
public struct CustomerCardState: Sendable, Equatable {
  public var incident: IncidentID

  public init(incident: IncidentID) {
    self.incident = incident
  }
}
