// The flat JSON reader of log lines, and the timestamps the lines hold.
@_spi(Fuzzing) import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
  JournalFuzzing.readFlatJSON(bytes)
  JournalFuzzing.readCanonicalTimestamp(bytes)
  return 0
}
