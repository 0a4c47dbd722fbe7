import ArdoiseCore
import ArgumentParser

/// `EvidenceKind` on the command line: its id or its label in either language (see CommandLineChoice).
extension EvidenceKind: LabelledChoice {
  public init?(argument: String) { self.init(choice: argument) }
}
