import ArdoiseCore

/// What the case list's filter searches, in one place: every case in list order with its view
/// flags and its folded text, the texts end to end in one byte array. Filtering walks these
/// arrays without a lookup by id; a letter added to the filter searches only the cases the
/// previous letters matched.
struct CaseSearchIndex: Sendable {
  /// Every case, in list order.
  private(set) var ids: [IncidentID] = []
  /// Per case: open (bit 0), due for a follow-up (bit 1).
  private var flags: [UInt8] = []
  /// Where each case's folded text ends in `bytes` (it starts where the previous one ends).
  private var ends: [Int32] = []
  private var bytes: [UInt8] = []
  /// The last search: its words, its view, and the positions (in `ids`) it matched.
  private var last: (words: [[UInt8]], scope: CaseScope, matches: [Int32])?

  static let open: UInt8 = 1
  static let due: UInt8 = 2

  var count: Int { ids.count }

  /// Builds the index for `order`; `text` makes a case's folded text, unless `previous` already
  /// holds it and the case is not in `changed`.
  init(order: [IncidentID], flags rowFlags: (IncidentID) -> UInt8?, reusing previous: CaseSearchIndex?, changed: Set<IncidentID>,
       text: (IncidentID) -> SearchText?) {
    var known: [IncidentID: Int] = [:]
    if let previous, !previous.ids.isEmpty {
      known.reserveCapacity(previous.ids.count)
      for (position, id) in previous.ids.enumerated() where !changed.contains(id) { known[id] = position }
    }
    ids.reserveCapacity(order.count)
    flags.reserveCapacity(order.count)
    ends.reserveCapacity(order.count)
    // Room enough that the bytes are never copied to a larger block as they grow (at a hundred
    // thousand cases a copy held both blocks at once); pages never written take no memory.
    bytes.reserveCapacity(previous.map { $0.bytes.count + changed.count * 256 } ?? order.count * 256)
    for id in order {
      guard let rowFlags = rowFlags(id) else { continue }
      if let previous, let position = known[id] {
        let start = position == 0 ? 0 : Int(previous.ends[position - 1])
        bytes.append(contentsOf: previous.bytes[start..<Int(previous.ends[position])])
      } else if let folded = text(id) {
        bytes.append(contentsOf: folded.bytes)
      } else {
        continue
      }
      ids.append(id)
      flags.append(rowFlags)
      ends.append(Int32(bytes.count))
    }
  }

  /// The ids in view `scope` whose text holds every one of `words`, in list order. Narrows the
  /// previous answer when each of its words begins a word now at the same place (a letter was
  /// added): a case that did not hold the shorter word cannot hold the longer one.
  mutating func matches(_ words: [SearchText], scope: CaseScope) -> [IncidentID] {
    let needles = words.map(\.bytes)
    let flags = flags
    let previous = last
    let count = ids.count
    var found: [Int32] = []
    bytes.withUnsafeBufferPointer { all in
      ends.withUnsafeBufferPointer { ends in
        let test = { (position: Int) -> Bool in
          guard Self.includes(flags[position], scope: scope) else { return false }
          let start = position == 0 ? 0 : Int(ends[position - 1])
          let text = UnsafeBufferPointer(rebasing: all[start..<Int(ends[position])])
          for needle in needles where !SearchText.occurs(needle, in: text) { return false }
          return true
        }
        if let previous, previous.scope == scope, Self.narrows(previous.words, to: needles) {
          found.reserveCapacity(previous.matches.count)
          for position in previous.matches where test(Int(position)) { found.append(position) }
        } else {
          for position in 0..<count where test(position) { found.append(Int32(position)) }
        }
      }
    }
    last = (needles, scope, found)
    return found.map { ids[Int($0)] }
  }

  /// Whether every match of `longer` is a match of `shorter`: each word of `shorter` begins the
  /// word of `longer` at the same place.
  static func narrows(_ shorter: [[UInt8]], to longer: [[UInt8]]) -> Bool {
    guard shorter.count <= longer.count else { return false }
    for (old, new) in zip(shorter, longer) where !new.starts(with: old) { return false }
    return true
  }

  static func includes(_ flags: UInt8, scope: CaseScope) -> Bool {
    switch scope {
    case .open: flags & open != 0
    case .due: flags & due != 0
    case .closed: flags & open == 0
    case .all: true
    }
  }

  static func flags(of row: CaseRow) -> UInt8 {
    (row.isOpen ? open : 0) | (row.isDue ? due : 0)
  }
}
