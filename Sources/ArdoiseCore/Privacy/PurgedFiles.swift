/// The files a purge deleted with a customer's identity, relative to the data directory: the
/// case's documents (`documents/<id>-…`) and its unsent mail drafts (`outbox/<id>-….eml`). Their
/// names hold ids, kinds and times, never personal data.
public struct PurgedFiles: Sendable, Equatable {
  public var documents: [String]
  public var mailDrafts: [String]

  public init(documents: [String] = [], mailDrafts: [String] = []) {
    self.documents = documents
    self.mailDrafts = mailDrafts
  }

  public var isEmpty: Bool { documents.isEmpty && mailDrafts.isEmpty }

  /// What goes into the log after the purge's reason: the files' names, no personal data.
  var logText: String {
    var text = ""
    if !documents.isEmpty { text += "; documents removed: " + documents.joined(separator: ", ") }
    if !mailDrafts.isEmpty { text += "; mail drafts removed: " + mailDrafts.joined(separator: ", ") }
    return text
  }

  /// How many files went, as a person reads it: “2 documents and 1 mail draft deleted”; nil when none.
  public var summary: LocalizedText? {
    guard !isEmpty else { return nil }
    let documentCount = documents.count, draftCount = mailDrafts.count
    var french: [String] = [], english: [String] = []
    if documentCount > 0 {
      french.append(documentCount == 1 ? "1 document" : "\(documentCount) documents")
      english.append(documentCount == 1 ? "1 document" : "\(documentCount) documents")
    }
    if draftCount > 0 {
      french.append(draftCount == 1 ? "1 brouillon d’e-mail" : "\(draftCount) brouillons d’e-mail")
      english.append(draftCount == 1 ? "1 mail draft" : "\(draftCount) mail drafts")
    }
    let plural = documentCount + draftCount > 1
    return LocalizedText(french.joined(separator: " et ") + (plural ? " supprimés" : " supprimé"),
                         english.joined(separator: " and ") + " deleted")
  }
}
