// A writer process for the store's crash and concurrency tests.
//
//     ardoise-store-writer <data-dir> <case-id | create> <count> [payload-bytes]
//
// Opens the store, prints `ready <case-id>` once it is loaded, then appends `count` notes to the
// case. Each note's text is a unique token (`<pid>-<n>`), followed by `|` and `payload-bytes`
// filler characters when asked (so records can exceed 4 KiB and cross page boundaries).
// A token is printed, and stdout flushed, only after `Store.record` returned: printed means
// fsynced. On any error it prints `error <message>` on stderr and exits 1.

import ArdoiseCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `text` and a newline to stdout in one `write`, so a reader never sees half a line.
func emit(_ text: String) {
  let bytes = Array((text + "\n").utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes { buffer in
      write(STDOUT_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
    }
    if written < 0 {
      if errno == EINTR { continue }
      exit(3)
    }
    offset += written
  }
}

/// Reports `message` on stderr and exits with status 1.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("error " + message + "\n").utf8))
  exit(1)
}

// Start with no blocked signal, whatever the spawning thread had blocked: a file size limit must
// raise SIGXFSZ (unless the launcher ignored it), as it would for ardoise started from a shell.
var noSignals = sigset_t()
sigemptyset(&noSignals)
sigprocmask(SIG_SETMASK, &noSignals, nil)

let arguments = CommandLine.arguments
guard arguments.count == 4 || arguments.count == 5, let count = Int(arguments[3]), count >= 0 else {
  fail("usage: ardoise-store-writer <data-dir> <case-id|create> <count> [payload-bytes]")
}
let payloadSize = arguments.count == 5 ? Int(arguments[4]) ?? -1 : 0
guard payloadSize >= 0 else { fail("payload-bytes must be a non-negative integer") }
let filler = payloadSize > 0 ? "|" + String(repeating: "x", count: payloadSize) : ""

do {
  let store = try Store(directory: DataDirectory(path: arguments[1]), actor: "writer", timeZone: TimeZone(identifier: "UTC") ?? .current)
  let id: IncidentID
  if arguments[2] == "create" {
    let facts = IncidentFacts(occurredAt: Timestamp(Date(), in: store.timeZone), amount: Money(minorUnits: 10_000), table: "7")
    id = try store.create(facts).id
  } else {
    id = IncidentID(rawValue: arguments[2])
  }
  emit("ready \(id.rawValue)")
  let pid = getpid()
  for index in 0..<count {
    let token = "\(pid)-\(index)"
    try store.record(on: id) { _ in .success(.noteAdded(token + filler)) }
    emit(token)
  }
} catch let error as StoreError {
  fail(error.message(.english))
} catch {
  fail("\(error)")
}
