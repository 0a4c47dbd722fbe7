#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The derived cache of case summaries, `.summaries.cache`: a snapshot of every case's entry,
/// then a journal of the entries made since, appended to the same file. A later line for a case
/// replaces an earlier one. Never the truth, never shared (git-ignored), safe to delete: anything
/// missing, unreadable or not matching its log is a miss, and that log is read.
///
/// An entry holds a case's summary, the identity of its log when the summary was made (device,
/// inode, size, modification time) and the checksum of the log's last line; it is used only while
/// both still match the log. Each entry line ends with its own CRC-32: an entry edited or damaged
/// is a miss for its case only, and so is a line cut short by a crash.
///
/// A write appends the one entry of the case it changed, under the store's lock, so that a write
/// costs what one case costs. A process that holds every case (the screen) writes a new snapshot
/// now and then, off its main thread.
///
/// The line is tab-separated text made for the machine rather than for people: instants as
/// seconds and offset, days as days since 1970, money in minor units, so that a hundred thousand
/// lines are read without making a string for anything but the texts a row shows.
struct SummaryCache {
  static let header = "ardoise-summaries 3"
  static let fileName = ".summaries.cache"
  /// Fields of a line: 26 of the summary and the log, the log's last-line checksum, the line's own.
  static let fieldCount = 28

  struct Entry {
    var status: POSIXFile.Status
    var lineCount: Int
    /// The eight hex digits ending the log's last line (its CRC-32), as packed bytes.
    var tail: UInt64
    var summary: IncidentSummary
  }

  /// The last readable entry of each case.
  var entries: DenseDictionary<IncidentID, Entry> = [:]
  /// Readable lines, superseded ones included.
  var lineCount = 0

  static func path(in directory: DataDirectory) -> String { directory.path + "/" + fileName }

  /// The entries to try for case `id`.
  func candidates(_ id: IncidentID) -> [Entry] { entries[id].map { [$0] } ?? [] }

  // MARK: - Reading

  /// Reads the cache; a missing or unreadable file, or one of another version, is an empty cache.
  /// Lines are parsed a chunk per core; a later line for a case wins.
  static func read(from directory: DataDirectory) -> SummaryCache {
    var cache = SummaryCache()
    let chunks = readLines(path(in: directory), header: header)
    cache.entries.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
    for entries in chunks {
      cache.lineCount += entries.count
      for entry in entries { cache.entries[entry.summary.id] = entry }
    }
    return cache
  }

  /// The first of `candidates` that still describes the log named `name` in the folder open as
  /// `folder`: same device, inode, size and modification time, and the same checksum on its last
  /// line (read from the file's last nine bytes). nil when none does, or the log is not a
  /// regular file.
  static func matchingEntry(_ candidates: [Entry], log name: String, in folder: Int32) -> Entry? {
    let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard let status = POSIXFile.status(descriptor: descriptor), status.mode & UInt32(S_IFMT) == UInt32(S_IFREG), status.size >= 9,
      let candidate = candidates.first(where: { $0.status.isSameFile(as: status) })
    else { return nil }
    guard tail(of: descriptor, size: status.size) == candidate.tail else { return nil }
    return candidate
  }

  /// Whether the log named `name` in the folder open as `folder` is still the file a cache entry
  /// described: a regular file with the same device, inode, size and modification time, ending
  /// with the same checksum on its last line (``matchingEntry(_:log:in:)`` for one entry).
  static func logMatches(status expected: POSIXFile.Status, tail expectedTail: UInt64, log name: String, in folder: Int32) -> Bool {
    let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard let status = POSIXFile.status(descriptor: descriptor), status.mode & UInt32(S_IFMT) == UInt32(S_IFREG), status.size >= 9,
      expected.isSameFile(as: status)
    else { return false }
    return tail(of: descriptor, size: status.size) == expectedTail
  }

