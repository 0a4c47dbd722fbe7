import ArdoiseCore
import ArgumentParser

extension ArgumentHelp {
  /// A help text in the command line's language (see ``CommandLanguage``), with the name its
  /// value goes by in the usage line (`<montant>`) when it has one.
  static func localized(_ text: LocalizedText, valueName: LocalizedText? = nil) -> ArgumentHelp {
    ArgumentHelp(text.inCommandLanguage, valueName: valueName?.inCommandLanguage)
  }
}
