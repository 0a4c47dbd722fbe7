import ArdoiseCore
import ArgumentParser

/// `DocumentKind` on the command line: its id or its label in either language (see CommandLineChoice).
extension DocumentKind: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
