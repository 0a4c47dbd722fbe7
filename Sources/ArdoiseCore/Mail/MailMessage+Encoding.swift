import Foundation

/// The encodings an email needs, per RFC 2045 (quoted-printable, base64), RFC 2047 (non-ASCII
/// words in headers) and RFC 5322 (dates, folding). Pure functions, tested on their own.
extension MailMessage {
  /// The longest an encoded-word may be (RFC 2047 §2).
  static let encodedWordLimit = 75
  /// The longest a header or body line should be, without its line break (RFC 5322 §2.1.1, RFC 2045 §6.7).
  static let lineLimit = 76

  /// `text` as a header value's words: ASCII words as they are, each run of consecutive words
  /// holding non-ASCII (or anything an encoded-word could be mistaken for) as RFC 2047 Q
  /// encoded-words of at most 75 characters. A run is encoded whole, its spaces inside, because
  /// the space between two encoded-words is dropped when decoding.
  static func encodedHeaderWords(_ text: String) -> [String] {
    var output: [String] = []
    var run: [String] = []
    func needsEncoding(_ word: Substring) -> Bool {
      word.unicodeScalars.contains { $0.value > 126 || $0.value < 32 } || word.contains("=?") || word.contains("?=")
    }
    func flush() {
      guard !run.isEmpty else { return }
      output += encodedWords(run.joined(separator: " "))
      run = []
    }
    for word in text.split(separator: " ") {
      if needsEncoding(word) {
        run.append(String(word))
      } else {
        flush()
        output.append(String(word))
      }
    }
    flush()
    return output
  }

  /// `text` as one or more `=?UTF-8?Q?…?=` words, each at most 75 characters.
  static func encodedWords(_ text: String) -> [String] {
    let prefix = "=?UTF-8?Q?"
    let suffix = "?="
    let room = encodedWordLimit - prefix.count - suffix.count
    var words: [String] = []
    var current = ""
    for character in text {
      let encoded = qEncoded(character)
      if current.count + encoded.count > room {
        words.append(prefix + current + suffix)
        current = ""
      }
      current += encoded
    }
    if !current.isEmpty || words.isEmpty { words.append(prefix + current + suffix) }
    return words
  }

  /// One character in RFC 2047 Q encoding, restricted to what is safe in every header (§5 (3)):
  /// letters, digits and `!*+-/` as they are, a space as `_`, everything else as `=XX` bytes.
  static func qEncoded(_ character: Character) -> String {
    if character == " " { return "_" }
    if character.isASCII, let scalar = character.unicodeScalars.first,
      (scalar.properties.isAlphabetic || ("0"..."9").contains(character) || "!*+-/".contains(character))
    {
      return String(character)
    }
    return String(character).utf8.map { hexByte($0) }.joined()
  }

  static func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }

  /// `Name: value`, folded at spaces so that no line passes 76 characters where it can be
  /// avoided (RFC 5322 §2.2.3: a continuation line starts with a space).
  static func foldedHeader(_ name: String, words: [String]) -> String {
    var lines: [String] = []
    var current = name + ":"
    for word in words {
      if current.count + 1 + word.count > lineLimit && current.count > name.count + 1 {
        lines.append(current)
        current = ""
      }
      current += " " + word
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// A header whose value may hold non-ASCII text: encoded and folded.
  static func textHeader(_ name: String, _ value: String) -> String {
    foldedHeader(name, words: encodedHeaderWords(value))
  }

  /// `text` in quoted-printable (RFC 2045 §6.7): UTF-8 bytes, `=` and non-ASCII as `=XX`, a space
  /// or tab before a line break encoded, lines of at most 76 characters with soft breaks (`=`)
  /// that never split an `=XX`; a line starting with `From ` or `.` encodes its first character so
  /// that no mailbox or SMTP server alters it. Line breaks become `\n`.
  static func quotedPrintable(_ text: String) -> String {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    var output: [String] = []
    for line in lines {
      let bytes = Array(line.utf8)
      var tokens: [String] = []
      for (index, byte) in bytes.enumerated() {
        let isLast = index == bytes.count - 1
        let isFirst = index == 0
        let startsFrom = isFirst && (line.hasPrefix("From ") || line.hasPrefix("."))
        if byte == UInt8(ascii: "=") || byte > 126 || (byte < 32 && byte != 9) || startsFrom {
          tokens.append(hexByte(byte))
        } else if (byte == 32 || byte == 9) && isLast {
          tokens.append(hexByte(byte))
        } else {
          tokens.append(String(UnicodeScalar(byte)))
        }
      }
      var current = ""
      for token in tokens {
        if current.count + token.count > lineLimit - 1 {
          output.append(current + "=")
          current = ""
        }
        current += token
      }
      output.append(current)
    }
    return output.joined(separator: "\n")
  }

  /// `bytes` in base64, lines of 76 characters (RFC 2045 §6.8).
  static func base64Lines(_ bytes: [UInt8]) -> String {
    let encoded = Data(bytes).base64EncodedString()
    var lines: [Substring] = []
    var start = encoded.startIndex
    while start < encoded.endIndex {
      let end = encoded.index(start, offsetBy: lineLimit, limitedBy: encoded.endIndex) ?? encoded.endIndex
      lines.append(encoded[start..<end])
      start = end
    }
    return lines.joined(separator: "\n")
  }

  /// `Mon, 30 Nov 2026 07:05:09 +0100` (RFC 5322 §3.3), in `timeZone`, English names whatever the locale.
  static func rfc5322Date(_ date: Date, timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let offset = timeZone.secondsFromGMT(for: date) / 60
    let sign = offset < 0 ? "-" : "+"
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    let zone = sign + two(abs(offset) / 60) + two(abs(offset) % 60)
    return "\(days[(parts.weekday ?? 1) - 1]), \(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
      + "\(two(parts.hour ?? 0)):\(two(parts.minute ?? 0)):\(two(parts.second ?? 0)) \(zone)"
  }
}
