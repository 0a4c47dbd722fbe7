import CSV
import Foundation
import Testing

@Suite(.serialized) struct ExportCommandTests {
  /// Two cases, one identified and partly paid with awkward text, one closed.
  func seeded() throws -> (ArdoiseProcess, String, String) {
    let ardoise = try ArdoiseProcess()
    let first = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-01-10 21:30", "--table", "terrasse, 3",
                                     "--covers", "2", "--server", "Léa", "--note", "Said \"back soon\",\nnever came back",
                                     "--description", "Tall man, red scarf"])
    try ardoise.succeed(["identify", first, "--name", "Jean Dupont", "--phone", "0600000000", "--address", "1 rue A, Lyon"])
    try ardoise.succeed(["pay", first, "10"])
    let second = try ardoise.succeed(["new", "--amount", "15", "--at", "2026-01-11 12:00"])
    try ardoise.succeed(["close", second, "--resolution", "written-off"])
    return (ardoise, first, second)
  }

  func readCSV(_ text: String) throws -> [[String: String]] {
    let reader = try CSVReader(string: text, hasHeaderRow: true)
    let header = reader.headerRow ?? []
    var rows: [[String: String]] = []
    while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row).map { ($0, $1) })) }
    return rows
  }

  @Test func csvReadsBackWithTheSameValues() throws {
    let (ardoise, first, second) = try seeded()
    defer { ardoise.removeData() }
    let open = try readCSV(try ardoise.succeed(["export", "--format", "csv"]))
    #expect(open.count == 1)
    let row = try #require(open.first)
    #expect(row["id"] == first)
    #expect(row["table"] == "terrasse, 3")
    #expect(row["covers"] == "2")
    #expect(row["server"] == "Léa")
    #expect(row["amount"] == "42.50")
    #expect(row["paid"] == "10.00")
    #expect(row["outstanding"] == "32.50")
    #expect(row["status"] == "open")
    #expect(row["resolution"] == "")

    let all = try readCSV(try ardoise.succeed(["export", "--format", "csv", "--all"]))
    #expect(all.map { $0["id"] } == [first, second])
    #expect(all.last?["resolution"] == "written-off")
  }

  @Test func personalDataOnlyWithTheFlag() throws {
    let (ardoise, _, _) = try seeded()
    defer { ardoise.removeData() }
    for format in ["csv", "json"] {
      let plain = try ardoise.succeed(["export", "--format", format, "--all"])
      for secret in ["Jean Dupont", "0600000000", "rue A", "red scarf", "back soon", "customer_name", "summary"] {
        #expect(!plain.contains(secret), "\(format): \(secret)")
      }
    }
    let rows = try readCSV(try ardoise.succeed(["export", "--format", "csv", "--with-personal-data"]))
    let row = try #require(rows.first)
    #expect(row["customer_name"] == "Jean Dupont")
    #expect(row["customer_address"] == "1 rue A, Lyon")
    #expect(row["summary"] == "Said \"back soon\",\nnever came back")
    #expect(row["customer_description"] == "Tall man, red scarf")
  }

  @Test func jsonIsAnArrayWithDecimalStrings() throws {
    let (ardoise, first, _) = try seeded()
    defer { ardoise.removeData() }
    let text = try ardoise.succeed(["export", "--format", "json"])
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    let row = try #require(parsed?.first)
    #expect(parsed?.count == 1)
    #expect(row["id"] as? String == first)
    #expect(row["amount"] as? String == "42.50")
    #expect(row["outstanding"] as? String == "32.50")
    #expect(row["resolution"] is NSNull)
  }

  @Test func unknownFormatFails() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let result = try ardoise.run(["export", "--format", "xml"])
    #expect(result.status == 64)
    #expect(result.stderr == "ardoise: --format: unknown “xml”; valid: csv, json (see --help)\n")
  }
}
