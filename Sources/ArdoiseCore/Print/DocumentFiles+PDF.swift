extension DocumentFiles {
  /// Where the PDF of `document` goes by default: beside its Markdown, `….pdf`.
  public static func defaultPDFPath(for document: GeneratedDocument, in directory: DataDirectory) -> String {
    let markdown = defaultPath(for: document, in: directory)
    return (markdown.hasSuffix(".md") ? String(markdown.dropLast(3)) : markdown) + ".pdf"
  }

  /// Writes a PDF to `path` (default: ``defaultPDFPath(for:in:)``), atomically, mode 0600.
  /// - Returns: the path written.
  /// - Throws: ``StoreError``.
  @discardableResult
  public static func writePDF(_ bytes: [UInt8], of document: GeneratedDocument, to path: String? = nil,
                              in directory: DataDirectory) throws -> String {
    let target = path ?? defaultPDFPath(for: document, in: directory)
    if path == nil { try POSIXFile.makeDirectory(directory.documentsPath) }
    try POSIXFile.replace(target, with: bytes)
    return target
  }
}
