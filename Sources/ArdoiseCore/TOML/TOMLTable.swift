/// A TOML table: its keys in the order the document wrote them, each with its value.
public struct TOMLTable: Sendable, Equatable, Sequence {
  /// The keys, in the document's order.
  public private(set) var keys: [String] = []
  private var values: [String: TOMLValue] = [:]

  public init() {}

  /// The value at `key`, nil when the table has none.
  public subscript(key: String) -> TOMLValue? { values[key] }

  public var isEmpty: Bool { keys.isEmpty }
  public var count: Int { keys.count }

  /// Adds `value` at `key`, or replaces the value already there (keeping its place).
  public mutating func set(_ key: String, _ value: TOMLValue) {
    if values.updateValue(value, forKey: key) == nil { keys.append(key) }
  }

  public func makeIterator() -> AnyIterator<(key: String, value: TOMLValue)> {
    var index = 0
    return AnyIterator { () -> (key: String, value: TOMLValue)? in
      guard index < keys.count, let value = values[keys[index]] else { return nil }
      defer { index += 1 }
      return (keys[index], value)
    }
  }
}
