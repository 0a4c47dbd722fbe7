import Foundation
import Testing
@testable import ArdoiseCore

/// Every kind, in French and English, for the three fixture cases, against the texts in `Golden/`.
/// `ARDOISE_UPDATE_GOLDEN=1 swift test` rewrites them: read the diff, they are the product.
@Suite struct DocumentGoldenTests {
  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  struct Sample: CustomTestStringConvertible, Sendable {
    var kind: DocumentKind
    var variant: DocumentVariant
    var fixture: Int
    var language: Language
    var jurisdiction: Jurisdiction

    /// `known-demand-letter.en.md` for France (the default), `known-demand-letter.en.gb-eng.md`
    /// for England and Wales, `known-demand-letter.en.xx.md` for a jurisdiction ardoise does not know.
    var name: String {
      let kindName = kind.rawValue + (variant == .sms ? "-sms" : "")
      let law = jurisdiction == .france ? "" : "." + jurisdiction.code
      return "\(DocumentFixtures.cases[fixture].name)-\(kindName).\(language.rawValue)\(law)"
    }
    var testDescription: String { name }
  }

  /// The jurisdiction × language matrix on every document kind that exists in the jurisdiction;
  /// the unknown jurisdiction on the first fixture only.
  static let samples: [Sample] = DocumentKind.allCases.flatMap { kind in
    (kind == .reminder ? [DocumentVariant.email, .sms] : [.email]).flatMap { variant in
      DocumentFixtures.cases.indices.flatMap { fixture in
        ([Jurisdiction.france, .englandAndWales] + (fixture == 0 ? [.unsupported("xx")] : [])).flatMap { jurisdiction in
          Language.allCases.compactMap { language in
            kind.applies(to: jurisdiction)
              ? Sample(kind: kind, variant: variant, fixture: fixture, language: language, jurisdiction: jurisdiction) : nil
          }
        }
      }
    }
  }

  static func request(for sample: Sample) -> DocumentRequest {
    var config = DocumentFixtures.config
    config.jurisdiction = sample.jurisdiction
    return DocumentFixtures.request(sample.kind, DocumentFixtures.cases[sample.fixture], sample.language, variant: sample.variant,
                                    config: config)
  }

  @Test(arguments: samples)
  func matchesGolden(_ sample: Sample) throws {
    let document = try DocumentGenerator.generate(Self.request(for: sample))
    let url = Self.goldenDirectory.appendingPathComponent(sample.name + ".md")
    if ProcessInfo.processInfo.environment["ARDOISE_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
      try Data(document.text.utf8).write(to: url)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(document.text == expected, "\(sample.name) differs from its golden file; rerun with ARDOISE_UPDATE_GOLDEN=1 and review the diff")
  }

  @Test func everyGoldenFileIsStillProduced() throws {
    let names = Set(Self.samples.map { $0.name + ".md" })
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.goldenDirectory.path).filter { $0.hasSuffix(".md") }
    #expect(Set(files) == names)
  }
}
