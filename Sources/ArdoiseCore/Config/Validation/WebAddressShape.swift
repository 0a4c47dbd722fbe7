/// A web address a letter can print for the customer to pay: `https://` (or `http://`) and a host.
public enum WebAddressShape {
  /// Why `text` is not such an address, nil when it is.
  public static func problem(_ text: String) -> LocalizedText? {
    let lowered = text.lowercased()
    guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
      return LocalizedText("une adresse web qui commence par https://", "a web address starting with https://")
    }
    let host = lowered.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), !text.contains(where: \.isWhitespace) else {
      return LocalizedText("l’adresse n’a pas de nom de site valable, p. ex. https://pay.exemple.fr/…", "the address has no valid site name, e.g. https://pay.example.com/…")
    }
    return nil
  }
}
