import Foundation

extension AgendaCalendar {
  /// Writes the file at `path` (relative to the working directory) as every data file is written:
  /// a 0600 temp file, fsync, rename, directory fsync.
  public func write(to path: String) throws {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    try POSIXFile.replace(absolute, with: Array(text.utf8))
  }
}
