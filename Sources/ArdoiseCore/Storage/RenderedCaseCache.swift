#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The derived cache of cases as `list --json` writes them, `.rendered.cache`: each case's line,
/// keyed by the identity of the log it was made from. Never the truth, never shared (git-ignored),
/// safe to delete: anything missing, damaged or not matching its log is a miss, and that log is
/// read and replayed as it would be without the cache.
///
/// A line is used only while its log has the same device, inode, size and modification time, and
/// the same checksum on its last line, as the store found when it loaded (the summary cache's
/// test); only while the program that wrote it is the one running (its executable's identity is
/// in the header, so a new build never reads an old build's output); only with the same
/// playbook steps (the caller's `context`); and, for a case whose line depends on the day (a
/// payment plan's instalments are late or not), only on that day. Each line ends with its own
/// CRC-32: a line edited, damaged or cut short is a miss for its case only.
///
/// What it holds comes from the logs alone: `list --json` writes no customer identity (that lives
/// in `people/`, which only `show --json` reads). `purge` deletes the file all the same, so that
/// nothing derived outlives a purge.
///
/// Layout, text made for the machine:
///
///     ardoise-rendered 1 <16 hex digits: program and context>
///     <id> TAB <device> TAB <inode> TAB <size> TAB <mtime ns> TAB <8 hex: log's last checksum>
///          TAB <day since 1970, or -> TAB <byte count> TAB <the rendered bytes> TAB <8 hex: CRC-32> LF
///
/// The rendered bytes are compact JSON (no tab, no newline); the byte count lets a reader skip
/// them without looking at them. A later line for a case replaces an earlier one.
///
/// Hand-written rather than a key-value library: the package depends on Foundation only, the
/// file is a few lines of text, and reading it must cost less than the rendering it saves.
struct RenderedCaseCache {
  static let fileName = ".rendered.cache"
  static let version = "ardoise-rendered 1"

  /// What a line is valid for: the log's identity when it was rendered.
  struct LogKey: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Int64
    /// The eight hex digits ending the log (see ``SummaryCache/Entry/tail``), packed.
    var tail: UInt64

    init(status: POSIXFile.Status, tail: UInt64) {
      device = status.device
      inode = status.inode
      size = status.size
      modified = status.modified
      self.tail = tail
    }

