import ArdoiseCore
import ArgumentParser

/// The documents `ardoise send` emails: a reminder, a final reminder or a formal demand.
enum MailKind: String, CaseIterable, LabelledChoice {
  case reminder
  case finalReminder = "final-reminder"
  case demandLetter = "demand-letter"

  init?(argument: String) { self.init(choice: argument) }

  var documentKind: DocumentKind {
    switch self {
    case .reminder: .reminder
    case .finalReminder: .finalReminder
    case .demandLetter: .demandLetter
    }
  }

  var label: LocalizedText { documentKind.label }
}
