/// The most one read may take from a data file, so that a file grown wild (or a log symlinked to
/// `/dev/zero`) is reported as a problem of that file instead of exhausting the memory.
/// Stated in the README (“Where the data lives”).
public enum FileLimits {
  /// One line of a case log: 1 MiB (an event is a few hundred bytes).
  public static let logLine = 1 << 20
  /// One case log: 64 MiB (a busy case has a few hundred events).
  public static let log = 64 << 20
  /// `config.toml`, `playbook.toml`, a theme file, `people/<id>.toml`, `FORMAT`: 1 MiB each.
  public static let settings = 1 << 20
  /// `.summaries.cache`, a template and any other file the store reads: 64 MiB.
  public static let other = 64 << 20

  /// The bytes of the regular file at `path`, read without blocking (a FIFO or a device is
  /// refused, never opened for reading), without following a symbolic link in its last
  /// component, and at most `limit` bytes; nil when it does not exist.
  ///
  /// - Throws: ``StoreError`` (`.notARegularFile`, `.symbolicLink`, `.tooLarge`, `.io`).
  public static func read(_ path: String, limit: Int) throws -> [UInt8]? {
    try POSIXFile.readFile(path, limit: limit)
  }
}
