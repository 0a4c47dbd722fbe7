import Foundation

extension DocumentFiles {
  /// Deletes the documents written for case `id` in `<data>/documents/`: every file named
  /// `<id>-…` (the default names, whatever the kind, variant or language), and the temp files a
  /// write interrupted left (`.<id>-….tmp`). They hold the customer's name and address, so they go
  /// with the identity. Documents written elsewhere with `--out` are not touched, and a
  /// `documents/` that is a symbolic link is never followed.
  ///
  /// - Returns: the paths removed, relative to the data directory (no personal data: ids and kinds).
  /// - Throws: ``StoreError`` when `documents/` is a symbolic link (nothing removed) or a file
  ///   cannot be removed (the ones before it are gone).
  @discardableResult
  public static func removeDocuments(of id: IncidentID, in directory: DataDirectory) throws -> [String] {
    let folder = directory.documentsPath
    let names = try POSIXFile.removeEntries(in: folder) { name in
      name.hasPrefix(id.rawValue + "-") || (name.hasPrefix("." + id.rawValue + "-") && name.hasSuffix(".tmp"))
    }
    return names.filter { !$0.hasPrefix(".") }.map { directory.relative(folder + "/" + $0) }
  }

  /// The documents recorded for `incident` outside `<data>/documents/` (written with `--out`),
  /// which a purge does not remove: the person who chose where to write them must delete them.
  public static func documentsOutside(_ incident: Incident) -> [String] {
    incident.documents.map(\.file).filter { $0 != "-" && !$0.hasPrefix("documents/") }
  }
}
