import Foundation

@testable import ArdoiseCore

/// Records, through ``FileOperationWatcher``, every write, fsync, rename and removal the store
/// makes under a data directory, with what each file held after it, so that a test can rebuild
/// every state a power cut could leave on disk.
///
/// The model: a file's bytes are durable up to its last fsync; bytes written after it may be
/// lost, kept, or kept only in part (a prefix: the file system keeps the order of one file's
/// appends up to a cut). A directory's entries (creations, renames, removals) are durable up to
/// its last fsync; each directory independently keeps its durable or its current entries.
/// Folders themselves always exist (the store fsyncs a folder's parent when it creates one).
final class PowerCutRecorder {
  /// A file, whatever names it has.
  struct FileState {
    var durable: [UInt8]
    var current: [UInt8]
  }

  /// What the disk holds after one operation, and what had been acknowledged by then.
  struct Moment {
    var files: [Int: FileState]
    var names: [String: Int]
    var durableNames: [String: Int]
    var acknowledged: [Acknowledgement]
    var operation: String
  }

  enum Acknowledgement: Equatable {
    case created(IncidentID)
    case note(IncidentID, String)
    case identity(IncidentID, String)
    case document(String, [UInt8])
  }

  let root: String
  private(set) var moments: [Moment] = []
  private var files: [Int: FileState] = [:]
  private var names: [String: Int] = [:]
  private var durableNames: [String: Int] = [:]
  private var acknowledged: [Acknowledgement] = []
  private var nextFile = 0
  private var watcher: FileOperationWatcher?

  /// Starts from what is on disk under `root` now, all of it durable.
  init(root: String) {
    self.root = root
    for name in allFiles(under: root) { adopt(name) }
    durableNames = names
    moments.append(snapshot("start"))
    let watcher = FileOperationWatcher(root: root) { [unowned self] operation, phase in
      if phase == .after { self.observe(operation) }
    }
    self.watcher = watcher
    FileOperationWatcher.install(watcher)
  }

  func stop() {
    if let watcher { FileOperationWatcher.remove(watcher) }
    watcher = nil
  }

  /// Something the store said was saved: from now on it must survive any power cut.
  func acknowledge(_ acknowledgement: Acknowledgement) {
    acknowledged.append(acknowledgement)
    if var last = moments.popLast() {
      last.acknowledged = acknowledged
      moments.append(last)
    }
  }

  /// Takes a file changed behind the store's back (a test's own damage) as durable as it is now.
  func adoptAsDurable(_ path: String) {
    let name = relative(path)
    let bytes = contents(name)
    if let file = names[name] {
      files[file] = FileState(durable: bytes, current: bytes)
    } else {
      adopt(name)
      durableNames[name] = names[name]
    }
    moments.append(snapshot("adopt \(name)"))
  }

  private func adopt(_ name: String) {
    let bytes = contents(name)
    files[nextFile] = FileState(durable: bytes, current: bytes)
    names[name] = nextFile
    nextFile += 1
  }

  private func relative(_ path: String) -> String { String(path.dropFirst(root.count + 1)) }

  private func contents(_ name: String) -> [UInt8] {
    (try? Data(contentsOf: URL(fileURLWithPath: root + "/" + name))).map { [UInt8]($0) } ?? []
  }

  private func folder(of name: String) -> String { (name as NSString).deletingLastPathComponent }

  private func observe(_ operation: FileOperationWatcher.Operation) {
    switch operation {
    case .create(let path):
      files[nextFile] = FileState(durable: [], current: [])
      names[relative(path)] = nextFile
      nextFile += 1
    case .write(let path), .truncate(let path, _):
      guard let file = names[relative(path)] else { return }
      files[file]?.current = contents(relative(path))
    case .sync(let path):
      guard let file = names[relative(path)] else { return }
      let current = files[file]?.current ?? []
      files[file]?.durable = current
    case .rename(let from, let to):
      names[relative(to)] = names.removeValue(forKey: relative(from))
    case .link(let from, let to):
      names[relative(to)] = names[relative(from)]
    case .unlink(let path):
      names[relative(path)] = nil
    case .syncDirectory(let path):
      let folder = path == root ? "" : relative(path)
      durableNames = durableNames.filter { self.folder(of: $0.key) != folder }
      for (name, file) in names where self.folder(of: name) == folder { durableNames[name] = file }
    }
    moments.append(snapshot("\(operation)"))
  }

  private func snapshot(_ operation: String) -> Moment {
    Moment(files: files, names: names, durableNames: durableNames, acknowledged: acknowledged, operation: operation)
  }
}

extension PowerCutRecorder.Moment {
  /// Every disk a power cut at this moment may leave: each folder with its durable or its current
  /// entries, each file with its durable bytes, its current bytes, or its durable bytes and part
  /// of what followed.
  func crashStates() -> [[String: [UInt8]]] {
    let folders = Set((names.keys.map(folder(of:)) + durableNames.keys.map(folder(of:))))
    let unsettled = folders.filter { folder in
      names.filter { self.folder(of: $0.key) == folder } != durableNames.filter { self.folder(of: $0.key) == folder }
    }.sorted()
    var layouts: [[String: Int]] = []
    for choice in 0..<(1 << unsettled.count) {
      var layout: [String: Int] = [:]
      for (name, file) in names where !unsettled.contains(folder(of: name)) { layout[name] = file }
      for (index, folder) in unsettled.enumerated() {
        let source = choice & (1 << index) != 0 ? names : durableNames
        for (name, file) in source where self.folder(of: name) == folder { layout[name] = file }
      }
      layouts.append(layout)
    }
    var states: [[String: [UInt8]]] = []
    for layout in layouts {
      let reachable = Set(layout.values).sorted()
      var partial: [[Int: [UInt8]]] = [[:]]
      for file in reachable {
        guard let state = files[file] else { continue }
        let variants = Self.variants(of: state)
        partial = partial.flatMap { chosen in variants.map { chosen.merging([file: $0]) { $1 } } }
      }
      for chosen in partial {
        states.append(layout.mapValues { chosen[$0] ?? [] })
      }
    }
    return states
  }

  private func folder(of name: String) -> String { (name as NSString).deletingLastPathComponent }

  private static func variants(of state: PowerCutRecorder.FileState) -> [[UInt8]] {
    guard state.durable != state.current else { return [state.current] }
    var result = [state.durable, state.current]
    if state.current.count > state.durable.count, Array(state.current.prefix(state.durable.count)) == state.durable {
      let extra = state.current.count - state.durable.count
      for cut in Set([1, extra / 2, extra - 1]) where cut > 0 && cut < extra {
        result.append(Array(state.current.prefix(state.durable.count + cut)))
      }
    }
    return result
  }
}
