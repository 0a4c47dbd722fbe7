import Foundation

/// Personal data that a sync would send: a file that must stay on this machine but is tracked by
/// git, or a customer's identity typed into a case log (a note, a description). Says what, where,
/// and how to fix it; never shows the personal data itself.
public struct PersonalDataFinding: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// A file under `people/`, `documents/` or `quarantine/` is tracked by git.
    case trackedPrivateFile
    /// A log line holds a known customer's identity (`what`: name, phone, email…; `source`: the
    /// `people/` file it comes from).
    case knownIdentity(what: String, source: String)
    /// A log line holds something shaped like an email address or a phone number.
    case contactDetail(what: String)
  }

  public var kind: Kind
  /// The file, relative to the data directory.
  public var file: String
  /// The line in that file, for a log line.
  public var line: Int?

  public init(kind: Kind, file: String, line: Int? = nil) {
    self.kind = kind
    self.file = file
    self.line = line
  }

  public func message(_ language: Language) -> String {
    let place = line.map { LocalizedText("ligne \($0) de \(file)", "line \($0) of \(file)")(language) } ?? file
    switch kind {
    case .trackedPrivateFile:
      return LocalizedText("\(file) est suivi par git alors qu’il doit rester ici : git -C DOSSIER rm -r --cached \(file)",
               "\(file) is tracked by git but must stay here: git -C DIR rm -r --cached \(file)")(language)
    case .knownIdentity(let what, let source):
      return LocalizedText("\(place) contient \(Self.french(what)) du client (\(source)) : cette ligne n’a jamais quitté cette machine ; supprimez-la du fichier avec un éditeur, enregistrez-la de nouveau sans la donnée, puis synchronisez",
               "\(place) holds the customer’s \(what) (\(source)): this line has never left this machine; delete it from the file in an editor, record it again without it, then sync")(language)
    case .contactDetail(let what):
      return LocalizedText("\(place) contient \(Self.french(what)) : cette ligne n’a jamais quitté cette machine ; supprimez-la du fichier avec un éditeur, enregistrez-la de nouveau sans la donnée (l’identité va dans « ardoise identify »), puis synchronisez",
               "\(place) holds \(what == "email" ? "an email address" : "a phone number"): this line has never left this machine; delete it from the file in an editor, record it again without it (identities go in “ardoise identify”), then sync")(language)
    }
  }

  private static func french(_ what: String) -> String {
    switch what {
    case "name": "le nom"
    case "phone": "le téléphone"
    case "email": "l’adresse e-mail"
    case "postal address": "l’adresse postale"
    case "company name": "le nom d’entreprise"
    case "phone number": "un numéro de téléphone"
    case "email address": "une adresse e-mail"
    default: what
    }
  }
}
