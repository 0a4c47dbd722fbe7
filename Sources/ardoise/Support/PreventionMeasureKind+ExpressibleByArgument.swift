import ArdoiseCore
import ArgumentParser

/// `PreventionMeasure.Kind` on the command line: its id or its label in either language (see CommandLineChoice).
extension PreventionMeasure.Kind: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
