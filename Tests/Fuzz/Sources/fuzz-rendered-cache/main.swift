// The rendered cache (`.rendered.cache`, what `list --json` copies to its output) after its
// header line: the index that finds each case's last line, the line reader and its checksum test,
// and the writer (a line written reads back as exactly its bytes).
@_spi(Fuzzing) import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  RenderedCaseCacheFuzzing.readBody(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
  return 0
}
