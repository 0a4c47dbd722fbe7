/// What a running screen compares to notice that `config.toml` changed on disk: the file's
/// identity, size and modification time (a rename over it, as `ardoise config set` and most
/// editors do, changes the inode).
public struct ConfigFileStamp: Sendable, Equatable {
  let status: POSIXFile.Status?
}

extension Config {
  /// The stamp of `config.toml` in `directory` now; two equal stamps mean the file did not change.
  public static func fileStamp(in directory: DataDirectory) -> ConfigFileStamp {
    ConfigFileStamp(status: POSIXFile.status(directory.configPath))
  }
}
