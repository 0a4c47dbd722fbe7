import ArdoiseCore
import ArgumentParser

/// `ContactChannel` on the command line: its id or its label in either language (see CommandLineChoice).
extension ContactChannel: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
