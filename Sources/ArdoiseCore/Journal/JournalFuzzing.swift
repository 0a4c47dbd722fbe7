/// What the fuzz targets in `Tests/Fuzz` call to reach the log readers, which are internal: each
/// function reads one input and checks the properties every input must keep. A broken property
/// stops the process (`precondition`), which the fuzzer reports with the input that broke it.
@_spi(Fuzzing) public enum JournalFuzzing {
  /// A log line, read twice: as it is, and as JSON with a valid checksum appended (random bytes
  /// almost never carry the right CRC-32, and the event reader sits behind it). An event that
  /// reads is written back, and the line written reads as the same event.
  public static func readLogLine(_ bytes: UnsafeBufferPointer<UInt8>) {
    // Refusing a line is an answer the fuzzer expects; only what reads is checked further.
    if let event = try? Event.parse(line: bytes) { checkRoundTrip(event) }
    let json = Array(bytes)
    let line = json + Array(("\t" + CRC32.hex(CRC32.checksum(json))).utf8)
    let event = line.withUnsafeBufferPointer { try? Event.parse(line: $0) }
    if let event { checkRoundTrip(event) }
  }

  private static func checkRoundTrip(_ event: Event) {
    let again: Event?
    do { again = try Event.parse(line: event.line) } catch { preconditionFailure("a written line does not read: \(event.line)") }
    precondition(again == event, "a written line reads as another event: \(event.line)")
  }

  /// A flat JSON object: one that reads is written back and reads the same, and the reader for
  /// log lines accepts exactly the same objects.
  public static func readFlatJSON(_ bytes: UnsafeBufferPointer<UInt8>) {
    // Refusing an object is an answer the fuzzer expects; both readers must refuse the same ones.
    let object = try? FlatJSON.parse(bytes)
    var fields = LineFields()
    let accepted = (try? FlatJSON.parseLine(bytes, into: &fields)) != nil
    precondition((object != nil) == accepted, "parse and parseLine disagree")
    guard let object else { return }
    let written = Array(FlatJSON.serialize(object).utf8)
    let again = written.withUnsafeBufferPointer { try? FlatJSON.parse($0) }  // nil fails the precondition
    precondition(again == object, "a written object reads as another: \(FlatJSON.serialize(object))")
  }

  /// A timestamp as logs write it: one that reads is written back as the same instant, and the
  /// general ISO reader agrees.
  public static func readCanonicalTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let moment = Timestamp.parseCanonical(utf8: bytes) else { return }
    precondition(Timestamp.parseCanonical(moment.iso8601) == moment, "\(moment.iso8601) does not read back")
    let text = String(decoding: bytes, as: UTF8.self)
    precondition(Timestamp.parseISOWithOffset(text) == moment, "the ISO reader disagrees on \(text)")
  }
}
