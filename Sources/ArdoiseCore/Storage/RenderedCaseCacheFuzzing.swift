#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the fuzz target `fuzz-rendered-cache` in `Tests/Fuzz` calls to reach the reader of
/// `.rendered.cache`, which is internal. The file is derived and safe to delete, but `list --json`
/// reads it and copies its lines to its output: a damaged or hostile file must be a miss, line by
/// line, never a crash, and never hand over bytes outside the line they were read from.
/// A broken property stops the process (`precondition`), which the fuzzer reports.
@_spi(Fuzzing) public enum RenderedCaseCacheFuzzing {
  /// Reads `bytes` as the file's body (after its header) through the same index and line reader
  /// as `list --json`; then writes a line whose rendered bytes are `bytes` (tabs and newlines
  /// made spaces, as compact JSON has none) and checks it reads back as exactly those bytes.
  public static func readBody(_ bytes: UnsafeBufferPointer<UInt8>) {
    var template = Array("/tmp/ardoise-fuzz-rendered-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    precondition(descriptor >= 0, "mkstemp failed")
    defer { close(descriptor) }
    _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }  // Removed at once: only the open descriptor is read.
    writeAll(descriptor, bytes)
    checkReading(descriptor, size: bytes.count)

    let rendered = bytes.map { $0 == 0x09 || $0 == 0x0A ? 0x20 : $0 }
    let key = RenderedCaseCache.LogKey(device: UInt64(bytes.count), inode: 7, size: bytes.count, modified: 1_764_000_000,
                                       tail: 0x3030_3030_3030_3030)
    let id = IncidentID(rawValue: "261128-C1BR")
    let made = RenderedCaseCache.line(id: id, key: key, day: bytes.isEmpty ? nil : Int32(bytes[0]), rendered: rendered)
    let parsed = made.line.withUnsafeBufferPointer(RenderedCaseCache.parsePrefix)
    precondition(parsed?.id == id && parsed?.key == key && parsed?.count == rendered.count, "a written line's fields do not read back")
    let located = RenderedCaseCache.Located(key: key, day: bytes.isEmpty ? nil : Int32(bytes[0]), offset: 0, length: made.line.count)
    let range = made.line.withUnsafeBufferPointer { RenderedCaseCache.rendered(in: $0, id: id, located: located) }
    precondition(range == made.rendered, "a written line does not read back as its bytes")
    precondition(Array(made.line[made.rendered]) == rendered, "a written line holds other bytes")
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
    var done = 0
    while done < bytes.count {
      let wrote = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
      precondition(wrote > 0, "write to the scratch file failed")
      done += wrote
    }
  }

  private static func checkReading(_ descriptor: Int32, size: Int) {
    let located = RenderedCaseCache.index(descriptor, from: 0, size: size)
    let ids = Array(located.keys)
    let wanted = ids.map { located[$0]! }
    let cache = RenderedCaseCache(descriptor: descriptor, header: [], isUsable: true, located: located, fileSize: size)
    cache.readLines(wanted) { position, block, range in
      precondition(range.lowerBound >= 0 && range.upperBound <= block.count, "a line handed over outside its block")
      let line = block[range]
      precondition(line.count == wanted[position].length, "a line handed over with another length")
      let rendered = block.withUnsafeBufferPointer { buffer in
        RenderedCaseCache.rendered(in: UnsafeBufferPointer(rebasing: buffer[range]), id: ids[position], located: wanted[position])
      }
      if let rendered {
        precondition(rendered.lowerBound >= 0 && rendered.upperBound <= line.count, "rendered bytes outside their line")
        precondition(!block[range][(range.lowerBound + rendered.lowerBound)..<(range.lowerBound + rendered.upperBound)].contains(0x0A),
                     "rendered bytes holding a newline")
      }
    }
  }
}
