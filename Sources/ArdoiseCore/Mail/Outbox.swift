import Foundation

/// Messages the mail transport did not take, kept to send again: `<data>/outbox/`, 0700, each
/// message a file `<case id>-<kind>-<UTC time>.eml`, 0600. The folder carries its own
/// `.gitignore` (`*`): a message holds personal data and never goes into git.
public struct Outbox: Sendable {
  public let path: String

  public init(directory: DataDirectory) {
    path = directory.path + "/outbox"
  }

  /// Writes `message` (durably) and returns its path.
  /// - Throws: ``StoreError``.
  public func keep(_ message: String, caseID: IncidentID, kind: DocumentKind, at date: Date) throws -> String {
    try POSIXFile.makeDirectory(path)
    let ignore = path + "/.gitignore"
    if !FileManager.default.fileExists(atPath: ignore) {
      try POSIXFile.replace(ignore, with: Array("# ardoise: unsent messages hold personal data.\n*\n".utf8))
    }
    let stamp = Timestamp(date, in: TimeZone(identifier: "UTC") ?? .current).iso8601
      .filter { $0.isNumber || $0 == "T" }
    let file = path + "/\(caseID.rawValue)-\(kind.rawValue)-\(stamp).eml"
    try POSIXFile.replace(file, with: Array(message.utf8))
    return file
  }

  /// A kept message: its text and the case it is for (from its file name).
  /// - Throws: ``OutboxError`` when the file is missing, unreadable or not named as the outbox names its files.
  public static func read(_ file: String) throws -> (message: String, caseID: IncidentID, kind: DocumentKind) {
    let name = (file as NSString).lastPathComponent
    let parts = name.split(separator: "-")
    let caseText = parts.count >= 4 ? String(parts[0] + "-" + parts[1]) : ""
    guard name.hasSuffix(".eml"), IncidentID.isWellFormed(caseText),
      let kind = DocumentKind(rawValue: parts[2..<(parts.count - 1)].joined(separator: "-"))
    else { throw OutboxError(file: file, reason: LocalizedText("pas un message de la boîte d’envoi (<id>-<document>-<date>.eml)", "not an outbox message (<id>-<document>-<time>.eml)")) }
    let bytes: [UInt8]?
    do { bytes = try POSIXFile.readFile(file) } catch {
      throw OutboxError(file: file, reason: LocalizedText("illisible", "cannot be read"))
    }
    guard let bytes, let text = String(validating: bytes, as: UTF8.self) else {
      throw OutboxError(file: file, reason: LocalizedText("introuvable ou illisible", "missing or unreadable"))
    }
    return (text, IncidentID(rawValue: caseText), kind)
  }

  /// Removes a message once it is sent.
  public static func remove(_ file: String) {
    unlink(file)
  }
}

/// A file that is not an outbox message.
public struct OutboxError: Error, Sendable {
  public var file: String
  public var reason: LocalizedText
  public func message(_ language: Language) -> String { file + LocalizedText(" : ", ": ")(language) + reason(language) }
}
