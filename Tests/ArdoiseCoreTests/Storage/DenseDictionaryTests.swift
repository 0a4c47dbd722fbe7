import Testing

@testable import ArdoiseCore

@Suite struct DenseDictionaryTests {
  /// Setting, replacing and removing behave as a `Dictionary` does, whatever is removed (the
  /// last element moves into the hole and stays found).
  @Test func behavesAsADictionary() {
    var dense: DenseDictionary<String, Int> = [:]
    var plain: [String: Int] = [:]
    #expect(dense.isEmpty)
    for index in 0..<50 {
      dense["k\(index)"] = index
      plain["k\(index)"] = index
    }
    dense["k7"] = 700
    plain["k7"] = 700
    for removed in ["k0", "k49", "k25", "k7", "absent"] {
      dense[removed] = nil
      plain[removed] = nil
    }
    #expect(dense.count == plain.count)
    for (key, value) in plain { #expect(dense[key] == value) }
    #expect(dense["k0"] == nil && dense["k49"] == nil && dense["absent"] == nil)
    #expect(Set(dense.keys) == Set(plain.keys))
    #expect(dense.values.sorted() == plain.values.sorted())
    // Keys and values stay paired.
    for (key, value) in dense { #expect(plain[key] == value) }
    dense["k49"] = 49
    #expect(dense["k49"] == 49 && dense.count == plain.count + 1)
  }

  /// Equal when the same keys hold equal values, in whatever order they were set.
  @Test func equalityIgnoresOrder() {
    let forward: DenseDictionary<String, Int> = ["a": 1, "b": 2, "c": 3]
    var backward: DenseDictionary<String, Int> = [:]
    for (key, value) in [("c", 3), ("b", 2), ("a", 1)] { backward[key] = value }
    #expect(forward == backward)
    backward["b"] = 20
    #expect(forward != backward)
    backward["b"] = nil
    #expect(forward != backward)
  }

  /// Thousands of keys set, replaced and removed in a shuffled order, through several growths of
  /// the index and removals that move other keys back in it: the same as a `Dictionary` each time.
  @Test func manyChangesKeepEveryKeyFound() {
    var generator = SplitMix64(seed: 42)
    var dense = DenseDictionary<Int, Int>()
    var plain: [Int: Int] = [:]
    for step in 0..<20_000 {
      let key = Int.random(in: 0..<3_000, using: &generator)
      if Int.random(in: 0..<3, using: &generator) == 0 {
        dense[key] = nil
        plain[key] = nil
      } else {
        dense[key] = step
        plain[key] = step
      }
    }
    #expect(dense.count == plain.count)
    for key in 0..<3_000 { #expect(dense[key] == plain[key]) }
    for (key, value) in dense { #expect(plain[key] == value) }
    var reserved = DenseDictionary<Int, Int>()
    reserved.reserveCapacity(1_000)
    for key in 0..<1_000 { reserved[key] = -key }
    for key in stride(from: 0, to: 1_000, by: 2) { reserved[key] = nil }
    #expect(reserved.count == 500 && (0..<1_000).allSatisfy { reserved[$0] == ($0 % 2 == 0 ? nil : -$0) })
  }
}
