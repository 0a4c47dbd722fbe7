import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The restaurant's settings, from `config.toml` in the data directory.
///
/// Every field has a default, so a missing file is a valid configuration. Keys are written as
/// `section.key` on the command line: `ardoise config set restaurant.name "Le Petit Zinc"`.
public struct Config: Sendable, Equatable {
  // [restaurant]
  public var restaurantName: String?
  public var legalName: String?
  public var address: String?
  public var city: String?
  /// SIRET in France, company number elsewhere.
  public var companyNumber: String?
  public var phone: String?
  public var email: String?
  public var paymentLink: String?
  public var iban: String?
  /// Who signs letters and files complaints for the restaurant.
  public var representative: String?
  /// Where the restaurant is: it decides the law applied, whatever the language (default France).
  public var jurisdiction: Jurisdiction = .france
  /// Whether `restaurant.jurisdiction` is set (in `config.toml` or by ``set(_:to:)``), rather than
  /// France by default: until it is, the system locale may suggest another law at start
  /// (``jurisdictionNotice(environment:)``). An unset jurisdiction is not written to the file.
  public var jurisdictionIsSet = false
  // [ardoise]
  public var language: Language?
  public var currency: Currency = .euro
  /// Whether `ardoise.currency` is set (in `config.toml` or by ``set(_:to:)``), rather than the
  /// euro by default: only a currency someone chose is a hint of where the restaurant is
  /// (``jurisdictionNotice(environment:)``). An unset currency is not written to the file.
  public var currencyIsSet = false
  /// Who records changes; else the login name.
  public var user: String?
  public var theme: String?
  // [recovery]
  /// Days a formal demand gives; unset, the jurisdiction's default (``demandDays(for:debtor:)``).
  public var demandDays: Int?
  /// The legal interest rate in percent per year, e.g. `"4.16"`, as a decimal string.
  public var interestRate: String?
  // [privacy]
  /// Days after full payment before a customer's identity is purged (2 by default, at most 30).
  public var purgePaidAfterDays: Int = 2
  // [mail]
  /// The sendmail-compatible program `ardoise send` hands messages to (default /usr/sbin/sendmail).
  public var sendmail: String?
  // [print]
  /// The CUPS client program `ardoise print` hands PDFs to (default `lp` on the PATH).
  public var lpCommand: String?
  /// The printer (CUPS queue) to print on; unset, the system's default printer.
  public var printer: String?
  // [stats]
  /// The restaurant's takings in an ordinary month, as a decimal string (`"42000.00"`), to show
  /// the loss as a share of takings.
  public var monthlyTakings: String?
  /// Cases needed before the figures give advice (10 by default).
  public var adviceMinimumCases: Int = 10

  public init() {}

  /// ``monthlyTakings`` as money in the restaurant's currency.
  public var monthlyTakingsAmount: Money? {
    monthlyTakings.flatMap { Money(decimalString: $0, currency: currency) }
  }

