import Foundation

extension Outbox {
  /// Deletes the mail drafts kept for case `id` in `<data>/outbox/` (`<id>-<kind>-<time>.eml`,
  /// written when the mail transport refused a message) and the temp files an interrupted write
  /// left (`.<id>-….tmp`). A draft holds the customer's name and email, and the letter their
  /// address: it goes with the identity. An `outbox/` that is a symbolic link is never followed.
  ///
  /// - Returns: the paths removed, relative to the data directory (ids, kinds and times only).
  /// - Throws: ``StoreError`` when `outbox/` is a symbolic link (nothing removed) or a file cannot
  ///   be removed (the ones before it are gone).
  @discardableResult
  public static func removeDrafts(of id: IncidentID, in directory: DataDirectory) throws -> [String] {
    let folder = Outbox(directory: directory).path
    let names = try POSIXFile.removeEntries(in: folder) { name in
      (name.hasPrefix(id.rawValue + "-") && name.hasSuffix(".eml"))
        || (name.hasPrefix("." + id.rawValue + "-") && name.hasSuffix(".tmp"))
    }
    return names.filter { !$0.hasPrefix(".") }.map { directory.relative(folder + "/" + $0) }
  }
}
