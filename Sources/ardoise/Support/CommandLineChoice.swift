import ArdoiseCore
import ArgumentParser
import Foundation

/// A choice typed on the command line (`--method`, `--channel`, a document kind…): one of an
/// enum's ids (`cash`, `in-person`), in any case, or its label in French or English (`espèces`,
/// `especes`, `en personne`, `in person`). `--help` lists the ids, and shell completion offers
/// them; anything else is refused by the parser, with the ids (see ``UsageMessage``).
protocol CommandLineChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
  /// The other spellings a person may type for this value, in either language.
  var spellings: [String] { get }
}

extension CommandLineChoice {
  /// The value `argument` names: an id first, else the one value whose spelling it is.
  init?(choice argument: String) {
    let wanted = Self.normalized(argument)
    if let value = Self.allCases.first(where: { Self.normalized($0.rawValue) == wanted }) {
      self = value
      return
    }
    let matches = Self.allCases.filter { $0.spellings.contains { Self.normalized($0) == wanted } }
    // A spelling two values share names neither.
    guard matches.count == 1, let value = matches.first else { return nil }
    self = value
  }

  /// Lower case, without accents, with spaces and underscores as hyphens: `En personne` and
  /// `en-personne`, `chèque` and `cheque` are the same spelling.
  static func normalized(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .trimmingCharacters(in: .whitespaces)
      .replacingOccurrences(of: "’", with: "'")
      .split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
  }
}

extension CommandLineChoice {
  /// The ids, as `--help` lists them.
  static var idList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A value whose label says it in both languages.
protocol LabelledChoice: CommandLineChoice {
  var label: LocalizedText { get }
}

extension LabelledChoice {
  var spellings: [String] { [label.french, label.english] }
}
