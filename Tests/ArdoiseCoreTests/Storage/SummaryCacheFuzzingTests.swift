import Foundation
import Testing

@_spi(Fuzzing) @testable import ArdoiseCore

/// The properties `fuzz-summary-cache` checks hold on its seeds (real cache lines of a demo data
/// directory): what reads is written back and reads the same, and a damaged line is skipped.
@Suite struct SummaryCacheFuzzingTests {
  private static var corpus: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fuzz/Corpus/fuzz-summary-cache")
  }

  @Test func seedsReadBackAsWritten() throws {
    let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
    #expect(seeds.count >= 10)
    var entries = 0
    for seed in seeds {
      let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(seed)))
      bytes.withUnsafeBufferPointer { SummaryCacheFuzzing.readBody($0) }  // stops the process if a property breaks
      entries += bytes.withUnsafeBufferPointer { SummaryCache.parseLines($0).count }
    }
    // The sealed seeds read as entries (the unsealed ones only once the fuzz target seals them).
    #expect(entries >= 9)
  }

  @Test func aDamagedLineIsSkipped() throws {
    var line = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent("line-0")))
    #expect(line.withUnsafeBufferPointer { SummaryCache.parseLines($0).count } == 1)
    line[3] ^= 0x01
    #expect(line.withUnsafeBufferPointer { SummaryCache.parseLines($0).count } == 0)
  }
}
