import ArdoiseCore
import ArgumentParser

/// `ContactOutcome` on the command line: its id or its label in either language (see CommandLineChoice).
extension ContactOutcome: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
