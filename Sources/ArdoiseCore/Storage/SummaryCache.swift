/// The derived cache of case summaries, `.summaries.cache` in the data directory: one line per
/// case with the identity of its log (device, inode, size, modification time) when the summary
/// was made. A summary is used only while its log is byte-for-byte the same file; anything
/// unreadable is simply a miss. Never the truth, never shared (git-ignored), safe to delete.
///
/// The line is tab-separated text made for the machine rather than for people: instants as
/// seconds and offset, days as days since 1970, money in minor units, so that ten thousand lines
/// are read without making a string for anything but the texts a row shows.
struct SummaryCache {
  static let header = "ardoise-summaries 2"
  static let fileName = ".summaries.cache"
  static let fieldCount = 26

  struct Entry {
    var status: POSIXFile.Status
    var lineCount: Int
    var summary: Boxed<IncidentSummary>
  }

  var entries: [IncidentID: Entry] = [:]

  static func path(in directory: DataDirectory) -> String { directory.path + "/" + fileName }

  /// Reads the cache; a missing or unreadable file, or one of another version, is an empty
  /// cache. Lines are parsed on every core.
  static func read(from directory: DataDirectory) -> SummaryCache {
    var cache = SummaryCache()
    guard let bytes = try? POSIXFile.readFile(path(in: directory)) else { return cache }
    let headerBytes = Array((header + "\n").utf8)
    guard bytes.count >= headerBytes.count, bytes[0..<headerBytes.count].elementsEqual(headerBytes) else { return cache }
    // Cut the body into chunks at line ends; each chunk is parsed on its own core.
    let chunkCount = min(8, max(1, bytes.count / (256 * 1024)))
    var bounds = [headerBytes.count]
    for index in 1..<chunkCount {
      var cut = max(bounds[bounds.count - 1], bytes.count * index / chunkCount)
      while cut < bytes.count && bytes[cut - 1] != 0x0A { cut += 1 }
      bounds.append(cut)
    }
    bounds.append(bytes.count)
    let parsed = ParallelMap.map(Array(0..<chunkCount), minimumCount: 2) { [bounds] chunk in
      bytes.withUnsafeBufferPointer { buffer in
        parseLines(UnsafeBufferPointer(rebasing: buffer[bounds[chunk]..<bounds[chunk + 1]]))
      }
    }
    cache.entries.reserveCapacity(parsed.reduce(0) { $0 + $1.count })
    for entries in parsed {
      for entry in entries { cache.entries[entry.summary.value.id] = entry }
    }
    return cache
  }

  /// Writes the cache through a temp file and a rename; failures are ignored (it is only a cache).
  func write(to directory: DataDirectory) {
    var output = SummaryCache.header + "\n"
    output.reserveCapacity(entries.count * 200)
    for id in entries.keys.sorted() {
      guard let entry = entries[id], let line = SummaryCache.line(entry) else { continue }
      output += line
      output += "\n"
    }
    try? POSIXFile.replace(SummaryCache.path(in: directory), with: Array(output.utf8))
  }

  // MARK: - Line format

  /// The line for `entry`, or nil when it cannot be written unambiguously (a step id of a custom
  /// playbook with a separator in it): that case is then simply read from its log.
  static func line(_ entry: Entry) -> String? {
    let s = entry.summary.value
    let separators: Set<Character> = [",", "=", ":", "\t", "\n", "\r", "\\"]
    guard s.steps.allSatisfy({ !$0.step.rawValue.contains(where: separators.contains) }),
      !(s.suggestedNext?.rawValue.contains(where: { $0 == "\t" || $0 == "\n" }) ?? false)
    else { return nil }
    let fields: [String] = [
      s.id.rawValue, String(Int64(bitPattern: entry.status.device)), String(Int64(bitPattern: entry.status.inode)), String(entry.status.size),
      String(entry.status.modified), String(entry.lineCount),
      String(s.occurredAt.secondsSince1970), String(s.occurredAt.offsetSeconds),
      s.currency.code, String(s.amount.minorUnits), String(s.paid.minorUnits),
      optional(s.table), s.covers.map(String.init) ?? "", optional(s.server), optional(s.bill), optional(s.summary),
      optional(s.customerDescription), s.status.rawValue, optional(s.resolution?.rawValue),
      s.followUp.map { String($0.daysSince1970) } ?? "",
      s.steps.map { "\($0.step.rawValue)=\($0.status.rawValue):\($0.paid.minorUnits):\($0.paymentCount)" }.joined(separator: ","),
      optional(s.suggestedNext?.rawValue), s.hasIdentifiedCustomer ? "1" : "0", s.isPurged ? "1" : "0", String(s.eventCount),
      s.lastPaymentDay.map { String($0.daysSince1970) } ?? "",
    ]
    return fields.map(escape).joined(separator: "\t")
  }

