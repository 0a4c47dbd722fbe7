extension DataDirectory {
  /// What a `FORMAT` file's line says: this version's format, a newer one (a well-formed
  /// `ardoise-store N` with N above this version's), or nothing ardoise ever wrote (garbage, an
  /// empty file, `ardoise-store 0`, a number with a sign or leading zeros): damaged.
  public enum FormatReading: Sendable, Equatable {
    case current
    case newer(Int)
    case damaged
  }

  /// The format this version reads and writes, as `FORMAT` states it.
  static let formatVersion = 1

  /// Reads `line`, the `FORMAT` file's text without its surrounding white space.
  public static func formatReading(_ line: String) -> FormatReading {
    let prefix = "ardoise-store "
    guard line.hasPrefix(prefix) else { return .damaged }
    let number = line.dropFirst(prefix.count)
    guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }), number.first != "0",
      let version = Int(number)
    else { return .damaged }
    if version == formatVersion { return .current }
    return version > formatVersion ? .newer(version) : .damaged
  }
}
