import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension POSIXFile {
  /// Removes the entries of `folder` whose names `matches` accepts, and fsyncs the folder.
  ///
  /// The folder is never reached through a symbolic link: it is opened with `O_NOFOLLOW`, and its
  /// entries are listed and removed relative to that open folder (`unlinkat`), so a `documents/`
  /// or `outbox/` replaced by a link, even between the check and the removal, cannot make a purge
  /// delete files elsewhere. An entry that is itself a link is removed as a link (its target stays).
  ///
  /// - Returns: the names removed, sorted; none when the folder does not exist.
  /// - Throws: ``StoreError/symbolicLink(path:)`` when `folder` is a symbolic link (nothing is
  ///   removed), ``StoreError/io(operation:path:code:)`` when it cannot be read or an entry cannot
  ///   be removed (the ones before it are gone).
  static func removeEntries(in folder: String, where matches: (String) -> Bool) throws -> [String] {
    let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if descriptor < 0 {
      let code = errno
      if code == ENOENT { return [] }
      if code == ELOOP || isSymbolicLink(folder) { throw StoreError.symbolicLink(path: folder) }
      throw StoreError.io(operation: "open", path: folder, code: code)
    }
    defer { close(descriptor) }
    // readdir needs a stream of its own: fdopendir takes the descriptor it is given.
    let listing = dup(descriptor)
    guard listing >= 0, let stream = fdopendir(listing) else {
      let code = errno
      if listing >= 0 { close(listing) }
      throw StoreError.io(operation: "opendir", path: folder, code: code)
    }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." && matches(name) { names.append(name) }
    }
    closedir(stream)
    names.sort()
    for name in names {
      let path = folder + "/" + name
      try FileOperationWatcher.notify(.unlink(path), .before)
      guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else {
        throw StoreError.io(operation: "unlink", path: path, code: errno)
      }
      try? FileOperationWatcher.notify(.unlink(path), .after)  // After: observing only, never fails.
    }
    if !names.isEmpty {
      try FileOperationWatcher.notify(.syncDirectory(folder), .before)
      if fsync(descriptor) != 0 { throw StoreError.notConfirmed(path: folder, code: errno) }
      try? FileOperationWatcher.notify(.syncDirectory(folder), .after)  // After: observing only, never fails.
    }
    return names
  }
}
