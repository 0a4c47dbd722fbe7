import Dispatch

/// The summary cache read and parsed on another thread from the very start of the screen, while
/// its thread parses the command line, reads the settings and opens the terminal: a warm start's
/// largest piece of work no longer waits for those. Handed to ``Store/prefetchedSummaryCache``;
/// its entries are checked against the logs like any (``Store/cachedCaseCheck()``).
public final class SummaryCachePrefetch: @unchecked Sendable {
  /// The data directory whose cache it reads.
  public let directory: DataDirectory
  private let group = DispatchGroup()
  /// Written once on the reading thread, read after `group` says it is done.
  private var cache: SummaryCache?

  /// Starts reading the cache of `directory` on another thread.
  public init(directory: DataDirectory) {
    self.directory = directory
    DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
      cache = SummaryCache.read(from: directory)
    }
  }

  /// Waits until the reading is done.
  public func waitUntilRead() { group.wait() }

  /// The cache as read, once the reading is done (a missing or unreadable file: an empty cache).
  func take() -> SummaryCache {
    group.wait()
    defer { cache = nil }
    return cache ?? SummaryCache()
  }
}
