import Foundation

/// What one sync did.
public struct SyncReport: Equatable, Sendable {
  /// Events and cases this site committed (sent, unless `pushed` is false).
  public var sentEvents = 0
  public var sentCases = 0
  /// Other files this site committed (config, playbook, templates).
  public var sentFiles = 0
  /// Events and cases the other sites had and this one now has.
  public var receivedEvents = 0
  public var receivedCases = 0
  public var receivedFiles = 0
  /// Whether this site's commits are now on the remote.
  public var pushed = false
  /// Problems the replay of the received cases found (see `ardoise check`).
  public var problemCount = 0
  /// Leftovers of an interrupted sync that were cleared (a lock file, a merge left half done).
  public var recovered: [String] = []

  public init() {}

  public var isNothingToDo: Bool { sentEvents + sentFiles + receivedEvents + receivedFiles == 0 && !pushed }
}

/// Where a site stands against the group's remote, as of the last fetch.
public struct SyncStatus: Equatable, Sendable {
  public var remote: String
  /// Events recorded here and not yet sent (committed or not).
  public var unsentEvents: Int
  /// Other files changed here and not yet sent.
  public var unsentFiles: Int
  /// Commits here not on the remote, and on the remote not here (as of the last fetch).
  public var ahead: Int
  public var behind: Int
  /// When the last sync completed, if one did.
  public var lastSync: Date?
  /// Files waiting for `ardoise sync --resolve`.
  public var conflicts: [String]

  public init(remote: String, unsentEvents: Int = 0, unsentFiles: Int = 0, ahead: Int = 0, behind: Int = 0, lastSync: Date? = nil,
              conflicts: [String] = []) {
    self.remote = remote
    self.unsentEvents = unsentEvents
    self.unsentFiles = unsentFiles
    self.ahead = ahead
    self.behind = behind
    self.lastSync = lastSync
    self.conflicts = conflicts
  }
}

/// Which version `ardoise sync --resolve` keeps.
public enum SyncSide: String, Sendable, CaseIterable {
  case ours, theirs
}