    init(device: UInt64, inode: UInt64, size: Int, modified: Int64, tail: UInt64) {
      self.device = device
      self.inode = inode
      self.size = size
      self.modified = modified
      self.tail = tail
    }
  }

  /// Where a case's last line is in the file, and what it was made from.
  struct Located: Sendable {
    var key: LogKey
    /// The day the line is valid for; nil for any day.
    var day: Int32?
    var offset: Int
    /// The whole line, newline included.
    var length: Int
  }

  /// The file open for reading and appending, or -1.
  let descriptor: Int32
  /// The header this program writes (and accepts).
  let header: [UInt8]
  /// Whether the file's header is `header`: otherwise nothing in it is used.
  let isUsable: Bool
  /// The last line of each case.
  let located: [IncidentID: Located]
  /// The file's size when read.
  let fileSize: Int

  static func path(in directory: DataDirectory) -> String { directory.path + "/" + fileName }

  /// The cache in `directory` for lines made in `context` (what else the rendering depends on:
  /// the playbook's steps). A missing or unreadable file, or one of another program, is an empty,
  /// unusable cache; nil when this program cannot tell its own identity (then nothing is cached).
  static func open(in directory: DataDirectory, context: String) -> RenderedCaseCache? {
    guard let program = programIdentity() else { return nil }
    var hash = FNV1a()
    hash.add(program)
    hash.add("\n")
    hash.add(context)
    let header = Array((version + " " + hexDigits(hash.value, count: 16) + "\n").utf8)
    let descriptor = Glibc.open(path(in: directory), O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return RenderedCaseCache(descriptor: -1, header: header, isUsable: false, located: [:], fileSize: 0) }
    guard let status = POSIXFile.status(descriptor: descriptor), status.mode & UInt32(S_IFMT) == UInt32(S_IFREG) else {
      Glibc.close(descriptor)
      return RenderedCaseCache(descriptor: -1, header: header, isUsable: false, located: [:], fileSize: 0)
    }
    var start = [UInt8](repeating: 0, count: header.count)
    let count = start.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, header.count, 0) }
    guard count == header.count, start == header else {
      return RenderedCaseCache(descriptor: descriptor, header: header, isUsable: false, located: [:], fileSize: status.size)
    }
    let located = index(descriptor, from: header.count, size: status.size)
    return RenderedCaseCache(descriptor: descriptor, header: header, isUsable: true, located: located, fileSize: status.size)
  }

  func close() { if descriptor >= 0 { Glibc.close(descriptor) } }

  /// Deletes the cache (`purge`): the next list makes it again.
  static func remove(in directory: DataDirectory) {
    unlink(path(in: directory))
  }

  /// The executable's device, inode, size and modification time: a new build is another program.
  private static func programIdentity() -> String? {
    guard let status = POSIXFile.status("/proc/self/exe") else { return nil }
    return "\(status.device):\(status.inode):\(status.size):\(status.modified)"
  }

  // MARK: - Reading

  /// The last line of each case, found by reading the file a large block at a time and skipping
  /// over each line's rendered bytes by their count (they are checked when used). A line that
  /// does not parse is skipped up to the next newline.
  static func index(_ descriptor: Int32, from start: Int, size: Int) -> [IncidentID: Located] {
    var located: [IncidentID: Located] = [:]
    located.reserveCapacity(size / 1024)
    let blockSize = 1 << 20
    var block = [UInt8](repeating: 0, count: blockSize)
    var blockStart = 0
    var blockCount = 0
    var offset = start
    // Brings `offset` and up to `blockSize` bytes after it into the block; false at the end.
    func load() -> Bool {
      let count = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, blockSize, off_t(offset)) }
      guard count > 0 else { return false }
      blockStart = offset
      blockCount = count
      return true
    }
    while offset < size {
      // Reload when the block does not hold a whole line start (unless the file ends in it).
      let blockEnd = blockStart + blockCount
      if offset < blockStart || offset >= blockEnd || (offset + prefixLimit > blockEnd && blockEnd < size) {
        guard load() else { break }
      }
      let parsed = block.withUnsafeBufferPointer { buffer in
        parsePrefix(UnsafeBufferPointer(rebasing: buffer[(offset - blockStart)..<blockCount]))
      }
      if let parsed {
        let length = parsed.prefixLength + parsed.count + 10
        located[parsed.id] = Located(key: parsed.key, day: parsed.day, offset: offset, length: length)
        offset += length
        continue
      }
      // Not a line start: go past the next newline.
      var found = false
      while !found {
        let end = block.withUnsafeBufferPointer { buffer -> Int? in
          let from = offset - blockStart
          guard from < blockCount, let hit = memchr(buffer.baseAddress! + from, 0x0A, blockCount - from) else { return nil }
          return UnsafeRawPointer(hit) - UnsafeRawPointer(buffer.baseAddress!)
        }
        if let end {
          offset = blockStart + end + 1
          found = true
        } else {
          offset = blockStart + blockCount
          guard offset < size, load() else { return located }
        }
      }
    }
    return located
  }

  /// The most a line's fields before its rendered bytes can take.
  static let prefixLimit = 256

  /// The fields of a line before its rendered bytes, read from the start of `bytes`; nil when
  /// they are not well formed (or not all there).
  static func parsePrefix(_ bytes: UnsafeBufferPointer<UInt8>)
    -> (id: IncidentID, key: LogKey, day: Int32?, count: Int, prefixLength: Int)?
  {
    var position = 0
    func field() -> UnsafeBufferPointer<UInt8>? {
      let limit = min(bytes.count, prefixLimit)
      var end = position
      while end < limit && bytes[end] != 0x09 {
        if bytes[end] == 0x0A { return nil }
        end += 1
      }
      guard end < limit else { return nil }
      defer { position = end + 1 }
      return UnsafeBufferPointer(rebasing: bytes[position..<end])
    }
    func number(_ field: UnsafeBufferPointer<UInt8>?) -> UInt64? {
      guard let field, !field.isEmpty, field.count <= 20 else { return nil }
      var value: UInt64 = 0
      for byte in field {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        let (times, overflow) = value.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        let (sum, overflowAgain) = times.addingReportingOverflow(UInt64(byte - 0x30))
        guard !overflowAgain else { return nil }
        value = sum
      }
      return value
    }
    guard let idField = field(), !idField.isEmpty, idField.count <= 64 else { return nil }
    // Not checked to be a well-formed id: it is only looked up, and must equal the case's.
    let raw = String(decoding: idField, as: UTF8.self)
    guard let device = number(field()), let inode = number(field()),
      let size = number(field()).flatMap(Int.init(exactly:)), let modified = number(field()).flatMap(Int64.init(exactly:)),
      let tailField = field(), tailField.count == 8
    else { return nil }
    var tail: UInt64 = 0
    withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(tailField)) }
    tail = UInt64(littleEndian: tail)
    guard SummaryCache.isHexDigits(tail), let dayField = field() else { return nil }
    var day: Int32?
    if !(dayField.count == 1 && dayField[0] == 0x2D) {
      guard let value = number(dayField).flatMap(Int32.init(exactly:)) else { return nil }
      day = value
    }
    guard let count = number(field()).flatMap(Int.init(exactly:)), count <= FileLimits.log else { return nil }
    return (IncidentID(rawValue: raw), LogKey(device: device, inode: inode, size: size, modified: modified, tail: tail), day, count, position)
  }

  /// Case `id`'s rendered bytes in `line` (its whole line, read back from the file), when the line
  /// is whole, its checksum holds and it is still the one `located` describes; nil otherwise.
  static func rendered(in line: UnsafeBufferPointer<UInt8>, id: IncidentID, located: Located) -> Range<Int>? {
    guard line.count == located.length, line.count > 10, line[line.count - 1] == 0x0A, line[line.count - 10] == 0x09,
      let parsed = parsePrefix(line), parsed.id == id, parsed.key == located.key, parsed.day == located.day,
      parsed.prefixLength + parsed.count + 10 == line.count,
      let stated = CRC32.value(hex: UnsafeBufferPointer(rebasing: line[(line.count - 9)..<(line.count - 1)])),
      CRC32.checksum(buffer: UnsafeBufferPointer(rebasing: line[0..<(line.count - 10)])) == stated
    else { return nil }
    return parsed.prefixLength..<(parsed.prefixLength + parsed.count)
  }

  /// Reads the lines `wanted` (in any order) with as few reads as it can: lines close together
  /// in the file are read in one. Hands each line to `body` with its position in `wanted`, as the
  /// block read and the line's place in it (the block is shared, not copied); a line that cannot
  /// be read is not handed over.
  func readLines(_ wanted: [Located], _ body: (Int, [UInt8], Range<Int>) -> Void) {
    guard descriptor >= 0, !wanted.isEmpty else { return }
    let order = wanted.indices.sorted { wanted[$0].offset < wanted[$1].offset }
    let gapLimit = 64 << 10
    let runLimit = 4 << 20
    var first = 0
    while first < order.count {
      var last = first
      var end = wanted[order[first]].offset + wanted[order[first]].length
      while last + 1 < order.count {
        let next = wanted[order[last + 1]]
        let nextEnd = max(end, next.offset + next.length)
        guard next.offset <= end + gapLimit, nextEnd - wanted[order[first]].offset <= runLimit else { break }
        end = nextEnd
        last += 1
      }
      let start = wanted[order[first]].offset
      let count = end - start
      // Not filled with zeros first: only the bytes read are kept.
      let block = [UInt8](unsafeUninitializedCapacity: count) { bytes, initialized in
        var done = 0
        while done < count {
          let got = pread(descriptor, bytes.baseAddress! + done, count - done, off_t(start + done))
          if got < 0 && errno == EINTR { continue }
          guard got > 0 else { break }
          done += got
        }
        initialized = done
      }
      for position in order[first...last] {
        let line = wanted[position]
        let from = line.offset - start
        guard from + line.length <= block.count else { continue }
        body(position, block, from..<(from + line.length))
      }
      first = last + 1
    }
  }

  // MARK: - Writing

  /// The line for case `id`'s `rendered` bytes made from a log of identity `key`; `day`: the day
  /// it is valid for, nil for any.
  static func line(id: IncidentID, key: LogKey, day: Int32?, rendered: [UInt8]) -> (line: [UInt8], rendered: Range<Int>) {
    var line: [UInt8] = []
    line.reserveCapacity(rendered.count + 120)
    func field(_ text: String) {
      line.append(contentsOf: text.utf8)
      line.append(0x09)
    }
    field(id.rawValue)
    field(String(key.device))
    field(String(key.inode))
    field(String(key.size))
    field(String(key.modified))
    withUnsafeBytes(of: key.tail.littleEndian) { line.append(contentsOf: $0) }
    line.append(0x09)
    field(day.map { String($0) } ?? "-")
    field(String(rendered.count))
    let start = line.count
    line.append(contentsOf: rendered)
    let checksum = line.withUnsafeBufferPointer { CRC32.checksum(buffer: $0) }
    line.append(0x09)
    line.append(contentsOf: hexDigits(UInt64(checksum), count: 8).utf8)
    line.append(0x0A)
    return (line, start..<(start + rendered.count))
  }

  static func hexDigits(_ value: UInt64, count: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, count - digits.count)) + digits
  }
}

