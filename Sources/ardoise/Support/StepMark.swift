import ArdoiseCore
import ArgumentParser

/// How `ardoise step ID STEP MARK` marks a step: `done`, `skip`, `na` or `pending` (also
/// `skipped`, `not-applicable`, and in French `fait`, `passé`, `sans objet`, `en attente`).
enum StepMark: String, CaseIterable, CommandLineChoice {
  case done, skip, na, pending

  init?(argument: String) { self.init(choice: argument) }

  var spellings: [String] {
    switch self {
    case .done: ["fait", "faite"]
    case .skip: ["skipped", "passe", "passée", "sauté", "sautée"]
    case .na: ["not-applicable", "n/a", "sans objet", "so"]
    case .pending: ["en attente", "à faire"]
    }
  }

  /// The status it records.
  var status: StepStatus {
    switch self {
    case .done: .done
    case .skip: .skipped
    case .na: .notApplicable
    case .pending: .pending
    }
  }
}