  /// Every settable key, in file order, with its description.
  public static let keys: [(key: String, help: LocalizedText)] = [
    ("restaurant.name", LocalizedText("nom du restaurant (titre de l’écran)", "restaurant name (screen title)")),
    ("restaurant.legal_name", LocalizedText("raison sociale", "legal name")),
    ("restaurant.address", LocalizedText("adresse postale", "postal address")),
    ("restaurant.city", LocalizedText("ville (pour « Fait à »)", "city (for letters)")),
    ("restaurant.company_number", LocalizedText("SIRET ou numéro d’entreprise", "SIRET or company number")),
    ("restaurant.phone", LocalizedText("téléphone", "phone")),
    ("restaurant.email", LocalizedText("e-mail", "email")),
    ("restaurant.payment_link", LocalizedText("lien de paiement", "payment link")),
    ("restaurant.iban", LocalizedText("IBAN pour les virements", "IBAN for transfers")),
    ("restaurant.representative", LocalizedText("représentant légal", "legal representative")),
    ("restaurant.jurisdiction", LocalizedText("droit applicable : fr (France) ou gb-eng (Angleterre et pays de Galles)",
                                  "law that applies: fr (France) or gb-eng (England and Wales)")),
    ("ardoise.language", LocalizedText("langue : fr ou en", "language: fr or en")),
    ("ardoise.currency", LocalizedText("devise ISO (EUR)", "ISO currency (EUR)")),
    ("ardoise.user", LocalizedText("qui enregistre (sinon le nom de connexion)", "who records (else the login name)")),
    ("ardoise.theme", LocalizedText("thème de couleurs", "colour theme")),
    ("recovery.demand_days", LocalizedText("délai laissé au débiteur par la demande de paiement écrite, en jours (sinon celui du droit applicable)",
                                         "days the written demand for payment gives the debtor (else the law’s own)")),
    ("recovery.interest_rate", LocalizedText("taux d’intérêt légal, % par an", "legal interest rate, % per year")),
    ("privacy.purge_paid_after_days", LocalizedText("jours avant d’effacer l’identité d’un client qui a payé (≤ 30)", "days before purging a paying customer’s identity (≤ 30)")),
    ("mail.sendmail", LocalizedText("programme d’envoi des e-mails (sinon /usr/sbin/sendmail)", "program that sends email (else /usr/sbin/sendmail)")),
    ("print.lp", LocalizedText("programme d’impression CUPS qui reçoit les PDF (sinon lp)", "CUPS print program that takes the PDFs (else lp)")),
    ("print.printer", LocalizedText("imprimante (file CUPS, voir lpstat -p) ; sinon celle par défaut", "printer (CUPS queue, see lpstat -p); else the default one")),
    ("stats.monthly_takings", LocalizedText("chiffre d’affaires d’un mois ordinaire (part des pertes)", "takings in an ordinary month (loss as a share)")),
    ("stats.advice_min_cases", LocalizedText("dossiers nécessaires avant de donner des conseils (10)", "cases needed before giving advice (10)")),
  ]

  /// The value of `key` as text, or nil when unset.
  public func value(for key: String) -> String? {
    switch key {
    case "restaurant.name": restaurantName
    case "restaurant.legal_name": legalName
    case "restaurant.address": address
    case "restaurant.city": city
    case "restaurant.company_number": companyNumber
    case "restaurant.phone": phone
    case "restaurant.email": email
    case "restaurant.payment_link": paymentLink
    case "restaurant.iban": iban
    case "restaurant.representative": representative
    case "restaurant.jurisdiction": jurisdiction.code
    case "ardoise.language": language?.rawValue
    case "ardoise.currency": currency.code
    case "ardoise.user": user
    case "ardoise.theme": theme
    case "recovery.demand_days": demandDays.map(String.init)
    case "recovery.interest_rate": interestRate
    case "privacy.purge_paid_after_days": String(purgePaidAfterDays)
    case "mail.sendmail": sendmail
    case "print.lp": lpCommand
    case "print.printer": printer
    case "stats.monthly_takings": monthlyTakings
    case "stats.advice_min_cases": String(adviceMinimumCases)
    default: nil
    }
  }

