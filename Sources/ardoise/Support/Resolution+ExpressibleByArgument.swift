import ArdoiseCore
import ArgumentParser

/// `Resolution` on the command line: its id or its label in either language (see CommandLineChoice).
extension Resolution: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
