/// Writing a file that may hold personal data outside the data directory (`export --out`).
public enum PrivateFile {
  /// Replaces `path` with `bytes`: a temp file created 0600 from its first byte, fsynced, renamed
  /// over `path`, the folder fsynced. On failure nothing is left and `path` is untouched.
  /// - Throws: ``StoreError``.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    try POSIXFile.replace(path, with: bytes)
  }
}
