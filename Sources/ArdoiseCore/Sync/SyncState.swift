import Foundation

/// What the screen's title line says of a synced data directory: when it last synced, what is
/// not sent yet, a conflict, or why the last sync from the screen failed. Read with a few git
/// commands (``read(_:environment:)``): on start, after a sync and when files change, never per
/// frame.
public struct SyncState: Sendable, Equatable {
  public var lastSync: Date?
  /// Case-log lines and other files changed here and not yet sent.
  public var unsentChanges: Int
  /// Files git could not merge.
  public var conflicts: [String]
  /// Why the last sync from the screen failed (kept until one succeeds).
  public var failure: LocalizedText?

  public init(lastSync: Date? = nil, unsentChanges: Int = 0, conflicts: [String] = [], failure: LocalizedText? = nil) {
    self.lastSync = lastSync
    self.unsentChanges = unsentChanges
    self.conflicts = conflicts
    self.failure = failure
  }

  /// The state of `directory`, or nil when it is not synced (no git repository with the group's
  /// remote) or git cannot say.
  public static func read(_ directory: DataDirectory, environment: [String: String] = ProcessInfo.processInfo.environment) -> SyncState? {
    let synchronizer = Synchronizer(directory: directory, environment: environment)
    guard FileManager.default.fileExists(atPath: directory.path + "/.git"), synchronizer.isSetUp else { return nil }
    guard let status = try? synchronizer.status() else {
      // git failed to answer (a lock held by a running sync): what is known without it.
      return SyncState(lastSync: synchronizer.lastSync())
    }
    return SyncState(lastSync: status.lastSync, unsentChanges: status.unsentEvents + status.unsentFiles, conflicts: status.conflicts)
  }
}
