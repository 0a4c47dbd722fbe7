import ArdoiseCore
import ArgumentParser

/// `DocumentFormat` on the command line (`--format md|txt|pdf`; `markdown` and `text`/`texte` too).
extension DocumentFormat: CommandLineChoice {
  public init?(argument: String) { self.init(choice: argument) }

  var spellings: [String] {
    switch self {
    case .markdown: ["markdown"]
    case .text: ["text", "texte"]
    case .pdf: []
    }
  }
}
