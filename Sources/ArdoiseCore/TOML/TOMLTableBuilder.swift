/// A table while ``TOMLParser`` reads a document: what is in it so far and how it was made, for
/// TOML's rules on defining a table twice.
final class TOMLTableBuilder {
  enum Origin {
    /// Made as the parent of a header (`a` for `[a.b]`): a `[a]` header may still define it.
    case implicit
    /// Defined by its own `[header]` (or the document's root, or an element of `[[array]]`).
    case header
    /// Made by a dotted key (`a.b = 1` makes `a`): no header may define it afterwards.
    case dotted
  }

  /// The elements of an array of tables, boxed so that `[[a]]` appends in constant time.
  final class TableArray {
    var elements: [TOMLTableBuilder]
    init(_ first: TOMLTableBuilder) { elements = [first] }
  }

  enum Entry {
    /// A finished value: a string, number, date, array or inline table; nothing extends it.
    case value(TOMLValue)
    case table(TOMLTableBuilder)
    case tables(TableArray)
  }

  var origin: Origin
  private(set) var keys: [String] = []
  private(set) var entries: [String: Entry] = [:]

  init(_ origin: Origin) { self.origin = origin }

  func insert(_ key: String, _ entry: Entry) {
    if entries.updateValue(entry, forKey: key) == nil { keys.append(key) }
  }

  /// The finished table. Recursion is bounded by the parser's depth limit.
  func build() -> TOMLTable {
    var table = TOMLTable()
    for key in keys {
      switch entries[key] {
      case .value(let value): table.set(key, value)
      case .table(let child): table.set(key, .table(child.build()))
      case .tables(let list): table.set(key, .array(list.elements.map { .table($0.build()) }))
      case nil: break
      }
    }
    return table
  }
}
