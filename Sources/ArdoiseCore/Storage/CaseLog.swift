#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading the bytes of one case log found.
struct CaseLogReading {
  var events: [Event] = []
  /// The line number of each of `events` (to name both lines of a conflict).
  var eventLines: [Int] = []
  var problems: [StoreProblem] = []
  /// Bytes consumed: up to and including the last newline.
  var consumed = 0
  /// Complete lines seen (for line numbers of a later incremental read).
  var lineCount = 0
  /// Bytes after the last newline: an interrupted write, never data.
  var tornTail = 0
  /// Why the case cannot be written to, if a complete line was unreadable.
  var readOnlyReason: LocalizedText?
}

/// Reads case logs: one event per line, `JSON TAB CRC32 LF`.
///
/// A last line with no newline is a torn tail (an interrupted write), reported and never used.
/// A complete line that fails its checksum, its JSON or its schema is reported with its line
/// number and makes the case read-only; the other lines still count.
enum CaseLog {
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int = 1) -> CaseLogReading {
    var reading = CaseLogReading()
    var fields = LineFields()
    var lineStart = 0
    var lineNumber = firstLine
    let count = bytes.count
    while lineStart < count {
      // memchr finds the line end many bytes at a time.
      let found = memchr(bytes.baseAddress! + lineStart, 0x0A, count - lineStart)
      let lineEnd = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) } ?? count
      if lineEnd == count {
        reading.tornTail = count - lineStart
        reading.problems.append(StoreProblem(file: file, line: lineNumber, severity: .warning,
          message: LocalizedText("écriture interrompue (\(count - lineStart) octets sans fin de ligne) : ignorée, elle ira en quarantaine à la prochaine écriture",
                     "interrupted write (\(count - lineStart) bytes with no line end): ignored, it goes to quarantine at the next write"),
          isInterruptedWrite: true))
        break
      }
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
      if line.count > FileLimits.logLine {
        let reason = LocalizedText("ligne de plus de \(FileLimits.logLine >> 20)\u{00A0}Mio : pas lue", "line over \(FileLimits.logLine >> 20) MiB: not read")
        reading.problems.append(StoreProblem(file: file, line: lineNumber, severity: .error, message: reason))
        if reading.readOnlyReason == nil {
          reading.readOnlyReason = LocalizedText("ligne \(lineNumber) de \(file) : ", "line \(lineNumber) of \(file): ") + reason
        }
      } else if !isBlank(line) {
        do {
          reading.events.append(try Event.parse(line: line, fields: &fields))
          reading.eventLines.append(lineNumber)
        } catch {
          reading.problems.append(StoreProblem(file: file, line: lineNumber, severity: .error, message: describe(error)))
          if reading.readOnlyReason == nil {
            reading.readOnlyReason = LocalizedText("ligne \(lineNumber) de \(file) : ", "line \(lineNumber) of \(file): ") + describe(error)
          }
        }
      }
      lineStart = lineEnd + 1
      lineNumber += 1
      reading.consumed = lineStart
      reading.lineCount += 1
    }
    return reading
  }

  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  private static func describe(_ problem: LineProblem) -> LocalizedText {
    LocalizedText(french: problem.message(.french), english: problem.message(.english))
  }
}

