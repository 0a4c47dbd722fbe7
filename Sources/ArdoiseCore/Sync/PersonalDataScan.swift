import Foundation

/// Looks for personal data in case-log lines about to leave the machine. Pure: it gets the lines
/// and the identities, and says what it found.
///
/// Two kinds of finding: a known customer's identity (from `people/`: the name or any word of it
/// of four letters or more, the phone by its digits, the email, the postal address), and anything
/// shaped like an email address or a phone number (a French number, or `+` and 10 to 15 digits),
/// except the restaurant's own. Only the free text of a line is read (notes, descriptions,
/// references, locations), never its ids and timestamps.
public struct PersonalDataScan: Sendable {
  /// An identity and the file it comes from (`people/<id>.toml`).
  public var identities: [(source: String, identity: CustomerIdentity)]
  /// Email addresses and phone numbers that are not personal data (the restaurant's own).
  public var exemptions: [String]

  public init(identities: [(source: String, identity: CustomerIdentity)], exemptions: [String] = []) {
    self.identities = identities
    self.exemptions = exemptions
  }

  /// The keys of a log line that hold free text typed by someone.
  static let freeTextKeys: [String] = ["summary", "description", "note", "text", "location", "ref", "legal_ref", "reason", "table", "bill", "server"]

  /// What is wrong with one line of `file` (line number `line`), if anything: at most one finding.
  public func findings(inLine text: String, file: String, line: Int?) -> PersonalDataFinding? {
    let json = text.split(separator: "\t", omittingEmptySubsequences: false).first.map(String.init) ?? text
    guard let data = json.data(using: .utf8),
      let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    else {
      // A line that is not JSON is checked whole: a damaged line can hold personal data too.
      return finding(in: [text], file: file, line: line)
    }
    let texts = Self.freeTextKeys.compactMap { object[$0] as? String }
    return finding(in: texts, file: file, line: line)
  }

  private func finding(in texts: [String], file: String, line: Int?) -> PersonalDataFinding? {
    guard !texts.isEmpty else { return nil }
    let folded = texts.map(Self.fold)
    let numbers = texts.flatMap(Self.digitRuns)
    for (source, identity) in identities {
      if let name = identity.name, !name.isEmpty {
        let wholeName = Self.fold(name)
        let words = Self.words(of: wholeName).filter { $0.count >= 4 }
        if folded.contains(where: { $0.contains(wholeName) || !Set(Self.words(of: $0)).isDisjoint(with: words) }) {
          return PersonalDataFinding(kind: .knownIdentity(what: "name", source: source), file: file, line: line)
        }
      }
      if let email = identity.email, !email.isEmpty, folded.contains(where: { $0.contains(Self.fold(email)) }) {
        return PersonalDataFinding(kind: .knownIdentity(what: "email", source: source), file: file, line: line)
      }
      if let phone = identity.phone, let wanted = Self.nationalDigits(phone), wanted.count >= 6,
        numbers.contains(where: { Self.nationalDigits($0.digits).map { $0.hasSuffix(wanted) || wanted.hasSuffix($0) && $0.count >= 8 } ?? false })
      {
        return PersonalDataFinding(kind: .knownIdentity(what: "phone", source: source), file: file, line: line)
      }
      if let address = identity.postalAddress, address.count >= 8, folded.contains(where: { $0.contains(Self.fold(address)) }) {
        return PersonalDataFinding(kind: .knownIdentity(what: "postal address", source: source), file: file, line: line)
      }
    }
    let exempt = Set(exemptions.map(Self.fold))
    let exemptNumbers = Set(exemptions.compactMap(Self.nationalDigits))
    for text in texts where Self.emailAddresses(in: text).contains(where: { !exempt.contains(Self.fold($0)) }) {
      return PersonalDataFinding(kind: .contactDetail(what: "email address"), file: file, line: line)
    }
    for run in numbers where Self.looksLikePhone(run) {
      if let national = Self.nationalDigits(run.digits), exemptNumbers.contains(national) { continue }
      return PersonalDataFinding(kind: .contactDetail(what: "phone number"), file: file, line: line)
    }
    return nil
  }

  /// Lowercased, without accents: `Émilie` and `emilie` are the same name.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  static func words(of text: String) -> [String] {
    text.split(whereSeparator: { !$0.isLetter }).map(String.init)
  }

  /// A run of digits as typed: `06 12 34 56 78`, `+33 6.12.34.56.78`.
  struct DigitRun: Equatable {
    var digits: String
    var international: Bool
  }

  /// The runs of digits in `text`, allowing one space, dot, dash or no-break space between groups.
  static func digitRuns(_ text: String) -> [DigitRun] {
    var runs: [DigitRun] = []
    var current = ""
    var international = false
    var pendingSeparator = false
    var previous: Character = " "
    func finish() {
      if !current.isEmpty { runs.append(DigitRun(digits: current, international: international)) }
      current = ""
      international = false
      pendingSeparator = false
    }
    for character in text {
      if character.isASCII, character.isNumber {
        if current.isEmpty { international = previous == "+" }
        current.append(character)
        pendingSeparator = false
      } else if !current.isEmpty, !pendingSeparator, [" ", ".", "-", "\u{00A0}", "\u{202F}"].contains(character) {
        pendingSeparator = true
      } else if !current.isEmpty, character == "(" || character == ")" {
        continue
      } else {
        finish()
      }
      previous = character
    }
    finish()
    return runs
  }

  /// A French number (10 digits starting with 0, not 00) or an international one (`+` and 10 to 15 digits).
  static func looksLikePhone(_ run: DigitRun) -> Bool {
    if run.international { return (10...15).contains(run.digits.count) }
    return run.digits.count == 10 && run.digits.hasPrefix("0") && !run.digits.hasPrefix("00")
  }

  /// The digits of a phone number without its country or trunk prefix (`+33 6 12…` and `06 12…`
  /// both give `612…`), so the two ways of writing it compare equal.
  static func nationalDigits(_ text: String) -> String? {
    var digits = text.filter { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return nil }
    if digits.hasPrefix("0033") { digits.removeFirst(4) } else if digits.hasPrefix("33") && digits.count == 11 { digits.removeFirst(2) }
    while digits.hasPrefix("0") { digits.removeFirst() }
    return digits.isEmpty ? nil : digits
  }

  static func emailAddresses(in text: String) -> [String] {
    guard let pattern = try? NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}") else {
      return []  // The pattern is a constant that compiles; this branch cannot run.
    }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
  }
}
