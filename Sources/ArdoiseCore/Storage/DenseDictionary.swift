/// A dictionary for many large values: the values end to end in one array, the keys in another
/// in the same order, and a small index from key to position.
///
/// A `Dictionary` keeps its values in its hash table, which holds up to twice as many slots as
/// elements (a hundred thousand cases reserve 262,144 slots): for values of a hundred bytes and
/// more, half of that memory is empty slots. Here the table holds only 4-byte positions. Removing
/// moves the last element into the hole, so the order is that of insertion until something is
/// removed, and is no order to rely on (as with `Dictionary`).
public struct DenseDictionary<Key: Hashable, Value> {
  private var positions: [Key: Int32] = [:]
  /// Every key, in the same order as ``values``.
  public private(set) var keys: [Key] = []
  /// Every value, in the same order as ``keys``.
  public private(set) var values: [Value] = []

  public init() {}

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }

  public mutating func reserveCapacity(_ capacity: Int) {
    positions.reserveCapacity(capacity)
    keys.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
  }

  /// The value for `key`; setting nil removes it.
  public subscript(key: Key) -> Value? {
    get { positions[key].map { values[Int($0)] } }
    set {
      if let position = positions[key].map(Int.init) {
        if let newValue {
          values[position] = newValue
        } else {
          remove(at: position)
        }
      } else if let newValue {
        positions[key] = Int32(keys.count)
        keys.append(key)
        values.append(newValue)
      }
    }
  }

  /// Removes the element at `position`, moving the last one into its place.
  private mutating func remove(at position: Int) {
    positions[keys[position]] = nil
    let last = keys.count - 1
    if position != last {
      keys[position] = keys[last]
      values[position] = values[last]
      positions[keys[position]] = Int32(position)
    }
    keys.removeLast()
    values.removeLast()
  }
}

extension DenseDictionary: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (Key, Value)...) {
    self.init()
    for (key, value) in elements { self[key] = value }
  }
}

extension DenseDictionary: Sequence {
  public func makeIterator() -> Zip2Sequence<[Key], [Value]>.Iterator { zip(keys, values).makeIterator() }
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
