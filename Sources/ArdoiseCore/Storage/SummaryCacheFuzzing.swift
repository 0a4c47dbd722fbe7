/// What the fuzz target `fuzz-summary-cache` in `Tests/Fuzz` calls to reach the summary-cache
/// reader, which is internal. The cache is derived and safe to delete, but it is read at every
/// start: a damaged or hostile `.summaries.cache` must be refused line by line, never crash.
/// A broken property stops the process (`precondition`), which the fuzzer reports.
@_spi(Fuzzing) public enum SummaryCacheFuzzing {
  /// The cache's body, read twice: as it is, and with each line sealed by a valid checksum
  /// (random bytes almost never carry the right CRC-32, and the field reader sits behind it).
  /// An entry that reads is written back, and the line written reads as the same entry.
  public static func readBody(_ bytes: UnsafeBufferPointer<UInt8>) {
    checkRoundTrip(SummaryCache.parseLines(bytes))
    var sealed: [UInt8] = []
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      let fields = Array(line)
      sealed += fields
      sealed.append(0x09)
      sealed += Array(CRC32.hex(CRC32.checksum(fields)).utf8)
      sealed.append(0x0A)
    }
    checkRoundTrip(sealed.withUnsafeBufferPointer(SummaryCache.parseLines))
  }

  private static func checkRoundTrip(_ entries: [SummaryCache.Entry]) {
    for entry in entries where SummaryCache.isWritable(entry) {
      var line: [UInt8] = []
      SummaryCache.appendLine(entry, to: &line)
      let again = line.withUnsafeBufferPointer(SummaryCache.parseLines)
      precondition(again.count == 1, "a written entry does not read: \(String(decoding: line, as: UTF8.self))")
      let read = again[0]
      precondition(read.summary == entry.summary && read.status == entry.status && read.lineCount == entry.lineCount
                     && read.tail == entry.tail,
                   "a written entry reads as another: \(String(decoding: line, as: UTF8.self))")
    }
  }
}
