import ArdoiseCore

/// A theme file that cannot be used, with where and why; the line is that of the key concerned
/// (see ``Theme/init(toml:file:)``).
public typealias ThemeFileError = FileLineError
