import ArdoiseCore
import Foundation
import Testing

/// `ardoise list --due`: open cases whose follow-up is today or overdue.
@Suite struct ListCommandTests {
  @Test func dueListsOpenCasesWhoseFollowUpHasCome() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let chased = try ardoise.succeed(["new", "--amount", "30", "--at", "2026-11-20 21:00", "--table", "T4"])
    let later = try ardoise.succeed(["new", "--amount", "40", "--at", "2026-11-21 21:00", "--table", "T5"])
    try ardoise.succeed(["contact", later, "--channel", "phone", "--outcome", "no-answer", "--follow-up", "2099-01-15"])
    #expect(try ardoise.succeed(["list", "--due", "--lang", "en"]) == "No follow-up due today.")
    #expect(try ardoise.succeed(["list", "--due", "--lang", "fr"]) == "Aucune relance due aujourd’hui.")

    // A follow-up day that has passed (the command line refuses to set one in the past, so the
    // line is added as another site's log merged by git would add it).
    let moment = Timestamp(secondsSince1970: 1_767_312_000, offsetSeconds: 0)
    let event = Event(id: EventID(rawValue: "01KDUEDUEDUEDUEDUEDUEDUE01"), occurredAt: moment, recordedAt: moment, actor: "other site",
                      body: .followUpScheduled(CalendarDay(year: 2026, month: 1, day: 2)))
    let log = ardoise.dataDirectory.appendingPathComponent("cases/\(chased).jsonl")
    let handle = try FileHandle(forWritingTo: log)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(event.line.utf8))
    try handle.close()

    let due = try ardoise.succeed(["list", "--due", "--lang", "en"])
    #expect(due.contains(chased) && !due.contains(later), "\(due)")
    let json = try ardoise.succeed(["list", "--due", "--json"])
    #expect(json.contains(chased) && !json.contains(later))
  }

  @Test func viewsCannotBeCombined() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let result = try ardoise.run(["list", "--due", "--closed"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--all, --closed and --due cannot be used together"))
  }
}
