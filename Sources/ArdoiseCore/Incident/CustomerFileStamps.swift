/// What a running screen compares to notice that a customer's file in `people/` was added,
/// changed or removed by another process (`ardoise identify`, an editor, a sync) even when the
/// case's log did not change: each file's identity, size and modification time.
public struct CustomerFileStamps: Sendable, Equatable {
  var files: [IncidentID: POSIXFile.Status] = [:]

  public init() {}

  /// The stamps of the customers' files in `directory`'s `people/` now (none when it cannot be
  /// listed). Looks at each file's status only, never at what it holds.
  public static func read(in directory: DataDirectory) -> CustomerFileStamps {
    var stamps = CustomerFileStamps()
    for name in POSIXFile.listDirectory(directory.peoplePath) ?? [] where name.hasSuffix(".toml") && !name.hasPrefix(".") {
      let id = IncidentID(rawValue: String(name.dropLast(5)))
      guard IncidentID.isWellFormed(id.rawValue), let status = POSIXFile.status(directory.personPath(id)) else { continue }
      stamps.files[id] = status
    }
    return stamps
  }

  /// The cases whose customer's file is new, gone or changed since `earlier`.
  public func changed(since earlier: CustomerFileStamps) -> Set<IncidentID> {
    var changed = Set<IncidentID>()
    for (id, status) in files where earlier.files[id].map({ !$0.isSameFile(as: status) }) ?? true { changed.insert(id) }
    for id in earlier.files.keys where files[id] == nil { changed.insert(id) }
    return changed
  }
}
