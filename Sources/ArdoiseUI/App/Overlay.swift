/// What is drawn over the main screen (the case list or the checklist); each has its own state,
/// `update` and `render(into:area:context:)`.
public enum Overlay: Sendable, Equatable {
  case help(HelpState)
  /// The open case in full: the selected step's whole guidance and guardrails, then the timeline.
  case details(DetailsState)
  /// The figures that prevent the next walkout.
  case statistics(StatisticsState)
  /// The agenda across cases: what is due, overdue, coming.
  case agenda(AgendaState)
  case form(FormState)
  case menu(MenuState)
  case confirm(ConfirmState)
  /// A result to read: closed by Esc, ⏎ or q.
  case notice(Notice)
  /// The open case's customer: who they are, to add, correct or remove.
  case customer(CustomerCardState)
  /// The restaurant's settings (`config.toml`), grouped, each checked as typed.
  case settings(SettingsState)
}
