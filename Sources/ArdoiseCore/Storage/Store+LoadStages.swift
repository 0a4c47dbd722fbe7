#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How far `Store.loadEveryLog(of:upTo:)` goes with each log: each stage does the work of the one
/// before it, then its own.
@_spi(Benchmark)
public enum LoadStage: String, CaseIterable, Sendable {
  /// Open, `fstat`, read and close every log.
  case read
  /// Then check each line's CRC-32.
  case checksum
  /// Then tokenize each line's JSON.
  case tokenize
  /// Then build each line's event (the case log reader a load uses).
  case events
  /// Then replay each case and summarize it: exactly what a load without the summary cache does.
  case replay
}

extension Store {
  /// Reads every case log of `directory` on every core, as a load does, doing the work up to
  /// `stage`, and returns the number of lines seen. Nothing is kept. For the bench, to show where
  /// the time of a full load goes and what its floor is on a given machine.
  @_spi(Benchmark)
  public static func loadEveryLog(of directory: DataDirectory, upTo stage: LoadStage) -> Int {
    let ids = (POSIXFile.listDirectory(directory.casesPath) ?? []).compactMap(Store.incidentID(fileName:))
    let counts = ParallelMap.map(ids) { [directory] id -> Int in
      if stage == .replay {
        guard case .success(let entry) = Store.loadEntry(id, directory: directory) else { return 0 }
        return entry.lineCount
      }
      let path = directory.logPath(id)
      let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return 0 }
      defer { close(descriptor) }
      // A measure only: a log that cannot be read counts no line; a load or `ardoise check` reports it.
      guard let status = POSIXFile.status(descriptor: descriptor),
        let bytes = try? POSIXFile.read(descriptor, from: 0, expectedSize: status.size, path: path)
      else { return 0 }
      return bytes.withUnsafeBufferPointer { buffer in
        switch stage {
        case .read: return buffer.count > 0 ? 1 : 0
        case .events: return CaseLog.read(buffer, file: path).lineCount
        case .checksum, .tokenize, .replay: return linesChecked(buffer, tokenizing: stage == .tokenize)
        }
      }
    }
    return counts.reduce(0, +)
  }

  /// Checks the CRC-32 of each complete line of `bytes` and, when `tokenizing`, tokenizes its JSON.
  private static func linesChecked(_ bytes: UnsafeBufferPointer<UInt8>, tokenizing: Bool) -> Int {
    var fields = LineFields()
    var lines = 0
    var lineStart = 0
    while lineStart < bytes.count, let found = memchr(bytes.baseAddress! + lineStart, 0x0A, bytes.count - lineStart) {
      let lineEnd = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
      var tab = lineEnd - 1
      while tab > lineStart, bytes[tab] != 0x09 { tab -= 1 }
      let json = UnsafeBufferPointer(rebasing: bytes[lineStart..<tab])
      // A measure only: a line that does not tokenize is not counted, as a load would skip it.
      if CRC32.checksum(buffer: json) != 0, !tokenizing || (try? FlatJSON.parseLine(json, into: &fields)) != nil { lines += 1 }
      lineStart = lineEnd + 1
    }
    return lines
  }
}
