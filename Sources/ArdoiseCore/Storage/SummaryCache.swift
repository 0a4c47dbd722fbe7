/// The derived cache of case summaries, `.summaries.cache` in the data directory: one line per
/// case with the identity of its log (device, inode, size, modification time) when the summary
/// was made. A summary is used only while its log is byte-for-byte the same file; anything
/// unreadable is simply a miss. Never the truth, never shared (git-ignored), safe to delete.
struct SummaryCache {
  static let header = "ardoise-summaries 1"
  static let fileName = ".summaries.cache"

  struct Entry {
    var status: POSIXFile.Status
    var lineCount: Int
    var summary: IncidentSummary
  }

  var entries: [IncidentID: Entry] = [:]

  static func path(in directory: DataDirectory) -> String { directory.path + "/" + fileName }

  /// Reads the cache; a missing or unreadable file is an empty cache. Lines are parsed on every
  /// core.
  static func read(from directory: DataDirectory) -> SummaryCache {
    var cache = SummaryCache()
    guard let bytes = try? POSIXFile.readFile(path(in: directory)) else { return cache }
    var lines: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      lines.append(start..<end)
      start = end + 1
    }
    guard let first = lines.first, String(decoding: bytes[first], as: UTF8.self) == header else { return cache }
    let body = Array(lines.dropFirst())
    let chunkCount = min(8, max(1, body.count / 512))
    let chunks = (0..<chunkCount).map { index in
      body[(body.count * index / chunkCount)..<(body.count * (index + 1) / chunkCount)]
    }
    let parsed = ParallelMap.map(chunks, minimumCount: 2) { chunk in
      bytes.withUnsafeBufferPointer { buffer in chunk.compactMap { parse(UnsafeBufferPointer(rebasing: buffer[$0])) } }
    }
    cache.entries.reserveCapacity(body.count)
    for entries in parsed {
      for entry in entries { cache.entries[entry.summary.id] = entry }
    }
    return cache
  }

  /// Writes the cache through a temp file and a rename; failures are ignored (it is only a cache).
  func write(to directory: DataDirectory) {
    var output = SummaryCache.header + "\n"
    output.reserveCapacity(entries.count * 200)
    for id in entries.keys.sorted() {
      guard let entry = entries[id] else { continue }
      output += SummaryCache.line(entry) + "\n"
    }
    try? POSIXFile.replace(SummaryCache.path(in: directory), with: Array(output.utf8))
  }

  // MARK: - Line format

  private static func line(_ entry: Entry) -> String {
    let s = entry.summary
    let fields: [String] = [
      s.id.rawValue, String(entry.status.device), String(entry.status.inode), String(entry.status.size), String(entry.status.modified),
      String(entry.lineCount), s.occurredAt.iso8601, s.amount.decimalString, s.currency.code, s.paid.decimalString,
      optional(s.table), optional(s.covers.map(String.init)), optional(s.server), optional(s.bill), optional(s.summary),
      optional(s.customerDescription), s.status.rawValue, optional(s.resolution?.rawValue), optional(s.followUp?.description),
      s.settledSteps.sorted { $0.key < $1.key }.map { $0.key.rawValue + "=" + $0.value.rawValue }.joined(separator: ","),
      optional(s.suggestedNext?.rawValue), s.hasIdentifiedCustomer ? "1" : "0", s.isPurged ? "1" : "0", String(s.eventCount),
      optional(s.lastPaymentDay?.description),
      s.paidByStep.sorted { $0.key < $1.key }.map { $0.key.rawValue + "=" + $0.value.decimalString }.joined(separator: ","),
      s.paymentsByStep.sorted { $0.key < $1.key }.map { $0.key.rawValue + "=" + String($0.value) }.joined(separator: ","),
    ]
    return fields.map(escape).joined(separator: "\t")
  }

  private static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Entry? {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(27)
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == 0x09 {
      ranges.append(start..<index)
      start = index + 1
    }
    guard ranges.count == 27 else { return nil }
    /// A decimal number read straight from the bytes (the identity fields are plain digits).
    func number(_ index: Int) -> Int64? {
      let range = ranges[index]
      guard !range.isEmpty, range.count <= 19 else { return nil }
      var value: Int64 = 0
      for position in range {
        let digit = line[position] &- 0x30
        guard digit <= 9 else { return nil }
        value = value &* 10 &+ Int64(digit)
      }
      return value
    }
    func text(_ index: Int) -> String { unescape(UnsafeBufferPointer(rebasing: line[ranges[index]])) }
    var fields = [String](repeating: "", count: 27)
    for index in [0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26] { fields[index] = text(index) }
    guard IncidentID.isWellFormed(fields[0]),
      let device = number(1).map(UInt64.init), let inode = number(2).map(UInt64.init), let size = number(3).map(Int.init),
      let modified = number(4), let lineCount = number(5).map(Int.init),
      let occurredAt = Timestamp.parseCanonical(fields[6]) ?? Timestamp.parseISOWithOffset(fields[6]),
      let currency = Currency(isoCode: fields[8]), let amount = Money(decimalString: fields[7], currency: currency),
      let paid = Money(decimalString: fields[9], currency: currency), let status = IncidentStatus(rawValue: fields[16]),
      let eventCount = number(23).map(Int.init)
    else { return nil }
    func value(_ index: Int) -> String? { fields[index].hasPrefix("=") ? String(fields[index].dropFirst()) : nil }
    var settled: [StepID: StepStatus] = [:]
    for (key, text) in pairs(fields[19]) {
      guard let stepStatus = StepStatus(rawValue: text) else { return nil }
      settled[StepID(key)] = stepStatus
    }
    var paidByStep: [StepID: Money] = [:]
    for (key, text) in pairs(fields[25]) {
      guard let money = Money(decimalString: text, currency: currency) else { return nil }
      paidByStep[StepID(key)] = money
    }
    var paymentsByStep: [StepID: Int] = [:]
    for (key, text) in pairs(fields[26]) {
      guard let count = Int(text) else { return nil }
      paymentsByStep[StepID(key)] = count
    }
    let resolution = value(17).flatMap(Resolution.init(rawValue:))
    let summary = IncidentSummary(
      id: IncidentID(rawValue: fields[0]), occurredAt: occurredAt, amount: amount, paid: paid, table: value(10),
      covers: value(11).flatMap { Int($0) }, server: value(12), bill: value(13), summary: value(14), customerDescription: value(15),
      status: status, resolution: resolution, followUp: value(18).flatMap(CalendarDay.init(iso:)), settledSteps: settled,
      suggestedNext: value(20).map { StepID($0) }, hasIdentifiedCustomer: fields[21] == "1", isPurged: fields[22] == "1",
      eventCount: eventCount, lastPaymentDay: value(24).flatMap(CalendarDay.init(iso:)), paidByStep: paidByStep,
      paymentsByStep: paymentsByStep)
    return Entry(status: POSIXFile.Status(device: device, inode: inode, size: size, modified: modified, mode: 0),
                 lineCount: lineCount, summary: summary)
  }

  private static func optional(_ text: String?) -> String { text.map { "=" + $0 } ?? "" }

  /// `a=1,b=2` as key–value pairs, split on the bytes.
  private static func pairs(_ text: String) -> [(String, String)] {
    guard !text.isEmpty else { return [] }
    var result: [(String, String)] = []
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x2C {
        let item = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if let equals = item.firstIndex(of: 0x3D) {
          result.append((String(decoding: UnsafeBufferPointer(rebasing: item[..<equals]), as: UTF8.self),
                         String(decoding: UnsafeBufferPointer(rebasing: item[(equals + 1)...]), as: UTF8.self)))
        }
        start = index + 1
      }
    }
    return result
  }

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

  private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
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
