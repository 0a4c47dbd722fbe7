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

    var name: String {
      let kindName = kind.rawValue + (variant == .sms ? "-sms" : "")
      return "\(DocumentFixtures.cases[fixture].name)-\(kindName).\(language.rawValue)"
    }
    var testDescription: String { name }
  }

  static let samples: [Sample] = DocumentKind.allCases.flatMap { kind in
    (kind == .reminder ? [DocumentVariant.email, .sms] : [.email]).flatMap { variant in
      DocumentFixtures.cases.indices.flatMap { fixture in
        Language.allCases.map { Sample(kind: kind, variant: variant, fixture: fixture, language: $0) }
      }
    }
  }

  @Test(arguments: samples)
  func matchesGolden(_ sample: Sample) throws {
    let request = DocumentFixtures.request(sample.kind, DocumentFixtures.cases[sample.fixture], sample.language, variant: sample.variant)
    let document = try DocumentGenerator.generate(request)
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
