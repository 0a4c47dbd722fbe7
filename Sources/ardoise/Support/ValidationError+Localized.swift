import ArdoiseCore
import ArgumentParser

extension ValidationError {
  /// A refusal of the arguments as typed, in the command line's language (``CommandLanguage``), so it
  /// reads like the parser's own usage errors (``UsageMessage``) instead of always in English.
  init(_ text: LocalizedText) {
    self.init(text.inCommandLanguage)
  }
}
