@testable import ArdoiseCore

/// A small deterministic random number generator, so failing runs can be replayed: ArdoiseCore's
/// SplitMix64.
typealias SeededGenerator = SplitMix64
