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
      throw StoreError.io(operation: "read (not UTF-8)", path: path, code: EILSEQ)
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
    let target = path ?? defaultPath(for: document, in: directory)
    if path == nil { try POSIXFile.makeDirectory(directory.documentsPath) }
    try POSIXFile.replace(target, with: Array(document.text.utf8))
    return target
  }
}
