import ArdoiseCore

/// The names values go by in the usage lines and `--help` (`<montant>`, `<amount>`), in the
/// command line's language (``ArgumentHelp/localized(_:valueName:)``). The English ones are the
/// parser's own defaults (the option's or the property's name), so English help reads as before.
enum ValueName {
  static let address = LocalizedText("adresse", "address")
  static let amount = LocalizedText("montant", "amount")
  /// A day and a time (`--at`).
  static let at = LocalizedText("quand", "at")
  static let bill = LocalizedText("addition", "bill")
  static let caseID = LocalizedText("identifiant", "id")
  static let channel = LocalizedText("canal", "channel")
  static let company = LocalizedText("entreprise", "company")
  static let companyNumber = LocalizedText("numéro-entreprise", "company-number")
  static let count = LocalizedText("nombre", "count")
  static let covers = LocalizedText("couverts", "covers")
  static let dataDirectory = LocalizedText("dossier", "data-dir")
  static let email = LocalizedText("e-mail", "email")
  static let file = LocalizedText("fichier", "file")
  static let key = LocalizedText("clé", "key")
  static let kind = LocalizedText("type", "kind")
  static let language = LocalizedText("langue", "lang")
  static let location = LocalizedText("lieu", "location")
  static let method = LocalizedText("moyen", "method")
  static let months = LocalizedText("mois", "months")
  static let name = LocalizedText("nom", "name")
  static let outcome = LocalizedText("résultat", "outcome")
  /// How many instalments (`plan --parts`).
  static let parts = LocalizedText("échéances", "parts")
  static let path = LocalizedText("chemin", "path")
  /// Where `sync --clone` clones to, or the file `--resolve` settles.
  static let syncPath = LocalizedText("CHEMIN", "PATH")
  /// A message kept in the outbox (`send --resend`).
  static let outboxFile = LocalizedText("fichier", "resend")
  static let payment = LocalizedText("paiement", "payment")
  static let phone = LocalizedText("téléphone", "phone")
  /// An email address to send to (`send --to`).
  static let recipient = LocalizedText("adresse", "to")
  static let reference = LocalizedText("référence", "ref")
  static let resolution = LocalizedText("issue", "resolution")
  static let server = LocalizedText("serveur", "server")
  static let step = LocalizedText("étape", "step")
  static let takings = LocalizedText("recettes", "takings")
  static let text = LocalizedText("texte", "text")
  static let theme = LocalizedText("thème", "theme")
  static let value = LocalizedText("valeur", "value")
  static let variant = LocalizedText("variante", "variant")

  /// A day (`YYYY-MM-DD`, `DD/MM`, `+3`), under the English name of the option or argument.
  static func day(_ english: String) -> LocalizedText { LocalizedText("jour", english) }
  /// A number of days, under the English name of the option.
  static func days(_ english: String) -> LocalizedText { LocalizedText("jours", english) }
  /// A file to write, under the English name of the option.
  static func output(_ english: String) -> LocalizedText { LocalizedText("fichier", english) }
}
