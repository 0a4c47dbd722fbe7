// The summary cache (`.summaries.cache`) after its header line: the line reader, the field
// reader behind each line's checksum, and the writer (an entry that reads is written back and
// reads the same).
@_spi(Fuzzing) import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  SummaryCacheFuzzing.readBody(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
  return 0
}
