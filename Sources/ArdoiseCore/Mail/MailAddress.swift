/// An email address, with the name shown beside it.
public struct MailAddress: Sendable, Equatable {
  /// `someone@example.org`: checked to hold nothing that could break out of a header.
  public var address: String
  public var displayName: String?

  /// - Throws: ``MailAddressError`` when `address` is not one plain `local@domain` address.
  public init(_ address: String, displayName: String? = nil) throws {
    let trimmed = address.trimmingSpaces
    let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
    let forbidden = trimmed.unicodeScalars.contains { $0.value <= 32 || $0.value == 127 || "<>()[],;:\\\"".unicodeScalars.contains($0) }
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
      !forbidden, trimmed.allSatisfy(\.isASCII)
    else { throw MailAddressError(address: address) }
    self.address = trimmed
    let name = displayName?.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces
    self.displayName = name?.isEmpty == false ? name : nil
  }

  /// The part after `@`.
  public var domain: String { String(address.split(separator: "@").last ?? "") }

  /// The header's words: `Le Petit Zinc <contact@petitzinc.example>`, the name encoded per RFC
  /// 2047 when it is not plain ASCII, quoted when it holds punctuation.
  var headerWords: [String] {
    guard let displayName else { return [address] }
    let plain = displayName.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || "!#$%&'*+-/=?^_`{|}~".contains($0)) }
    let nameWords: [String]
    if plain {
      nameWords = displayName.split(separator: " ").map(String.init)
    } else if displayName.allSatisfy({ $0.isASCII && $0 != "\"" && $0 != "\\" }) {
      nameWords = ["\"" + displayName + "\""]
    } else {
      nameWords = MailMessage.encodedWords(displayName)
    }
    return nameWords + ["<" + address + ">"]
  }
}

/// An address that cannot be used in an email header.
public struct MailAddressError: Error, Equatable, Sendable {
  public var address: String

  public func message(_ language: Language) -> String {
    LocalizedText("adresse e-mail invalide : « \(address) »", "invalid email address: “\(address)”")(language)
  }
}
