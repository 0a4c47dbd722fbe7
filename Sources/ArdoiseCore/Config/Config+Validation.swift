extension Config {
  /// Why `text` cannot be the value of `key`, nil when it can: the checks of ``set(_:to:)`` plus
  /// the shape of what a person types on the settings screen (a SIRET's checksum under French
  /// law, an IBAN's, an email's shape, a web address's scheme). An empty value unsets the key.
  public func problem(setting key: String, to text: String) -> LocalizedText? {
    let value = text.trimmingSpaces
    if !value.isEmpty {
      let shape: LocalizedText?
      switch key {
      case "restaurant.company_number": shape = jurisdiction == .france ? SIRETNumber.problem(value) : nil
      case "restaurant.iban": shape = InternationalBankAccountNumber.problem(value)
      case "restaurant.email": shape = EmailAddressShape.problem(value)
      case "restaurant.payment_link": shape = WebAddressShape.problem(value)
      default: shape = nil
      }
      if let shape { return shape }
    }
    var copy = self
    do { try copy.set(key, to: value) } catch let error as ConfigError {
      return error.reason
    } catch {
      return LocalizedText("valeur invalide", "invalid value")
    }
    return nil
  }
}