  /// The checksum ending the open log of `size` bytes (its last nine bytes), packed; 0 when
  /// they cannot be read or do not end so.
  private static func tail(of descriptor: Int32, size: Int) -> UInt64 {
    var last: (UInt64, UInt64) = (0, 0)
    return withUnsafeMutableBytes(of: &last) { buffer in
      guard pread(descriptor, buffer.baseAddress, 9, off_t(size - 9)) == 9 else { return 0 }
      return tail(ofLogEndingWith: UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[0..<9]))
    }
  }

  /// A regular file's bytes, or nil (missing, not a regular file, unreadable: a miss).
  private static func readFile(_ path: String) -> [UInt8]? {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard let status = POSIXFile.status(descriptor: descriptor), status.mode & UInt32(S_IFMT) == UInt32(S_IFREG) else { return nil }
    // A failed read is a miss, as a missing cache is: every log is read instead.
    return try? POSIXFile.read(descriptor, from: 0, expectedSize: status.size, path: path)
  }

  /// The entries of the file at `path` after its header line, parsed a chunk per core.
  private static func readLines(_ path: String, header: String) -> [[Entry]] {
    guard let bytes = readFile(path) else { return [] }
    let headerBytes = Array((header + "\n").utf8)
    guard bytes.starts(with: headerBytes) else { return [] }
    // Cut the body into chunks at line ends; each chunk is parsed on its own core.
    let chunkCount = min(8, max(1, bytes.count / (256 * 1024)))
    var bounds = [headerBytes.count]
    for index in 1..<max(1, chunkCount) {
      var cut = max(bounds[bounds.count - 1], bytes.count * index / chunkCount)
      while cut < bytes.count && bytes[cut - 1] != 0x0A { cut += 1 }
      bounds.append(cut)
    }
    bounds.append(bytes.count)
    return ParallelMap.map(Array(0..<chunkCount), minimumCount: 2) { [bounds] chunk in
      bytes.withUnsafeBufferPointer { buffer in
        parseLines(UnsafeBufferPointer(rebasing: buffer[bounds[chunk]..<bounds[chunk + 1]]))
      }
    }
  }

  // MARK: - Writing

  /// Appends `entries` to the cache, creating it if needed (or starting it again if it is of
  /// another version); a torn last line left by a crash is ended first, so that it stays one
  /// unreadable line. Call under the store's lock. Not synced: a lost entry is a miss.
  ///
  /// - Returns: whether the entries were written.
  @discardableResult
  static func append(_ entries: [Entry], in directory: DataDirectory) -> Bool {
    var bytes: [UInt8] = []
    for entry in entries { appendLine(entry, to: &bytes) }
    guard !bytes.isEmpty else { return true }
    let path = path(in: directory)
    let descriptor = Glibc.open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard let status = POSIXFile.status(descriptor: descriptor), status.mode & UInt32(S_IFMT) == UInt32(S_IFREG) else { return false }
    let headerBytes = Array((header + "\n").utf8)
    var start = [UInt8](repeating: 0, count: headerBytes.count)
    let startCount = start.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, headerBytes.count, 0) }
    var size = status.size
    if startCount != headerBytes.count || start != headerBytes {
      // Empty, or written by another version: start again.
      guard ftruncate(descriptor, 0) == 0 else { return false }
      size = 0
      bytes.insert(contentsOf: headerBytes, at: 0)
    } else {
      var last: UInt8 = 0
      guard pread(descriptor, &last, 1, off_t(size - 1)) == 1 else { return false }
      if last != 0x0A { bytes.insert(0x0A, at: 0) }
    }
    do {
      try POSIXFile.writeAll(descriptor, bytes, path: path)
      return true
    } catch {
      // Leave no partial line for the next append to glue onto.
      _ = ftruncate(descriptor, off_t(size))
      return false
    }
  }

  /// Writes a snapshot of `entries` to a new temp file beside the cache, a piece at a time, and
  /// returns its path; ``install(_:in:since:)`` puts it in place. Not synced: after a power
  /// cut the snapshot may be empty or torn, which is a miss.
  static func writeTemporarySnapshot<Entries: Sequence>(_ entries: Entries, in directory: DataDirectory) throws -> String
  where Entries.Element == Entry {
    let temporary = directory.path + "/." + fileName + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
    let descriptor = try POSIXFile.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW)
    do {
      var buffer = Array((header + "\n").utf8)
      buffer.reserveCapacity(300 * 1024)
      for entry in entries {
        appendLine(entry, to: &buffer)
        if buffer.count >= 256 * 1024 {
          try POSIXFile.writeAll(descriptor, buffer, path: temporary)
          buffer.removeAll(keepingCapacity: true)
        }
      }
      try POSIXFile.writeAll(descriptor, buffer, path: temporary)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard close(descriptor) == 0 else {
      unlink(temporary)
      throw StoreError.io(operation: "close", path: temporary, code: errno)
    }
    return temporary
  }

  /// Puts the snapshot written at `temporary` in place of the cache, with the lines appended to
  /// the cache since it had `since` (its inode and size when the snapshot's entries were taken:
  /// entries journaled meanwhile, perhaps by another process). Call under the store's lock.
  static func install(_ temporary: String, in directory: DataDirectory, since: (inode: UInt64, size: Int)?) throws {
    let path = path(in: directory)
    if let since, let current = POSIXFile.status(path), current.inode == since.inode, current.size > since.size, since.size > 0,
      let bytes = readFile(path), bytes.count > since.size
    {
      var later = Array(bytes[since.size...])
      // Start at a line: a torn line would be unreadable anyway.
      if bytes[since.size - 1] != 0x0A, let end = later.firstIndex(of: 0x0A) { later.removeSubrange(...end) }
      if later.last != 0x0A, let end = later.lastIndex(of: 0x0A) { later.removeSubrange((end + 1)...) }
      if later.last == 0x0A {
        let descriptor = try POSIXFile.open(temporary, O_WRONLY | O_APPEND | O_NOFOLLOW)
        defer { close(descriptor) }
        try POSIXFile.writeAll(descriptor, later, path: temporary)
      }
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw StoreError.io(operation: "rename", path: path, code: code)
    }
  }

  // MARK: - Line format

  /// The checksum ending a log whose bytes end with `bytes` (eight hex digits, then a newline),
  /// packed for ``Entry/tail``; 0 when they do not end so.
  static func tail(ofLogEndingWith bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard bytes.count >= 9, bytes[bytes.count - 1] == 0x0A else { return 0 }
    var value: UInt64 = 0
    withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[(bytes.count - 9)..<(bytes.count - 1)])) }
    value = UInt64(littleEndian: value)
    return isHexDigits(value) ? value : 0
  }

  /// Whether the eight packed bytes are all hex digits.
  static func isHexDigits(_ packed: UInt64) -> Bool {
    withUnsafeBytes(of: packed.littleEndian) { bytes in
      bytes.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
    }
  }

  /// Whether `entry` can be written unambiguously: a step id of a custom playbook with a
  /// separator in it cannot, and that case is then simply read from its log.
  static func isWritable(_ entry: Entry) -> Bool {
    let summary = entry.summary
    let separators: Set<UInt8> = [0x2C, 0x3D, 0x3A, 0x09, 0x0A, 0x0D, 0x5C]
    guard isHexDigits(entry.tail) else { return false }
    return summary.stepTallies.allSatisfy { !$0.step.rawValue.utf8.contains(where: separators.contains) }
      && !(summary.suggestedNext?.rawValue.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) ?? false)
  }

  /// Appends the line for `entry` and its newline to `bytes`, or nothing when it cannot be written.
  static func appendLine(_ entry: Entry, to bytes: inout [UInt8]) {
    guard isWritable(entry) else { return }
    let s = entry.summary
    let start = bytes.count
    // The builder takes the buffer over while it writes (no copy of what is already in it).
    var line = LineBuilder(bytes: [])
    swap(&line.bytes, &bytes)
    defer { swap(&line.bytes, &bytes) }
    line.text(s.id.rawValue)
    line.integer(Int64(bitPattern: entry.status.device))
    line.integer(Int64(bitPattern: entry.status.inode))
    line.integer(Int64(entry.status.size))
    line.integer(entry.status.modified)
    line.integer(Int64(entry.lineCount))
    line.integer(s.occurredAt.secondsSince1970)
    line.integer(Int64(s.occurredAt.offsetSeconds))
    line.text(s.currency.code)
    line.integer(s.amount.minorUnits)
    line.integer(s.paid.minorUnits)
    line.optional(s.table)
    line.optionalInteger(s.covers.map(Int64.init))
    line.optional(s.server)
    line.optional(s.bill)
    line.optional(s.summary)
    line.optional(s.customerDescription)
    line.text(s.status.rawValue)
    line.optional(s.resolution?.rawValue)
    line.optionalInteger(s.followUp.map { Int64($0.daysSince1970) })
    line.steps(s.stepTallies)
    line.optional(s.suggestedNext?.rawValue)
    line.text(s.hasIdentifiedCustomer ? "1" : "0")
    line.text(s.isPurged ? "1" : "0")
    line.integer(Int64(s.eventCount))
    line.optionalInteger(s.lastPaymentDay.map { Int64($0.daysSince1970) })
    line.bytes.append(0x09)
    withUnsafeBytes(of: entry.tail.littleEndian) { line.bytes.append(contentsOf: $0) }
    line.bytes.append(0x09)
    let checksum = line.bytes.withUnsafeBufferPointer { CRC32.checksum(buffer: UnsafeBufferPointer(rebasing: $0[start..<($0.count - 1)])) }
    line.bytes.append(contentsOf: CRC32.hex(checksum).utf8)
    line.bytes.append(0x0A)
  }

  /// Every well-formed line of `bytes`; a malformed, damaged or unfinished line is skipped (its
  /// case is read from its log).
  static func parseLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Entry] {
    var entries: [Entry] = []
    entries.reserveCapacity(bytes.count / 200)
    var strings = StringInterner()
    withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: fieldCount) { ranges in
      var start = 0
      while start < bytes.count, let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) {
        let end = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
        if let entry = parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), ranges: ranges, strings: &strings) {
          entries.append(entry)
        }
        start = end + 1
      }
    }
    return entries
  }

  /// One line; `ranges` is scratch space for the field bounds.
  static func parse(_ line: UnsafeBufferPointer<UInt8>, ranges: UnsafeMutableBufferPointer<Range<Int>>,
                    strings: inout StringInterner) -> Entry? {
    // The line's own checksum first: an edited or damaged entry is never used.
    guard line.count > 9, line[line.count - 9] == 0x09, let stated = CRC32.value(hex: UnsafeBufferPointer(rebasing: line[(line.count - 8)...])),
      CRC32.checksum(buffer: UnsafeBufferPointer(rebasing: line[0..<(line.count - 9)])) == stated
    else { return nil }
    var fieldCount = 0
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == 0x09 {
      guard fieldCount < SummaryCache.fieldCount else { return nil }
      ranges[fieldCount] = start..<index
      fieldCount += 1
      start = index + 1
    }
    guard fieldCount == SummaryCache.fieldCount, ranges[26].count == 8 else { return nil }
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
    var tail: UInt64 = 0
    withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(field.bytes(26))) }
    tail = UInt64(littleEndian: tail)
    guard isHexDigits(tail) else { return nil }
    let facts = IncidentFacts(
      occurredAt: Timestamp(secondsSince1970: seconds, offsetSeconds: offset), amount: Money(minorUnits: amount, currency: currency),
      table: field.optionalText(11, strings: &strings), covers: covers.map { Int($0) }, server: field.optionalText(13, strings: &strings),
      bill: field.optionalText(14, strings: &strings), summary: field.optionalText(15, strings: &strings),
      customerDescription: field.optionalText(16, strings: &strings))
    let summary = IncidentSummary(
      id: id, facts: facts, paid: Money(minorUnits: paid, currency: currency), status: status, resolution: resolution,
      followUp: followUp.map { CalendarDay(daysSince1970: Int($0)) }, steps: steps,
      suggestedNext: field.optionalText(21, strings: &strings).map(StepID.init(rawValue:)), hasIdentifiedCustomer: identified, isPurged: purged,
      eventCount: Int(eventCount), lastPaymentDay: lastPaymentDay.map { CalendarDay(daysSince1970: Int($0)) })
    return Entry(status: POSIXFile.Status(device: UInt64(bitPattern: device), inode: UInt64(bitPattern: inode), size: Int(size),
                                          modified: modified, mode: 0),
                 lineCount: Int(lineCount), tail: tail, summary: summary)
  }
}

