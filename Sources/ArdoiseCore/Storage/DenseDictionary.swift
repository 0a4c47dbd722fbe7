/// A dictionary for many large values: the values end to end in one array, the keys in another
/// in the same order, and a small index from key to position.
///
/// A `Dictionary` keeps its values in its hash table, which holds up to twice as many slots as
/// elements (a hundred thousand cases reserve 262,144 slots): for values of a hundred bytes and
/// more, half of that memory is empty slots. Here the table holds only 4-byte positions. Removing
/// moves the last element into the hole, so the order is that of insertion until something is
/// removed, and is no order to rely on (as with `Dictionary`).
public struct DenseDictionary<Key: Hashable, Value> {
  // Inlinable, so that another module (the screen's list of rows) gets it specialized for its
  // types: unspecialized, each access looked up the generic types' metadata in the runtime.
  @usableFromInline var positions: [Key: Int32] = [:]
  @usableFromInline var storedKeys: [Key] = []
  @usableFromInline var storedValues: [Value] = []

  @inlinable public init() {}

  /// Every key, in the same order as ``values``.
  @inlinable public var keys: [Key] { storedKeys }
  /// Every value, in the same order as ``keys``.
  @inlinable public var values: [Value] { storedValues }

  @inlinable public var count: Int { storedKeys.count }
  @inlinable public var isEmpty: Bool { storedKeys.isEmpty }

  @inlinable public mutating func reserveCapacity(_ capacity: Int) {
    positions.reserveCapacity(capacity)
    storedKeys.reserveCapacity(capacity)
    storedValues.reserveCapacity(capacity)
  }

  /// The value for `key`; setting nil removes it.
  @inlinable public subscript(key: Key) -> Value? {
    get { positions[key].map { storedValues[Int($0)] } }
    set {
      if let position = positions[key].map(Int.init) {
        if let newValue {
          storedValues[position] = newValue
        } else {
          remove(at: position)
        }
      } else if let newValue {
        positions[key] = Int32(storedKeys.count)
        storedKeys.append(key)
        storedValues.append(newValue)
      }
    }
  }

  /// Removes the element at `position`, moving the last one into its place.
  @inlinable mutating func remove(at position: Int) {
    positions[storedKeys[position]] = nil
    let last = storedKeys.count - 1
    if position != last {
      storedKeys[position] = storedKeys[last]
      storedValues[position] = storedValues[last]
      positions[storedKeys[position]] = Int32(position)
    }
    storedKeys.removeLast()
    storedValues.removeLast()
  }
}

extension DenseDictionary: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (Key, Value)...) {
    self.init()
    for (key, value) in elements { self[key] = value }
  }
}

extension DenseDictionary: Sequence {
  @inlinable public func makeIterator() -> Zip2Sequence<[Key], [Value]>.Iterator { zip(storedKeys, storedValues).makeIterator() }
}

extension DenseDictionary: Equatable where Value: Equatable {
  /// The same keys with equal values, in any order.
  public static func == (lhs: DenseDictionary, rhs: DenseDictionary) -> Bool {
    guard lhs.count == rhs.count else { return false }
    for (key, value) in lhs {
      guard let other = rhs[key], other == value else { return false }
    }
    return true
  }
}

extension DenseDictionary: Sendable where Key: Sendable, Value: Sendable {}
