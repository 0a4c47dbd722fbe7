/// The TOML reader of every file ardoise reads as TOML: `config.toml`, `playbook.toml`, theme
/// files, `people/*.toml` and `groups.toml`.
///
/// Why it is written here rather than taken from a package: ardoise used TOMLKit 0.6.0, which
/// wraps the C++ library toml++. toml++ asserts on malformed input instead of reporting it, and a
/// failed assertion aborts the whole process: fuzzing found four such shapes (a character outside
/// ASCII where a key is expected, `[été]`; a control character there, `[\u{12}]`; a header
/// without a key, `[# x]`; a brace closing an array, `a = [1, }`), each a file that stopped every
/// command, `check` included, and TOMLKit gives no way to turn the assertions off. This reader
/// never traps: every problem is a ``TOMLParseError`` with its line, column and a short reason in
/// both languages.
///
/// It reads TOML 1.0: tables, dotted keys, arrays of tables, inline tables, arrays, basic,
/// literal and multi-line strings with escapes, integers (decimal, hexadecimal, octal, binary,
/// underscores), floats (`inf`, `nan`), booleans, offset and local date-times, local dates and
/// times; a duplicate key or a table defined twice is an error.
///
/// Limits, so that no file can exhaust the stack or the memory: ``maximumBytes`` of text and
/// ``maximumDepth`` levels of nesting (tables, arrays and dotted-key parts together).
///
/// Speed, measured against TOMLKit 0.6.0 before it was removed (release builds, one bench
/// executable parsing each file with both, median of 200 parses after 20 warm-ups, on the shared
/// 2-core build machine, so a few microseconds of noise):
///
/// | file                                   | this reader | TOMLKit |
/// |----------------------------------------|-------------|---------|
/// | a full `config.toml` (489 bytes)       | 18.7 µs     | 14.1 µs |
/// | `playbook.toml`, the example (3.7 kB)  | 30.4 µs     | 63.4 µs |
/// | `Themes/default.toml` (1.8 kB)         | 45.8 µs     | 43.8 µs |
///
/// Both are far below what a person notices; each file is read once per command or screen.
public enum TOMLDocument {
  /// 1 MiB, the largest settings file ardoise reads (``FileLimits/settings``).
  public static let maximumBytes = 1 << 20
  /// 32 levels of nesting: ardoise's own files use at most 4.
  public static let maximumDepth = 32

  /// The document's root table.
  ///
  /// - Throws: ``TOMLParseError`` for the first problem, with its line and column.
  public static func parse(_ text: String) throws(TOMLParseError) -> TOMLTable {
    guard text.utf8.count <= maximumBytes else {
      throw TOMLParseError(line: 1, column: 1, reason: LocalizedText("fichier de plus de 1\u{00A0}Mio", "file over 1 MiB"))
    }
    var parser = TOMLParser(text, maximumDepth: maximumDepth)
    return try parser.parseDocument()
  }
}
