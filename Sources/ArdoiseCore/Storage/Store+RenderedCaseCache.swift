import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A case as a command renders it (`list --json`'s line), and whether that depends on the day.
public struct RenderedCase: Sendable {
  public var bytes: [UInt8]
  /// True when the same case renders otherwise on another day (a payment plan's instalments).
  public var dependsOnDay: Bool

  public init(bytes: [UInt8], dependsOnDay: Bool) {
    self.bytes = bytes
    self.dependsOnDay = dependsOnDay
  }
}

extension Store {
  /// Hands the cases `ids` as `render` makes them to `consume`, in the order of `ids`, taking each
  /// from the rendered cache (`.rendered.cache`, see ``RenderedCaseCache``) while its log is the
  /// one the store loaded, else reading and replaying its log and rendering it (a batch at a time
  /// on every core, as ``forEachIncident(_:batchSize:transform:consume:)`` does). The bytes are the
  /// same either way. Cases rendered anew are added to the cache as they go out; a cache with
  /// many lines no longer used is written again whole, when `ids` are every case.
  ///
  /// `context`: what else the rendering depends on (the playbook's steps): a cache made in
  /// another context is not used. `today`: the day lines that depend on it are valid for.
  public func forEachRenderedCase(_ ids: [IncidentID], context: String, today: CalendarDay, batchSize: Int = 256,
                                  render: @escaping @Sendable (StoredIncident) -> RenderedCase, consume: (ArraySlice<UInt8>) -> Void) {
    guard usesSummaryCache, directory.isInitialized, let cache = RenderedCaseCache.open(in: directory, context: context) else {
      forEachIncident(ids, batchSize: batchSize, transform: { render($0).bytes }, consume: { consume($0[...]) })
      return
    }
    defer { cache.close() }
    let day = Int32(clamping: today.daysSince1970)
    // A line is used when it was made from the log the store loaded (checked then), on any day or
    // today.
    func isCurrent(_ id: IncidentID, _ located: RenderedCaseCache.Located) -> Bool {
      located.key == entries[id]?.renderKey && (located.day == nil || located.day == day)
    }
    var misses = 0
    let wanted = ids.map { id -> RenderedCaseCache.Located? in
      guard let located = cache.located[id], isCurrent(id, located) else {
        misses += 1
        return nil
      }
      return located
    }
    let liveBytes = cache.located.reduce(0) { $0 + (isCurrent($1.key, $1.value) ? $1.value.length : 0) }
    let deadBytes = cache.fileSize - cache.header.count - liveBytes
    let coversEveryCase = ids.count >= entries.values.reduce(0) { $0 + ($1.summary == nil ? 0 : 1) }
    // A new file of the lines listed when there is no usable one; or, listing every case, when the
    // file holds more lines no longer used than used, or a quarter of the cases are made anew;
    // or, listing some, when lines no longer used are many more (the cases not listed are then
    // made again by the next full list). Lines made anew are appended otherwise.
    var writer: RenderedCaseCacheWriter?
    let replaces = !cache.isUsable || (coversEveryCase ? deadBytes > max(liveBytes, 1 << 20) || misses > ids.count / 4
      : deadBytes > max(3 * liveBytes, 16 << 20))
    if replaces {
      writer = RenderedCaseCacheWriter(replacing: cache, in: directory)
    } else if misses > 0 {
      writer = RenderedCaseCacheWriter(appendingTo: cache, in: directory)
    }
    let handed = Handed(value: cache)
    let directory = directory
    let casesDescriptor = Glibc.open(directory.casesPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if casesDescriptor >= 0 { close(casesDescriptor) } }
    var start = 0
    func nextBatch() -> PendingRenderedBatch? {
      guard start < ids.count else { return nil }
      let range = start..<min(ids.count, start + batchSize)
      start = range.upperBound
      let batch = Array(zip(ids[range], wanted[range]))
      return PendingRenderedBatch {
        Store.renderedBatch(batch, cache: handed.value, casesDescriptor: casesDescriptor, directory: directory, day: day, render: render)
      }
    }
    var pending = nextBatch()
    while let current = pending {
      pending = nextBatch()
      for output in current.outputs() {
        guard let output else { continue }
        consume(output.line[output.rendered])
        if output.isLine, output.isNew || replaces { writer?.add(output.line) }
      }
    }
    writer?.finish()
  }

  /// One batch: the lines the cache holds for it read in as few reads as they can be, then each
  /// case taken from its line or, failing that, read, replayed and rendered, on every core.
  private static func renderedBatch(_ batch: [(IncidentID, RenderedCaseCache.Located?)], cache: RenderedCaseCache, casesDescriptor: Int32,
                                    directory: DataDirectory, day: Int32, render: @Sendable (StoredIncident) -> RenderedCase)
    -> [RenderedOutput?]
  {
    let hits = batch.indices.filter { batch[$0].1 != nil }
    var fetched = [(block: [UInt8], line: Range<Int>)?](repeating: nil, count: batch.count)
    cache.readLines(hits.map { batch[$0].1! }) { position, block, line in fetched[hits[position]] = (block, line) }
    // Lines checked, and the others made, on every core.
    return ParallelMap.map(Array(batch.indices), minimumCount: 8) { [fetched] slot -> RenderedOutput? in
      let (id, located) = batch[slot]
      if let entry = fetched[slot], let located {
        let (block, line) = entry
        let rendered = block.withUnsafeBufferPointer { bytes in
          RenderedCaseCache.rendered(in: UnsafeBufferPointer(rebasing: bytes[line]), id: id, located: located)
        }
        if let rendered {
          return RenderedOutput(line: block[line], rendered: (line.lowerBound + rendered.lowerBound)..<(line.lowerBound + rendered.upperBound),
                                isNew: false, isLine: true)
        }
      }
      guard let streamed = Store.streamedIncident(id, casesDescriptor: casesDescriptor, directory: directory) else { return nil }
      let rendered = render(streamed.stored)
      guard let key = streamed.key else {
        return RenderedOutput(line: rendered.bytes[...], rendered: 0..<rendered.bytes.count, isNew: false, isLine: false)
      }
      let made = RenderedCaseCache.line(id: id, key: key, day: rendered.dependsOnDay ? day : nil, rendered: rendered.bytes)
      return RenderedOutput(line: made.line[...], rendered: made.rendered, isNew: true, isLine: true)
    }
  }
}

/// A case's bytes for the output, within the cache line that holds them.
struct RenderedOutput: Sendable {
  /// The cache line (or the rendered bytes alone, when they may not be cached), perhaps a slice
  /// of a block read from the cache.
  var line: ArraySlice<UInt8>
  /// Where the rendered bytes are in `line` (in its indices).
  var rendered: Range<Int>
  /// Whether the line was made now (not read from the cache).
  var isNew: Bool
  /// Whether `line` is a cache line.
  var isLine: Bool
}

/// One batch of ``Store/forEachRenderedCase(_:context:today:batchSize:render:consume:)`` being
/// made on other threads; ``outputs()`` waits for it. Its outputs are written once, by that work,
/// and read only after it ended.
private final class PendingRenderedBatch: @unchecked Sendable {
  private let group = DispatchGroup()
  private var results: [RenderedOutput?] = []

  init(_ work: @escaping @Sendable () -> [RenderedOutput?]) {
    DispatchQueue.global().async(group: group) { self.results = work() }
  }

  func outputs() -> [RenderedOutput?] {
    group.wait()
    return results
  }
}
