/// The shape of an email address as a person types it: one `@`, something before it, a domain
/// with a dot after it, no spaces. Whether the mailbox exists only sending can tell.
public enum EmailAddressShape {
  /// Why `text` does not look like an email address, nil when it does.
  public static func problem(_ text: String) -> LocalizedText? {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    let example = LocalizedText("une adresse e-mail, p. ex. contact@restaurant.fr", "an email address, e.g. contact@restaurant.co.uk")
    guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: { $0.isWhitespace || $0.isNewline }) else { return example }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else { return example }
    return nil
  }
}
