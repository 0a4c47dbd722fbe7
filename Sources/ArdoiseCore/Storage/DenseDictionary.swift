/// A dictionary for many large values: the values end to end in one array, the keys in another
/// in the same order, and a small index from key to position.
///
/// A `Dictionary` keeps its values in its hash table, which holds up to twice as many slots as
/// elements (a hundred thousand cases reserve 262,144 slots): for values of a hundred bytes and
/// more, half of that memory is empty slots. Here the table holds only 4-byte positions: it is
/// hand-written (open addressing, linear probing, at most three quarters full) because a
/// `Dictionary` from key to position keeps a copy of every key in each of its slots, and at a
/// hundred thousand cases that index alone took 5.2 MiB, this one 1 MiB. Removing moves the last
/// element into the hole, so the order is that of insertion until something is removed, and is no
/// order to rely on (as with `Dictionary`).
public struct DenseDictionary<Key: Hashable, Value> {
  /// Each slot holds a position in ``keys`` plus one, or 0 when empty; a power of two of them.
  @usableFromInline var slots: [Int32] = []
  /// Every key, in the same order as ``values``.
  @usableFromInline var storedKeys: [Key] = []
  /// Every value, in the same order as ``keys``.
  @usableFromInline var storedValues: [Value] = []

  // Inlinable, so that another module (the screen's list of rows) gets it specialized for its
  // types: unspecialized, each access looked up the generic types' metadata in the runtime.

  /// Every key, in the same order as ``values``.
  @inlinable public var keys: [Key] { storedKeys }
  /// Every value, in the same order as ``keys``.
  @inlinable public var values: [Value] { storedValues }

  @inlinable public init() {}

  @inlinable public var count: Int { storedKeys.count }
  @inlinable public var isEmpty: Bool { storedKeys.isEmpty }

  @inlinable public mutating func reserveCapacity(_ capacity: Int) {
    storedKeys.reserveCapacity(capacity)
    storedValues.reserveCapacity(capacity)
    makeSlots(holding: capacity)
  }

  /// The value for `key`; setting nil removes it.
  @inlinable public subscript(key: Key) -> Value? {
    get {
      guard let slot = slot(of: key).found else { return nil }
      return storedValues[Int(slots[slot]) - 1]
    }
    set {
      let (found, free) = slot(of: key)
      if let found {
        if let newValue {
          storedValues[Int(slots[found]) - 1] = newValue
        } else {
          remove(slot: found)
        }
      } else if let newValue {
        storedKeys.append(key)
        storedValues.append(newValue)
        if let free, storedKeys.count * 4 <= slots.count * 3 {
          slots[free] = Int32(storedKeys.count)
        } else {
          makeSlots(holding: storedKeys.count)
        }
      }
    }
  }

  @inlinable var mask: Int { slots.count - 1 }

  @inlinable func home(of key: Key) -> Int { key.hashValue & mask }

  /// The slot holding `key`, or else the free slot where it would go (nil when there are no slots).
  @inlinable func slot(of key: Key) -> (found: Int?, free: Int?) {
    guard !slots.isEmpty else { return (nil, nil) }
    var slot = home(of: key)
    while true {
      let stored = slots[slot]
      if stored == 0 { return (nil, slot) }
      if storedKeys[Int(stored) - 1] == key { return (slot, nil) }
      slot = (slot + 1) & mask
    }
  }

  /// Makes the slots again, enough for `count` keys (a power of two, at most three quarters full).
  @inlinable mutating func makeSlots(holding count: Int) {
    var size = Swift.max(8, slots.count)
    while count * 4 > size * 3 { size *= 2 }
    guard size != slots.count || slots.isEmpty else { return }
    slots = [Int32](repeating: 0, count: size)
    for position in storedKeys.indices {
      var slot = home(of: storedKeys[position])
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(position + 1)
    }
  }

  /// Removes the element whose slot is `slot`, moving the last element into its place.
  @inlinable mutating func remove(slot: Int) {
    let position = Int(slots[slot]) - 1
    empty(slot)
    let last = storedKeys.count - 1
    if position != last, let moved = self.slot(of: storedKeys[last]).found {
      storedKeys[position] = storedKeys[last]
      storedValues[position] = storedValues[last]
      slots[moved] = Int32(position + 1)
    }
    storedKeys.removeLast()
    storedValues.removeLast()
  }

  /// Empties `slot`, moving back the slots after it that would no longer be found from their
  /// key's home slot (deletion without markers, for linear probing).
  @inlinable mutating func empty(_ slot: Int) {
    var hole = slot
    var next = (slot + 1) & mask
    while slots[next] != 0 {
      let home = home(of: storedKeys[Int(slots[next]) - 1])
      // It may fill the hole when the hole lies between its home and where it is now.
      if (next - home) & mask >= (next - hole) & mask {
        slots[hole] = slots[next]
        hole = next
      }
      next = (next + 1) & mask
    }
    slots[hole] = 0
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
