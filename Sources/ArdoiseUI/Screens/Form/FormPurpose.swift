import ArdoiseCore

/// What a form is for; decides what its submission records.
public enum FormPurpose: Sendable, Equatable {
  case newIncident
  /// Correcting the facts of a case (a new “amended” event; the original stays in the log).
  case amendFacts(IncidentID)
  case payment(IncidentID)
  case contact(IncidentID)
  case note(IncidentID)
  case followUp(IncidentID)
  case evidence(IncidentID)
  /// The extra value an outcome asks for (a day or a reference).
  /// The customer's details, kept in `people/` (the log records only what changed).
  case customer(IncidentID)
  case outcomeInput(IncidentID, step: StepID, outcome: String, input: OutcomeInput)
  /// Agreeing an instalment plan for what is owed (or renegotiating the one in force).
  case plan(IncidentID)
  /// A prevention measure taken (on the prevention step).
  case measure(IncidentID)
}