/// Writes lines to the rendered cache: appended to the file already open, or into a new file
/// that replaces it once complete. A large block at a time; a failure stops the writing and
/// leaves the cache as it was (it is only a cache). Not synced: a line lost to a power cut is a
/// miss. No lock: appends of whole blocks do not interleave, a new file is put in place by a
/// rename, and lines appended to a file just replaced are lost, which is a miss too.
struct RenderedCaseCacheWriter {
  private var descriptor: Int32
  private let temporary: String?
  private let path: String
  private var buffer: [UInt8] = []
  private var failed = false
  private static let blockSize = 1 << 20

  /// Appends to `cache`'s file (whose header is this program's), ending first a line a crash cut
  /// short.
  init(appendingTo cache: RenderedCaseCache, in directory: DataDirectory) {
    descriptor = cache.descriptor
    temporary = nil
    path = RenderedCaseCache.path(in: directory)
    var last: UInt8 = 0
    if cache.fileSize > 0, pread(descriptor, &last, 1, off_t(cache.fileSize - 1)) == 1, last != 0x0A { buffer.append(0x0A) }
  }

  /// Writes a new cache, put in place by ``finish()``.
  init(replacing cache: RenderedCaseCache, in directory: DataDirectory) {
    path = RenderedCaseCache.path(in: directory)
    let name = directory.path + "/." + RenderedCaseCache.fileName + "." + String(getpid()) + "."
      + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
    temporary = name
    descriptor = Glibc.open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    failed = descriptor < 0
    buffer = cache.header
  }

  mutating func add(_ line: ArraySlice<UInt8>) {
    guard !failed else { return }
    buffer.append(contentsOf: line)
    if buffer.count >= Self.blockSize { flush() }
  }

  private mutating func flush() {
    guard !failed, !buffer.isEmpty else { return }
    do { try POSIXFile.writeAll(descriptor, buffer, path: temporary ?? path) } catch { failed = true }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is left; a new cache is renamed into place. The appended-to descriptor belongs to
  /// the cache, which closes it.
  mutating func finish() {
    flush()
    guard let temporary else { return }
    if descriptor >= 0 { close(descriptor) }
    descriptor = -1
    if failed || rename(temporary, path) != 0 { unlink(temporary) }
  }
}

/// FNV-1a, 64 bits: a short fingerprint of a few strings, the same in every process (Swift's
/// `Hasher` is seeded per process).
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01B3
    }
  }
}
