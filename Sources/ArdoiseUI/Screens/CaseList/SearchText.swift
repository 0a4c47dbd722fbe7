#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text as the case list's filter compares it: folded to lower case and without accents, kept as
/// UTF-8 bytes and searched with `memchr` and `memcmp`. A hundred thousand cases are filtered on
/// every letter typed; `String`'s own `lowercased()` and `contains` (through NSString, in UTF-16)
/// were most of that time.
///
/// Folding is the same for the text searched and the words typed, so they always agree: ASCII
/// and the letters French needs are folded byte by byte (É, é, È, Ê → e; À → a; Ç → c; Œ → œ),
/// and punctuation such as the narrow no-break space, dashes and `€` passes as it is; any other
/// text goes through `lowercased()` first.
struct SearchText: Sendable, Equatable {
  let bytes: [UInt8]

  init(_ text: String) {
    // Other scripts are lowered by `lowercased()`, then their Latin letters folded as above.
    bytes = Self.folded(Array(text.utf8), keepingUnknown: false) ?? Self.folded(Array(text.lowercased().utf8), keepingUnknown: true) ?? []
  }

  /// Whether `word` occurs in the text (an empty word always does).
  func contains(_ word: SearchText) -> Bool {
    bytes.withUnsafeBufferPointer { Self.occurs(word.bytes, in: $0) }
  }

  /// Whether `needle` occurs in `haystack` (an empty needle always does): `memchr` to each place
  /// its first byte occurs, `memcmp` for the rest.
  static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
    return needle.withUnsafeBufferPointer { pattern in
      guard let first = pattern.baseAddress else { return false }
      let last = haystack.count - pattern.count
      var start = 0
      while start <= last {
        guard let found = memchr(base + start, Int32(first[0]), last - start + 1) else { return false }
        let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        if memcmp(base + position, first, pattern.count) == 0 { return true }
        start = position + 1
      }
      return false
    }
  }

  /// The lower-case, unaccented form of each Latin-1 letter U+00C0–U+00FF (second byte after
  /// C3), or 0 to keep the lower-case letter as it is (æ, ð, ø, þ, ß) or the sign (×, ÷).
  private static let latin1Base: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 64)
    for (letters, base) in [("àáâãäå", "a"), ("ç", "c"), ("èéêë", "e"), ("ìíîï", "i"), ("ñ", "n"), ("òóôõö", "o"),
                            ("ùúûü", "u"), ("ýÿ", "y")] {
      for scalar in letters.unicodeScalars {
        table[Int(scalar.value - 0xE0) + 0x20] = base.utf8.first ?? 0
        table[Int(scalar.value - 0xE0)] = base.utf8.first ?? 0  // its capital, 0x20 lower
      }
    }
    table[0x1F] = 0  // U+00DF ß has no capital here
    table[0x3F] = UInt8(ascii: "y")  // ÿ (its capital Ÿ is not Latin-1)
    return table
  }()

  /// `bytes` folded: ASCII capitals lowered, Latin-1 and Œ capitals lowered, accented Latin-1
  /// letters to their base letter. A character it does not know is kept as it is when
  /// `keepingUnknown`, else the answer is nil.
  private static func folded(_ bytes: [UInt8], keepingUnknown: Bool) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        output.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        index += 1
      } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0xBF {
        // U+00C0–U+00FF are C3 80–C3 BF; capitals U+00C0–U+00DE are 0x20 below their lower case
        // (but × is U+00D7, ß U+00DF and ÷ U+00F7).
        let next = bytes[index + 1]
        let base = latin1Base[Int(next - 0x80)]
        if base != 0 {
          output.append(base)
        } else {
          output.append(byte)
          output.append(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next)
        }
        index += 2
      } else if byte == 0xC2, index + 1 < bytes.count {
        output.append(byte)  // U+0080–U+00BF: no letters with a case
        output.append(bytes[index + 1])
        index += 2
      } else if byte == 0xC5, index + 1 < bytes.count, bytes[index + 1] == 0x92 || bytes[index + 1] == 0x93 {
        output.append(byte)  // Œ (C5 92) → œ (C5 93)
        output.append(0x93)
        index += 2
      } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x83 {
        // U+2000–U+20FF: spaces, dashes, quotes, €; none has a lower case of its own.
        output.append(contentsOf: bytes[index..<index + 3])
        index += 3
      } else if keepingUnknown {
        // The whole UTF-8 sequence: its lead byte says how long it is.
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        output.append(contentsOf: bytes[index..<min(bytes.count, index + length)])
        index += length
      } else {
        return nil
      }
    }
    return output
  }
}