  /// Every well-formed line of `bytes`; a malformed line is skipped (its case is read from its log).
  static func parseLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Entry] {
    var entries: [Entry] = []
    entries.reserveCapacity(bytes.count / 160)
    withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: fieldCount) { ranges in
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if let entry = parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), ranges: ranges) { entries.append(entry) }
        start = end + 1
      }
    }
    return entries
  }

  /// One line; `ranges` is scratch space for the field bounds.
  static func parse(_ line: UnsafeBufferPointer<UInt8>, ranges: UnsafeMutableBufferPointer<Range<Int>>) -> Entry? {
    var fieldCount = 0
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == 0x09 {
      guard fieldCount < SummaryCache.fieldCount else { return nil }
      ranges[fieldCount] = start..<index
      fieldCount += 1
      start = index + 1
    }
    guard fieldCount == SummaryCache.fieldCount else { return nil }
    let field = FieldBytes(line: line, ranges: ranges)
    guard let id = field.text(0).map(IncidentID.init(rawValue:)), IncidentID.isWellFormed(id.rawValue),
      let device = field.integer(1), let inode = field.integer(2), let size = field.integer(3), let modified = field.integer(4),
      let lineCount = field.integer(5), let seconds = field.integer(6), let offset = field.integer(7).flatMap(Int32.init(exactly:)),
      let currency = field.text(8).flatMap(Currency.init(isoCode:)), let amount = field.integer(9), let paid = field.integer(10),
      let covers = field.optionalInteger(12), let status = field.text(17).flatMap(IncidentStatus.init(rawValue:)),
      let followUp = field.optionalInteger(19), let steps = field.steps(20, currency: currency),
      let eventCount = field.integer(24), let lastPaymentDay = field.optionalInteger(25),
      let identified = field.flag(22), let purged = field.flag(23),
      [11, 13, 14, 15, 16, 18, 21].allSatisfy(field.isOptionalText)
    else { return nil }
    var resolution: Resolution?
    if let text = field.optionalText(18) {
      guard let known = Resolution(rawValue: text) else { return nil }
      resolution = known
    }
    let summary = IncidentSummary(
      id: id, occurredAt: Timestamp(secondsSince1970: seconds, offsetSeconds: offset),
      amount: Money(minorUnits: amount, currency: currency), paid: Money(minorUnits: paid, currency: currency),
      table: field.optionalText(11), covers: covers.map { Int($0) }, server: field.optionalText(13), bill: field.optionalText(14),
      summary: field.optionalText(15), customerDescription: field.optionalText(16), status: status, resolution: resolution,
      followUp: followUp.map { CalendarDay(daysSince1970: Int($0)) }, steps: steps,
      suggestedNext: field.optionalText(21).map(StepID.init(rawValue:)), hasIdentifiedCustomer: identified, isPurged: purged,
      eventCount: Int(eventCount), lastPaymentDay: lastPaymentDay.map { CalendarDay(daysSince1970: Int($0)) })
    return Entry(status: POSIXFile.Status(device: UInt64(bitPattern: device), inode: UInt64(bitPattern: inode), size: Int(size),
                                          modified: modified, mode: 0),
                 lineCount: Int(lineCount), summary: Boxed(summary))
  }

  private static func optional(_ text: String?) -> String { text.map { "=" + $0 } ?? "" }

  private static func escape(_ text: String) -> String {
    guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return text }
    var output = ""
    for character in text {
      switch character {
      case "\t": output += "\\t"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\\": output += "\\\\"
      default: output.append(character)
      }
    }
    return output
  }
}

