/// What a key asks the application to do, independent of which key it is.
public enum Command: Sendable, Hashable {
  // Moving
  case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
  case switchPane
  // Everywhere
  case help, back, quit, cycleTheme
  /// Clear the terminal and draw the whole screen again.
  case repaint
  /// Hand the terminal back to the shell until `fg` (Ctrl-Z).
  case suspend
  // Case list
  case openCase, newCase, startFilter, cycleScope, showStatistics
  /// The agenda across cases.
  case showAgenda
  /// Sync the data directory with the group's remote now.
  case syncNow
  // Checklist
  case activate, toggleItem, recordPayment, recordContact, addNote, closeCase, reopenCase, markStep
  case scheduleFollowUp, writeDocument, showDetails, addEvidence, amendFacts
  /// The customer card (checklist); correct or remove the customer's details from it.
  case openCustomer, editCustomer, removeCustomer
  /// The restaurant's settings (case list, and a document notice that lists fields to complete).
  case openSettings
  case chooseOutcome(Int)
  // Forms, menus, dialogs
  case nextField, previousField, submit, cancel, confirm, deny
  /// A digit (0–9) of the number of a menu item, as the menu shows it (from 1): alone, or the
  /// first or second of two past nine items (see ``MenuState``).
  case chooseItem(Int)
}

/// Where the keyboard is: each context has its own key table.
public enum KeyContext: Sendable, Hashable, CaseIterable {
  case caseList
  /// The agenda across cases.
  case agenda
  case filter
  case checklist
  case form
  case menu
  case confirm
  case help
  case tooSmall
  case customerCard
  case settings
}
