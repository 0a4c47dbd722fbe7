import ArdoiseCore
import ArgumentParser

/// `DocumentVariant` on the command line (`--variant email|sms`; `courriel`, `mail` and `texto` too).
extension DocumentVariant: CommandLineChoice {
  public init?(argument: String) { self.init(choice: argument) }

  var spellings: [String] {
    switch self {
    case .email: ["e-mail", "mail", "courriel"]
    case .sms: ["texto"]
    }
  }
}