/// The fields of one cache line, read straight from its bytes.
private struct FieldBytes {
  let line: UnsafeBufferPointer<UInt8>
  let ranges: UnsafeMutableBufferPointer<Range<Int>>

  func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[ranges[index]]) }

  /// A decimal integer with an optional minus sign; nil when empty, malformed or out of range.
  func integer(_ index: Int) -> Int64? { FlatJSON.integer(bytes(index)) }

  /// An integer, or nil for an empty field: `.some(nil)`; nil when malformed.
  func optionalInteger(_ index: Int) -> Int64?? {
    if ranges[index].isEmpty { return .some(nil) }
    guard let value = integer(index) else { return nil }
    return .some(value)
  }

  func flag(_ index: Int) -> Bool? {
    let field = bytes(index)
    guard field.count == 1, field[0] == 0x30 || field[0] == 0x31 else { return nil }
    return field[0] == 0x31
  }

  /// The text of a mandatory field, unescaped.
  func text(_ index: Int) -> String? { ranges[index].isEmpty ? nil : Self.unescape(bytes(index)) }

  /// Whether the field is empty or `=` then a text.
  func isOptionalText(_ index: Int) -> Bool { ranges[index].isEmpty || line[ranges[index].lowerBound] == 0x3D }

  /// An optional text: empty for none, `=` then the text otherwise.
  func optionalText(_ index: Int) -> String? {
    let field = bytes(index)
    guard field.first == 0x3D else { return nil }
    return Self.unescape(UnsafeBufferPointer(rebasing: field[1...]))
  }

  /// `step=status:paid:count,…`; nil when malformed.
  func steps(_ index: Int, currency: Currency) -> [StepTally]? {
    let field = bytes(index)
    var tallies: [StepTally] = []
    guard !field.isEmpty else { return tallies }
    var start = 0
    for position in 0...field.count where position == field.count || field[position] == 0x2C {
      // The separators of one item: `=`, then two `:`.
      var marks = (equals: -1, first: -1, second: -1)
      for cursor in start..<position {
        switch field[cursor] {
        case 0x3D where marks.equals < 0: marks.equals = cursor
        case 0x3A where marks.equals >= 0 && marks.first < 0: marks.first = cursor
        case 0x3A where marks.first >= 0 && marks.second < 0: marks.second = cursor
        case 0x3A where marks.second >= 0: return nil
        default: break
        }
      }
      guard marks.equals > start, marks.second > marks.first + 1, marks.first > marks.equals + 1,
        let status = StepStatus(rawValue: String(decoding: UnsafeBufferPointer(rebasing: field[(marks.equals + 1)..<marks.first]), as: UTF8.self)),
        let paid = FlatJSON.integer(UnsafeBufferPointer(rebasing: field[(marks.first + 1)..<marks.second])),
        let count = FlatJSON.integer(UnsafeBufferPointer(rebasing: field[(marks.second + 1)..<position]))
      else { return nil }
      let step = StepID(rawValue: String(decoding: UnsafeBufferPointer(rebasing: field[start..<marks.equals]), as: UTF8.self))
      tallies.append(StepTally(step: step, status: status, paid: Money(minorUnits: paid, currency: currency), paymentCount: Int(count)))
      start = position + 1
    }
    return tallies
  }

  static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.contains(0x5C) else { return String(decoding: bytes, as: UTF8.self) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var escaping = false
    for byte in bytes {
      if escaping {
        switch byte {
        case 0x74: output.append(0x09)
        case 0x6E: output.append(0x0A)
        case 0x72: output.append(0x0D)
        default: output.append(byte)
        }
        escaping = false
      } else if byte == 0x5C {
        escaping = true
      } else {
        output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
