// Days and times as people type them: a day that reads is written back and reads the same; a
// moment that reads is written in the log's form and reads back as the same instant.
import ArdoiseCore
import Foundation

let now = Date(timeIntervalSince1970: 1_795_000_000)
let paris = TimeZone(identifier: "Europe/Paris") ?? .current
let today = Timestamp(now, in: paris).day

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
  // A refusal is an expected answer; a refusal of what ardoise wrote itself breaks the precondition.
  if let day = try? CalendarDay.parse(text, today: today) {
    precondition((try? CalendarDay.parse(day.description, today: today)) == day, "\(day) from “\(text)”")
    precondition(CalendarDay(iso: day.description) == day, "\(day)")
  }
  if let moment = try? Timestamp.parse(text, now: now, timeZone: paris) {
    precondition(Timestamp.parseISOWithOffset(moment.iso8601) == moment, "\(moment.iso8601) from “\(text)”")
  }
  _ = Timestamp.parseISOWithOffset(text)
  return 0
}
