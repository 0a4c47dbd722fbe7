#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text as the case list's filter compares it: folded to lower case, kept as UTF-8 bytes and
/// searched with `memchr` and `memcmp`. Ten thousand cases are filtered on every letter typed;
/// `String`'s own `lowercased()` and `contains` (through NSString, in UTF-16) were most of that
/// time.
///
/// Folding is the same for the text searched and the words typed, so they always agree: ASCII
/// and the letters French needs (É, À, Ç, Œ…) are folded byte by byte, and punctuation such as
/// the narrow no-break space, dashes and `€` passes as it is; any other text goes through
/// `lowercased()`.
struct SearchText: Sendable, Equatable {
  let bytes: [UInt8]

  init(_ text: String) {
    var bytes = Array(text.utf8)
    if !Self.foldLatin1(&bytes) { bytes = Array(text.lowercased().utf8) }
    self.bytes = bytes
  }

  /// Whether `word` occurs in the text (an empty word always does).
  func contains(_ word: SearchText) -> Bool {
    guard !word.bytes.isEmpty else { return true }
    guard word.bytes.count <= bytes.count else { return false }
    return bytes.withUnsafeBufferPointer { haystack in
      word.bytes.withUnsafeBufferPointer { needle in
        // memchr to each place the first byte occurs, memcmp for the rest.
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return false }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
          guard let found = memchr(base + start, Int32(pattern[0]), last - start + 1) else { return false }
          let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
          if memcmp(base + position, pattern, needle.count) == 0 { return true }
          start = position + 1
        }
        return false
      }
    }
  }

  /// Folds ASCII, Latin-1 and Œ capitals in place; false, leaving `bytes` half done, when the
  /// text has a character it does not know.
  private static func foldLatin1(_ bytes: inout [UInt8]) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte + 0x20 }
        index += 1
      } else if byte == 0xC3, index + 1 < bytes.count {
        // U+00C0–U+00DE are C3 80–C3 9E; their lower case is 0x20 further (but × is U+00D7).
        let next = bytes[index + 1]
        if next >= 0x80 && next <= 0x9E && next != 0x97 { bytes[index + 1] = next + 0x20 }
        index += 2
      } else if byte == 0xC2, index + 1 < bytes.count {
        index += 2  // U+0080–U+00BF: no letters with a case
      } else if byte == 0xC5, index + 1 < bytes.count, bytes[index + 1] == 0x92 || bytes[index + 1] == 0x93 {
        bytes[index + 1] = 0x93  // Œ (C5 92) → œ (C5 93)
        index += 2
      } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x83 {
        index += 3  // U+2000–U+20FF: spaces, dashes, quotes, €; none has a lower case of its own
      } else {
        return false
      }
    }
    return true
  }
}