  /// Sets `key` from text, validating it.
  /// - Throws: ``ConfigError`` naming the key and the reason.
  public mutating func set(_ key: String, to text: String) throws {
    let value = text.trimmingSpaces
    let optional: String? = value.isEmpty ? nil : value
    func fail(_ reason: LocalizedText) -> ConfigError { ConfigError(file: nil, line: nil, key: key, reason: reason) }
    switch key {
    case "restaurant.name": restaurantName = optional
    case "restaurant.legal_name": legalName = optional
    case "restaurant.address": address = optional
    case "restaurant.city": city = optional
    case "restaurant.company_number": companyNumber = optional
    case "restaurant.phone": phone = optional
    case "restaurant.email": email = optional
    case "restaurant.payment_link": paymentLink = optional
    case "restaurant.iban": iban = optional
    case "restaurant.representative": representative = optional
    case "restaurant.jurisdiction":
      jurisdictionIsSet = optional != nil
      guard let optional else { jurisdiction = .france; return }
      if let parsed = Jurisdiction(code: optional) {
        jurisdiction = parsed
        return
      }
      // Kept, so a hand-edited file never falls back to another country's law: ardoise then gives
      // neutral guidance. The error still refuses `config set` and warns when the file is read.
      jurisdiction = .unsupported(optional)
      throw fail(LocalizedText("« fr » (France) ou « gb-eng » (Angleterre et pays de Galles) ; pour une autre valeur, ardoise ne cite aucune règle de droit",
                   "“fr” (France) or “gb-eng” (England and Wales); for any other value ardoise cites no legal rule"))
    case "ardoise.language":
      guard let optional else { language = nil; return }
      guard let parsed = Language(argument: optional) else { throw fail(LocalizedText("« fr » ou « en »", "“fr” or “en”")) }
      language = parsed
    case "ardoise.currency":
      guard let optional else {
        currency = .euro
        currencyIsSet = false
        return
      }
      guard let parsed = Currency(isoCode: optional) else { throw fail(LocalizedText("code ISO à trois lettres, p. ex. EUR", "a three-letter ISO code, e.g. EUR")) }
      currency = parsed
      currencyIsSet = true
    case "ardoise.user": user = optional
    case "ardoise.theme": theme = optional
    case "recovery.demand_days":
      guard let optional else { demandDays = nil; return }
      guard let days = Int(optional), (1...90).contains(days) else { throw fail(LocalizedText("un nombre de jours entre 1 et 90", "a number of days from 1 to 90")) }
      demandDays = days
    case "recovery.interest_rate":
      guard let optional else { interestRate = nil; return }
      let normalized = optional.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "").trimmingSpaces
      guard let rate = Double(normalized), rate >= 0, rate < 100 else { throw fail(LocalizedText("un taux en %, p. ex. 4.16", "a rate in %, e.g. 4.16")) }
      interestRate = normalized
    case "privacy.purge_paid_after_days":
      guard let days = Int(value), (0...30).contains(days) else { throw fail(LocalizedText("un nombre de jours entre 0 et 30", "a number of days from 0 to 30")) }
      purgePaidAfterDays = days
    case "mail.sendmail": sendmail = optional
    case "print.lp": lpCommand = optional
    case "print.printer": printer = optional
    case "stats.monthly_takings":
      guard let optional else { monthlyTakings = nil; return }
      guard let amount = try? Money.parse(optional, currency: currency) else {
        // The parser's own message would name the amount's fault; the key's expected form says more here.
        throw fail(LocalizedText("un montant, p. ex. 42000", "an amount, e.g. 42000"))
      }
      monthlyTakings = amount.decimalString
    case "stats.advice_min_cases":
      guard let count = Int(value), (1...1000).contains(count) else { throw fail(LocalizedText("un nombre de dossiers entre 1 et 1000", "a number of cases from 1 to 1000")) }
      adviceMinimumCases = count
    default:
      throw ConfigError(file: nil, line: nil, key: key, reason: LocalizedText("clé inconnue (voir « ardoise config »)", "unknown key (see “ardoise config”)"))
    }
  }

  /// The language to use: `flag`, else the config, else the locale.
  public func language(flag: Language?, environment: [String: String]) -> Language {
    flag ?? language ?? Language.fromEnvironment(environment)
  }

  /// The name recorded with each change: the config's user, else the login name.
  public func actor(environment: [String: String]) -> String {
    if let user, !user.isEmpty { return user }
    if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "ardoise"
  }

  /// Days a formal demand gives `debtor` under `jurisdiction`, when `recovery.demand_days` is not
  /// set: France 8 (practice is 8 to 15, counted from receipt); England and Wales 30 for an
  /// individual (Pre-Action Protocol for Debt Claims) and 14 for a business; 14 elsewhere, which is
  /// ardoise's own default and no legal rule.
  public func demandDays(for jurisdiction: Jurisdiction, debtor: DebtorKind = .consumer) -> Int {
    if let demandDays { return demandDays }
    switch jurisdiction {
    case .france: return 8
    case .englandAndWales: return debtor == .consumer ? 30 : 14
    case .unsupported: return 14
    }
  }
}

/// A problem in the configuration, with where it is.
public struct ConfigError: Error, Equatable, Sendable {
  public var file: String?
  public var line: Int?
  public var key: String?
  public var reason: LocalizedText

  public func message(_ language: Language) -> String {
    var place = ""
    if let file { place = file + (line.map { ":\($0)" } ?? "") + ": " }
    // `FILE:LINE: ` is the form editors read; a key is followed by French punctuation in French.
    if let key { place += key + (language == .french ? "\u{202F}: " : ": ") }
    return place + reason(language)
  }
}
