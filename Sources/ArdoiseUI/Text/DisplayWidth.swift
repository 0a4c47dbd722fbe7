import ArdoiseCore

/// Display width of text in terminal columns, the same measure for layout and for the grid.
///
/// Zero for combining marks and other zero-width scalars, two for East Asian wide and fullwidth
/// characters and for emoji presentation, one otherwise. Control, bidirectional and invisible
/// characters never reach here: `String.inert` (ArdoiseCore) replaces them first.
extension Unicode.Scalar {
  public var displayWidth: Int {
    let v = value
    if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }
    if isZeroWidth(v) { return 0 }
    if isWide(v) { return 2 }
    return 1
  }
}

private func isZeroWidth(_ v: UInt32) -> Bool {
  switch v {
  case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
    0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
    0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F,
    0xFE20...0xFE2F, 0xFEFF, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF:
    return true
  default:
    return false
  }
}

private func isWide(_ v: UInt32) -> Bool {
  switch v {
  case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
    0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
    0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
    0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
    0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
    0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B,
    0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335,
    0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
    0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
    0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
    0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
    0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
    return true
  default:
    return false
  }
}

extension Character {
  /// Columns this grapheme takes: the width of its first non-zero-width scalar, at most 2.
  public var displayWidth: Int {
    var width = 0
    for scalar in unicodeScalars {
      if scalar.value == 0xFE0F && width == 1 { return 2 }  // emoji presentation selector
      if width == 0 { width = scalar.displayWidth }
    }
    return min(width, 2)
  }
}

extension StringProtocol {
  /// Columns the text takes in a terminal.
  public var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}

extension String {
  /// Columns the text takes in a terminal; printable ASCII (most of what a list shows) is
  /// counted from its bytes, anything else grapheme by grapheme.
  public var displayWidth: Int {
    var count = 0
    for byte in utf8 {
      guard byte >= 0x20 && byte < 0x7F else { return reduce(0) { $0 + $1.displayWidth } }
      count += 1
    }
    return count
  }
}

extension String {
  /// The longest prefix that fits in `width` columns; with `ellipsis`, a cut text ends in `…`,
  /// right after its last word (`Contact the…`, not `Contact the …`): spaces, no-break spaces
  /// (U+00A0) and narrow no-break spaces (U+202F, French before `:`) before the cut are dropped.
  public func clipped(toWidth width: Int, ellipsis: Bool = false) -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    var result = ""
    var used = 0
    let limit = ellipsis ? width - 1 : width
    for character in self {
      let w = character.displayWidth
      if used + w > limit { break }
      result.append(character)
      used += w
    }
    guard ellipsis else { return result }
    while let last = result.last, last == " " || last == "\u{A0}" || last == "\u{202F}" { result.removeLast() }
    return result + "…"
  }

  /// The text clipped or padded with spaces to exactly `width` columns.
  public func padded(toWidth width: Int, ellipsis: Bool = true) -> String {
    let clipped = clipped(toWidth: width, ellipsis: ellipsis)
    let missing = width - clipped.displayWidth
    return missing > 0 ? clipped + String(repeating: " ", count: missing) : clipped
  }

  /// The text right-aligned in `width` columns.
  public func leftPadded(toWidth width: Int) -> String {
    let clipped = clipped(toWidth: width, ellipsis: true)
    let missing = width - clipped.displayWidth
    return missing > 0 ? String(repeating: " ", count: missing) + clipped : clipped
  }
}
