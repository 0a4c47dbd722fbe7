import ArdoiseCore
import ArgumentParser

/// `PaymentMethod` on the command line: its id or its label in either language (see CommandLineChoice).
extension PaymentMethod: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
