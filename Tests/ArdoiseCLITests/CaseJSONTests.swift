import Foundation
import Testing

/// `show --json` and `list --json` come from one streaming writer, in the layout of `task export`:
/// compact JSON with keys in sorted order, one case per line. A case's line is the bytes
/// Foundation's `JSONSerialization` writes for it with sorted keys and slashes unescaped.
@Suite struct CaseJSONTests {
  private func asFoundationWrote(_ json: some StringProtocol) throws -> String {
    let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func showAndListWriteOneCompactLinePerCase() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:00", "--table", "Terrasse/3", "--server", "Léa",
                                  "--note", "Partis « fumer », jamais revenus \"vite\""])
    let other = try ardoise.succeed(["new", "--amount", "12", "--at", "2026-11-21 20:00"])
    try ardoise.succeed(["note", id, "Appelé le 06/12 — pas de réponse"])
    try ardoise.succeed(["pay", id, "10"])
    _ = try ardoise.succeed(["measure", id, "seating", "--note", "Groupes loin de la porte"])
    try ardoise.succeed(["contact", id, "--channel", "phone", "--outcome", "no-answer", "--follow-up", "2099-01-15"])
    let shown = try ardoise.run(["show", id, "--json"]).stdout
    #expect(shown.hasPrefix("{\"amount\":\"42.50\",\"bill\":null,\"contacts\":[{\"at\":\""), "\(shown)")
    #expect(shown.hasSuffix("}\n") && shown.split(separator: "\n").count == 1)
    #expect(shown.contains("\"table\":\"Terrasse/3\"") && shown.contains("\"paid\":\"10.00\",\"payments\":[{\"amount\":\"10.00\""))
    #expect(shown.contains("\"followUp\":\"2099-01-15\"") && shown.contains("\"customer\":null"))
    #expect(try asFoundationWrote(shown) + "\n" == shown)
    #expect(shown.contains("\"measures\":[{") && shown.contains("\"kind\":\"seating\""))

    // `[`, a case per line (newest first, a comma ending all but the last), `]`.
    let listed = try ardoise.run(["list", "--all", "--json"]).stdout
    let lines = listed.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 5 && lines.first == "[" && lines[3] == "]" && lines[4] == "", "\(listed)")
    #expect(lines[1].hasPrefix("{") && lines[1].hasSuffix("},") && lines[1].contains("\"id\":\"\(other)\""))
    #expect(lines[2].hasPrefix("{") && lines[2].hasSuffix("}") && lines[2].contains("\"id\":\"\(id)\""))
    #expect(try JSONSerialization.jsonObject(with: Data(listed.utf8)) is [[String: Any]])
    // The case in the list is the case shown, without the customer member.
    let shownWithoutCustomer = try ardoise.succeed(["show", id, "--json", "--no-personal-data"])
    #expect(!shownWithoutCustomer.contains("\"customer\":"))
    #expect(lines[2] == shownWithoutCustomer)
    #expect(try asFoundationWrote(lines[1].dropLast()) == lines[1].dropLast())
  }

  @Test func anEmptyListIsAnEmptyArray() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    #expect(try ardoise.run(["list", "--all", "--json"]).stdout == "[\n]\n")
  }

  /// Logs are read on every core a batch at a time; the cases still come out in the list's order
  /// (open first, newest first), each once.
  @Test func manyCasesKeepTheListOrder() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    var ids: [String] = []
    for day in 1...24 {
      ids.append(try ardoise.succeed(["new", "--amount", "\(day)", "--at", String(format: "2026-10-%02d 20:00", day)]))
    }
    try ardoise.succeed(["close", ids[23], "--resolution", "written-off"])
    let listed = try ardoise.run(["list", "--all", "--json"]).stdout
    let cases = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
    let expected = Array(ids[0..<23].reversed()) + [ids[23]]
    #expect(cases.compactMap { $0["id"] as? String } == expected)
    #expect(cases.compactMap { $0["amount"] as? String } == (1...23).reversed().map { "\($0).00" } + ["24.00"])
  }

  /// `list --json` keeps each case's line in `.rendered.cache` and takes it from there while the
  /// case's log is unchanged: the output is the same bytes with the cache, without it, after a log
  /// changed and with the cache damaged.
  @Test func theRenderedCacheChangesNoByte() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    var ids: [String] = []
    for day in 1...9 {
      ids.append(try ardoise.succeed(["new", "--amount", "\(day)0", "--at", "2026-10-0\(day) 20:00", "--table", "T\(day)",
                                      "--note", "Partis « fumer » \"vite\"\tle \(day)"]))
    }
    try ardoise.succeed(["note", ids[2], "Appelé — pas de réponse"])
    try ardoise.succeed(["pay", ids[3], "5"])
    try ardoise.succeed(["plan", ids[4], "--days", "2020-01-06,2099-01-05,2099-02-05"])
    try ardoise.succeed(["contact", ids[5], "--channel", "phone", "--outcome", "no-answer", "--follow-up", "2099-01-15"])
    try ardoise.succeed(["close", ids[6], "--resolution", "written-off"])
    let cache = ardoise.dataDirectory.appendingPathComponent(".rendered.cache").path
    func listed(_ arguments: [String] = ["list", "--all", "--json"], withoutCache: Bool = false) throws -> String {
      if withoutCache { unlink(cache) }
      return try ardoise.run(arguments).stdout
    }
    let fresh = try listed(withoutCache: true)
    #expect(fresh.split(separator: "\n").count == 11, "\(fresh)")
    var info = stat()
    #expect(lstat(cache, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(try listed() == fresh)
    #expect(try listed() == fresh)

    // A log changed: its case is read again.
    try ardoise.succeed(["note", ids[7], "Revenu payer"])
    let changed = try listed()
    #expect(changed != fresh && changed.contains("Revenu payer"))
    #expect(try listed(withoutCache: true) == changed)
    #expect(try listed() == changed)

    // Open cases only, from the cache written by `--all`, and written by itself.
    let openCases = try listed(["list", "--json"])
    #expect(!openCases.contains(ids[6]) && openCases.contains(ids[5]))
    #expect(try listed(["list", "--json"], withoutCache: true) == openCases)
    #expect(try listed(["list", "--json"]) == openCases)
    #expect(try listed() == changed)

    // A byte changed in the cache (in a case's text): that line is not used.
    let bytes = try #require(FileManager.default.contents(atPath: cache))
    let text = String(decoding: bytes, as: UTF8.self)
    let place = try #require(text.range(of: "Revenu payer"))
    let descriptor = open(cache, O_WRONLY)
    var letter = UInt8(ascii: "X")
    #expect(pwrite(descriptor, &letter, 1, off_t(text.utf8.distance(from: text.startIndex, to: place.lowerBound))) == 1)
    close(descriptor)
    #expect(try listed() == changed)
    #expect(try listed() == changed)
  }

  /// A list that had to read every log leaves their summaries in the cache for the next one.
  @Test func aListWithoutTheSummaryCacheWritesIt() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    for day in 1...3 { _ = try ardoise.succeed(["new", "--amount", "\(day)", "--at", "2026-10-0\(day) 20:00"]) }
    let cache = ardoise.dataDirectory.appendingPathComponent(".summaries.cache")
    try? FileManager.default.removeItem(at: cache)  // absent already is as good
    #expect(!FileManager.default.fileExists(atPath: cache.path))
    let before = try ardoise.run(["list", "--all", "--json"]).stdout
    #expect(FileManager.default.fileExists(atPath: cache.path))
    #expect(try ardoise.run(["list", "--all", "--json"]).stdout == before)
  }
}