/// Builds one cache line field by field, escaping tabs, newlines and backslashes in texts.
private struct LineBuilder {
  var bytes: [UInt8]
  private var isFirst = true

  init(bytes: [UInt8]) { self.bytes = bytes }

  private mutating func separate() {
    if !isFirst { bytes.append(0x09) }
    isFirst = false
  }

  mutating func text(_ text: String) {
    separate()
    appendEscaped(text)
  }

  /// Empty for none, `=` then the text otherwise.
  mutating func optional(_ text: String?) {
    separate()
    guard let text else { return }
    bytes.append(0x3D)
    appendEscaped(text)
  }

  mutating func integer(_ value: Int64) {
    separate()
    appendDigits(value)
  }

  mutating func optionalInteger(_ value: Int64?) {
    separate()
    if let value { appendDigits(value) }
  }

  /// `step=status:paid:count,…`
  mutating func steps(_ tallies: [StepTally]) {
    separate()
    for (index, tally) in tallies.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      bytes.append(contentsOf: tally.step.rawValue.utf8)
      bytes.append(0x3D)
      bytes.append(contentsOf: tally.status.rawValue.utf8)
      bytes.append(0x3A)
      appendDigits(tally.paid.minorUnits)
      bytes.append(0x3A)
      appendDigits(Int64(tally.paymentCount))
    }
  }

  private mutating func appendDigits(_ value: Int64) {
    if value >= 0 && value < 10 {
      bytes.append(0x30 + UInt8(value))
    } else {
      bytes.append(contentsOf: String(value).utf8)
    }
  }

  private mutating func appendEscaped(_ text: String) {
    for byte in text.utf8 {
      switch byte {
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      default: bytes.append(byte)
      }
    }
  }
}

/// One copy of each text seen while reading a cache: the same server, table or description on
/// thousands of cases is kept once.
struct StringInterner {
  private var known: Set<String> = []

  mutating func intern(_ text: String) -> String {
    // Short texts live inside the string value itself: nothing to share.
    guard text.utf8.count > 15 else { return text }
    if let existing = known.firstIndex(of: text) { return known[existing] }
    known.insert(text)
    return text
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

  /// An optional text: empty for none, `=` then the text otherwise; one copy of each.
  func optionalText(_ index: Int, strings: inout StringInterner) -> String? {
    let field = bytes(index)
    guard field.first == 0x3D else { return nil }
    return strings.intern(Self.unescape(UnsafeBufferPointer(rebasing: field[1...])))
  }

  func optionalText(_ index: Int) -> String? {
    var strings = StringInterner()
    return optionalText(index, strings: &strings)
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
