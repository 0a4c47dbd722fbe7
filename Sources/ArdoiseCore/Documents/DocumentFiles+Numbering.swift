import Foundation

extension DocumentFiles {
  /// The `number`th name for a document at `path` (2 and up): `…-reminder-fr.md` becomes
  /// `…-reminder-fr-2.md`; the extension stays last.
  static func numbered(_ path: String, _ number: Int) -> String {
    guard number > 1 else { return path }
    let name = (path as NSString).lastPathComponent
    let folder = String(path.dropLast(name.count))
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "-\(number)" }
    return folder + name[..<dot] + "-\(number)" + name[dot...]
  }

  /// How many names are tried before giving up: far more than anyone writes one document again.
  static let maximumNumber = 999

  /// Gives the fsynced file `temporary` the first free name among `target`, `target-2`,
  /// `target-3`…, never over an existing file: a link, which fails rather than replace, so a
  /// document written at the same time by another ardoise cannot be overwritten either.
  /// `temporary` keeps its own name too until ``finishPlacing(_:at:)``.
  /// - Returns: the name taken.
  static func placeWithoutReplacing(_ temporary: String, at target: String) throws -> String {
    for number in 1...maximumNumber {
      let candidate = numbered(target, number)
      if try POSIXFile.linkWithoutReplacing(temporary, to: candidate) { return candidate }
    }
    throw StoreError.io(operation: "link", path: numbered(target, maximumNumber), code: EEXIST)
  }

  /// Removes the temp name of a placed file and makes its new name durable.
  static func finishPlacing(_ temporary: String, at placed: String) throws {
    try POSIXFile.remove(temporary)
    let folder = (placed as NSString).deletingLastPathComponent
    try POSIXFile.syncDirectory(folder.isEmpty ? "." : folder)
  }

  /// What the user is told when a document went to a numbered name: the earlier file is kept.
  public static func keptEarlierNote(written path: String, earlier: String) -> LocalizedText {
    let name = (path as NSString).lastPathComponent
    let earlierName = (earlier as NSString).lastPathComponent
    return LocalizedText("écrit sous le nom \(name)\u{202F}: le fichier précédent, \(earlierName), est conservé",
             "written as \(name): the earlier file, \(earlierName), is kept")
  }

  /// Writes a PDF beside the Markdown at `markdownPath` (`….md` → `….pdf`), mode 0600, never
  /// over an earlier file: a numbered name when that one is taken.
  /// - Returns: the path written.
  /// - Throws: ``StoreError``.
  public static func writePDF(_ bytes: [UInt8], besideMarkdown markdownPath: String) throws -> String {
    let target = (markdownPath.hasSuffix(".md") ? String(markdownPath.dropLast(3)) : markdownPath) + ".pdf"
    let temporary = try POSIXFile.writeTemporary(for: target, bytes)
    let placed: String
    do { placed = try placeWithoutReplacing(temporary, at: target) } catch {
      try? POSIXFile.remove(temporary)  // The error that matters is the placement's; a leftover .tmp is removed at the next start.
      throw error
    }
    try finishPlacing(temporary, at: placed)
    return placed
  }
}
