import Foundation
import Testing

/// `ardoise doc --format txt|pdf`: the PDF made by WeasyPrint, read back with poppler's tools.
@Suite(.serialized) struct DocCommandFormatTests {
  /// Words of page 1 with their box in points: `pdftotext -bbox`.
  static func words(_ pdf: String, page: Int = 1) throws -> [(text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)] {
    let html = try ExternalTools.output("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"])
    let pattern = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
    return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
      func group(_ index: Int) -> String { Range(match.range(at: index), in: html).map { String(html[$0]) } ?? "" }
      guard let xMin = Double(group(1)), let yMin = Double(group(2)), let xMax = Double(group(3)), let yMax = Double(group(4)) else { return nil }
      return (group(5), xMin, yMin, xMax, yMax)
    }
  }

  static func points(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }

  /// Page 1 as `pdftoppm` draws it, in grey at 72 dpi (a pixel a point): whether the pixel at
  /// (x, y) is ink.
  static func inked(_ pdf: String) throws -> (Int, Int) -> Bool {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-ppm-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }  // a temporary copy: nothing is lost
    _ = try ExternalTools.output("pdftoppm", ["-f", "1", "-l", "1", "-r", "72", "-gray", "-singlefile", pdf, directory.appendingPathComponent("page").path])
    let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent("page.pgm")))
    // "P5", width, height, the maximum value, each followed by one white space; then the pixels.
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 {
      while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
      var value = 0
      while bytes[index] >= 0x30 && bytes[index] <= 0x39 { value = value * 10 + Int(bytes[index] - 0x30); index += 1 }
      fields.append(value)
    }
    let (width, height) = (fields[0], fields[1])
    let pixels = Array(bytes[(index + 1)...])
    #expect(pixels.count == width * height)
    return { x, y in x >= 0 && y >= 0 && x < width && y < height && pixels[y * width + x] < 128 }
  }

  @Test(.needsTools(["weasyprint", "pdftotext", "pdfinfo", "pdffonts", "pdftoppm"]), arguments: ["fr", "en"]) func aShortLetterIsOneA4PageWithTheAddressInTheWindow(language: String) throws {
    guard try ExternalTools.available(["weasyprint", "pdftotext", "pdfinfo", "pdffonts"]) else { return }
    let (ardoise, id) = try SendCommandTests.restaurant(language)
    defer { ardoise.removeData() }
    let result = try ardoise.run(["doc", id, "reminder", "--format", "pdf"])
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(pdf == ardoise.dataDirectory.path + "/documents/\(id)-reminder-\(language).pdf")
    #expect(FileManager.default.fileExists(atPath: String(pdf.dropLast(4)) + ".md"), "the Markdown is written too")
    #expect(try FileManager.default.attributesOfItem(atPath: pdf)[.posixPermissions] as? Int == 0o600)

    let info = try ExternalTools.output("pdfinfo", [pdf])
    #expect(try ExternalTools.pageCount(pdf) == 1, "\(info)")
    #expect(info.contains("595.276 x 841.89 pts (A4)") || info.contains("595.28 x 841.89 pts (A4)"), "\(info)")
    let text = try ExternalTools.output("pdftotext", ["-layout", pdf, "-"]).replacingOccurrences(of: "\u{A0}", with: " ")
      .replacingOccurrences(of: "\u{202F}", with: " ")
    let french = language == "fr"
    #expect(text.contains(french ? "Objet : Le Petit Zinc — votre addition du 10 janvier 2026" : "Subject: Le Petit Zinc — your bill of 10 January 2026"), "\(text)")
    #expect(text.contains(french ? "86,50 €" : "€86.50"))
    #expect(text.contains("Le Petit Zinc") && text.contains("SARL Le Petit Zinc"))
    #expect(text.contains(french ? "Lyon, le " : "Lyon, "))
    #expect(try ExternalTools.output("pdffonts", [pdf]).contains("Bold"), "the object line is bold")

    // The recipient's lines lie inside the envelope's window: French DL on the right, British DL on the left.
    let window = french ? (left: 100.0, top: 50.0, right: 200.0, bottom: 95.0) : (left: 20.0, top: 50.0, right: 110.0, bottom: 95.0)
    let words = try Self.words(pdf)
    // The first time each word appears: the letter's text names the customer again further down.
    var recipient: [(text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)] = []
    for word in words where ["Julien", "Moreau", "Jaurès", "69007"].contains(word.text) && !recipient.contains(where: { $0.text == word.text }) {
      recipient.append(word)
    }
    #expect(Set(recipient.map(\.text)).count == 4, "\(recipient)")
    for word in recipient {
      #expect(word.xMin >= Self.points(window.left) && word.xMax <= Self.points(window.right), "\(word)")
      #expect(word.yMin >= Self.points(window.top) && word.yMax <= Self.points(window.bottom), "\(word)")
    }
    // And on the page as drawn (pdftoppm): each of those words is ink where the text says it is.
    let inked = try Self.inked(pdf)
    for word in recipient {
      let ink = (Int(word.xMin)...Int(word.xMax)).flatMap { x in (Int(word.yMin)...Int(word.yMax)).map { (x, $0) } }.filter(inked).count
      #expect(ink > 10, "no ink where \(word.text) is")
    }
    // The window's margin above the address is blank: nothing else shows through the envelope.
    let above = (Int(Self.points(window.left))...Int(Self.points(window.right))).filter { x in inked(x, Int(Self.points(window.top)) + 1) }
    #expect(above.isEmpty, "ink at the window's top edge: \(above.prefix(5))")
  }

  @Test(.needsTools(["weasyprint", "pdftotext", "pdfinfo"])) func aLongerLetterNumbersItsPagesAndEndsWithThePrivacyNotice() throws {
    guard try ExternalTools.available(["weasyprint", "pdftotext", "pdfinfo"]) else { return }
    let (ardoise, id) = try SendCommandTests.restaurant("fr")
    defer { ardoise.removeData() }
    let result = try ardoise.run(["doc", id, "demand-letter", "--format", "pdf"])
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let pages = try #require(try ExternalTools.pageCount(pdf))
    #expect(pages >= 2)
    let last = try ExternalTools.output("pdftotext", ["-f", String(pages), "-l", String(pages), pdf, "-"])
    #expect(last.range(of: "\(pages) ?/ ?\(pages)", options: .regularExpression) != nil, "\(last)")
    let first = try ExternalTools.output("pdftotext", ["-f", "1", "-l", "1", pdf, "-"])
    #expect(first.range(of: "1 ?/ ?\(pages)", options: .regularExpression) == nil, "the first page carries no number")
    let all = try ExternalTools.output("pdftotext", [pdf, "-"])
    #expect(all.contains("Objet : mise en demeure de payer"))
    #expect(all.contains("Information sur vos données personnelles"))
    #expect(all.contains("SIRET : 732 829 320 00074"), "the head set by the page keeps the company number")
    #expect(all.components(separatedBy: "8 avenue Jean Jaurès").count == 2, "the address is printed once")
  }

  @Test func plainTextHasNoMarkdownMarkup() throws {
    let (ardoise, id) = try SendCommandTests.restaurant("fr")
    defer { ardoise.removeData() }
    let path = try ardoise.succeed(["doc", id, "demand-letter", "--format", "txt"])
    #expect(path.hasSuffix("/documents/\(id)-demand-letter-fr.txt"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("Objet\u{202F}: mise en demeure de payer") && !text.contains("**") && !text.contains("\n---\n"))
  }

  @Test func withoutTheTypesetterTheErrorNamesThePackageAndTheMarkdownIsWritten() throws {
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let result = try ardoise.run(["doc", id, "reminder", "--format", "pdf"], environment: ["ARDOISE_WEASYPRINT": "/nonexistent/weasyprint"])
    #expect(result.status == 1)
    let errors = result.stderr.split(separator: "\n")
    #expect(errors.count == 1 && errors[0].contains("apt-get install weasyprint"), "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: ardoise.dataDirectory.path + "/documents/\(id)-reminder-en.md"))
    #expect(!FileManager.default.fileExists(atPath: ardoise.dataDirectory.path + "/documents/\(id)-reminder-en.pdf"))
  }
}
