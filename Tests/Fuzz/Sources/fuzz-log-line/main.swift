// A case-log line: the reader of the checksummed JSON line and the event it holds.
@_spi(Fuzzing) import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  JournalFuzzing.readLogLine(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
  return 0
}
