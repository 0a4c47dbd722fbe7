import Foundation

/// Reading override templates from, and writing documents into, the data directory.
///
///     <data>/templates/<kind>.<lang>.md     a restaurant's own template (reminder-sms.<lang>.md for the SMS)
///     <data>/documents/<id>-<kind>-<lang>.md  written documents, 0600 (they hold personal data)
public enum DocumentFiles {
  /// The restaurant's own template for `request`, or nil when there is none.
  /// - Throws: ``StoreError`` when the file exists but cannot be read or is not UTF-8;
  ///   ``DocumentTemplateError`` when it is larger than ``DocumentTemplate/maximumSize``.
  public static func overrideTemplate(for request: DocumentRequest, in directory: DataDirectory) throws -> String? {
    let path = directory.templatesPath + "/" + request.templateFileName
    guard let bytes = try POSIXFile.readFile(path) else { return nil }
    guard bytes.count <= DocumentTemplate.maximumSize else { throw DocumentTemplate.tooLarge(bytes.count) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw StoreError.io(operation: "read", path: path, code: EILSEQ)
    }
    return text
  }

  /// Where a document is written by default: `<data>/documents/<suggested file name>`.
  public static func defaultPath(for document: GeneratedDocument, in directory: DataDirectory) -> String {
    directory.documentsPath + "/" + document.suggestedFileName
  }

  /// Writes `document` to `path` (default: ``defaultPath(for:in:)``), replacing any earlier file
  /// atomically, with mode 0600; creates `<data>/documents/` (0700) when needed.
  /// - Returns: the path written.
  /// - Throws: ``StoreError``.
  @discardableResult
  public static func write(_ document: GeneratedDocument, to path: String? = nil, in directory: DataDirectory) throws -> String {
    let staged = try stage(document, to: path, in: directory)
    try staged.commit()
    return staged.target
  }

  /// The first half of ``write(_:to:in:)``: the document in a temp file (0600, fsynced) next to
  /// its target, to be committed once the event that records it is in the log, or discarded.
  static func stage(_ document: GeneratedDocument, to path: String? = nil, in directory: DataDirectory) throws -> StagedFile {
    let target = path ?? defaultPath(for: document, in: directory)
    if path == nil { try POSIXFile.makeDirectory(directory.documentsPath) }
    return StagedFile(target: target, temporary: try POSIXFile.writeTemporary(for: target, Array(document.text.utf8)))
  }
}

/// A file written to a temp file next to its target, not yet renamed into place.
struct StagedFile {
  let target: String
  let temporary: String

  /// Renames it into place and makes the rename durable.
  func commit() throws { try POSIXFile.commit(temporary, to: target) }

  /// Removes the temp file: nothing is left. A removal that fails leaves a hidden `.tmp` file
  /// that is never read as data and that the next start removes from the data directory.
  func discard() { try? POSIXFile.remove(temporary) }
}
