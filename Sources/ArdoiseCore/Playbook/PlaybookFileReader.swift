/// The content of a `playbook.toml`, checked key by key, each value with the line it came from.
struct PlaybookFile {
  /// How the file combines with the built-in playbook.
  enum Mode: String {
    /// Steps with a built-in id change that step; other steps are added.
    case extend
    /// The file's steps are the whole playbook.
    case replace
  }

  var mode: Mode
  /// The line of `mode =`, or 1.
  var modeLine: Int
  var steps: [StepPatch]
}

/// One `[[step]]` table: every field optional, so it can change part of a built-in step.
struct StepPatch {
  var id: StepID
  /// The `[[step]]` header line.
  var line: Int
  var idLine: Int
  var titleFrench: String?
  var titleEnglish: String?
  var guidanceFrench: String?
  var guidanceEnglish: String?
  var after: StepID?
  var afterLine: Int
  var guardrails: [Guardrail]
  var subActions: [SubActionPatch]
  var outcomes: [OutcomePatch]
}

/// One `[[step.sub_action]]` table.
struct SubActionPatch {
  var id: String
  var line: Int
  var french: String?
  var english: String?
}

/// One `[[step.outcome]]` table.
struct OutcomePatch {
  var id: String
  var line: Int
  var french: String?
  var english: String?
  var effect: OutcomeEffect?
  var next: StepID?
  var nextLine: Int
  var completes: Bool?
}

/// Collects the problems of one file, each with its line.
struct PlaybookFileErrorLog {
  let file: String
  private(set) var errors: [PlaybookFileError] = []

  init(file: String) { self.file = file }

  mutating func report(_ problem: PlaybookFileProblem, line: Int) {
    errors.append(problem.error(file: file, line: line))
  }
}

/// Turns a parsed TOML document into a ``PlaybookFile``, reporting unknown keys, wrong types,
/// missing ids and unknown values with the line found by ``TOMLOutline``.
struct PlaybookFileReader {
  static let rootKeys = ["mode", "step"]
  static let stepKeys = ["id", "title_fr", "title_en", "guidance_fr", "guidance_en", "after",
                         "guardrail", "sub_action", "outcome"]
  static let guardrailKeys = ["kind", "fr", "en", "source"]
  static let subActionKeys = ["id", "fr", "en"]
  static let outcomeKeys = ["id", "fr", "en", "effect", "next", "completes"]

  /// A table of the document, with the lines it spans when it was written with a header.
  private struct Node {
    let table: TOMLTable
    let region: TOMLOutline.Region?
    /// Where to point when a key cannot be found: the header, or the key holding an inline table.
    let line: Int
    /// How the table is written, for messages: `[[step.outcome]]`.
    let name: String
  }

  private let outline: TOMLOutline
  var log: PlaybookFileErrorLog

  init(text: String, file: String) {
    outline = TOMLOutline(text: text)
    log = PlaybookFileErrorLog(file: file)
  }

  /// Reads the whole document.
  mutating func read(_ root: TOMLTable) -> PlaybookFile {
    let node = Node(table: root, region: outline.root, line: 1, name: "playbook.toml")
    checkKeys(of: node, allowed: Self.rootKeys)
    var mode = PlaybookFile.Mode.extend
    let modeLine = line(of: "mode", in: node)
    if let raw = string("mode", in: node) {
      if let known = PlaybookFile.Mode(rawValue: raw) {
        mode = known
      } else {
        log.report(.unknownMode(raw), line: modeLine)
      }
    }
    let steps = elements("step", in: node).compactMap { readStep($0) }
    return PlaybookFile(mode: mode, modeLine: modeLine, steps: steps)
  }

  private mutating func readStep(_ node: Node) -> StepPatch? {
    checkKeys(of: node, allowed: Self.stepKeys)
    let id = identifier(in: node)
    let titleFrench = text("title_fr", in: node)
    let titleEnglish = text("title_en", in: node)
    let guidanceFrench = text("guidance_fr", in: node)
    let guidanceEnglish = text("guidance_en", in: node)
    let after = string("after", in: node).map(StepID.init(rawValue:))
    let guardrails = elements("guardrail", in: node).compactMap { readGuardrail($0) }
    let subActions = elements("sub_action", in: node).compactMap { readSubAction($0) }
    let outcomes = elements("outcome", in: node).compactMap { readOutcome($0) }
    guard let id else { return nil }
    let stepID = StepID(rawValue: id.value)
    reportDuplicates(subActions.map { ($0.id, $0.line) }, step: stepID)
    reportDuplicates(outcomes.map { ($0.id, $0.line) }, step: stepID)
    return StepPatch(
      id: stepID, line: node.line, idLine: id.line, titleFrench: titleFrench, titleEnglish: titleEnglish,
      guidanceFrench: guidanceFrench, guidanceEnglish: guidanceEnglish, after: after,
      afterLine: line(of: "after", in: node), guardrails: guardrails, subActions: subActions, outcomes: outcomes)
  }

  private mutating func readGuardrail(_ node: Node) -> Guardrail? {
    checkKeys(of: node, allowed: Self.guardrailKeys)
    let french = text("fr", in: node)
    let english = text("en", in: node)
    let source = text("source", in: node)
    var kind: Guardrail.Kind?
    if let raw = string("kind", in: node) {
      kind = Guardrail.Kind(rawValue: raw)
      if kind == nil { log.report(.unknownGuardrailKind(raw), line: line(of: "kind", in: node)) }
    } else if node.table["kind"] == nil {
      log.report(.missingGuardrailKind, line: node.line)
    }
    guard let words = LocalizedText.fromHalves(french: french, english: english) else {
      log.report(.missingGuardrailText, line: node.line)
      return nil
    }
    return kind.map { Guardrail($0, words, source: source) }
  }

  private mutating func readSubAction(_ node: Node) -> SubActionPatch? {
    checkKeys(of: node, allowed: Self.subActionKeys)
    let id = identifier(in: node)
    let french = text("fr", in: node)
    let english = text("en", in: node)
    return id.map { SubActionPatch(id: $0.value, line: $0.line, french: french, english: english) }
  }

  private mutating func readOutcome(_ node: Node) -> OutcomePatch? {
    checkKeys(of: node, allowed: Self.outcomeKeys)
    let id = identifier(in: node)
    let french = text("fr", in: node)
    let english = text("en", in: node)
    var effect: OutcomeEffect?
    if let raw = string("effect", in: node) {
      effect = OutcomeEffect(rawValue: raw)
      if effect == nil { log.report(.unknownEffect(raw), line: line(of: "effect", in: node)) }
    }
    let next = string("next", in: node).map(StepID.init(rawValue:))
    let completes = bool("completes", in: node)
    return id.map {
      OutcomePatch(id: $0.value, line: $0.line, french: french, english: english, effect: effect, next: next,
                   nextLine: line(of: "next", in: node), completes: completes)
    }
  }

  // MARK: - Values

  /// The line where `key` of `node` is written, else the table's own line.
  private func line(of key: String, in node: Node) -> Int {
    node.region.flatMap { outline.line(ofKey: key, in: $0) } ?? node.line
  }

  /// Reports every key of `node` that is not in `allowed`.
  private mutating func checkKeys(of node: Node, allowed: [String]) {
    for key in node.table.keys where !allowed.contains(key) {
      log.report(.unknownKey(key, table: node.name, allowed: allowed), line: line(of: key, in: node))
    }
  }

  /// The string at `key`; nil if absent, or if it is not a string (reported).
  private mutating func string(_ key: String, in node: Node) -> String? {
    guard let value = node.table[key] else { return nil }
    guard let string = value.string else {
      log.report(.wrongType(key, expected: .string), line: line(of: key, in: node))
      return nil
    }
    return string
  }

  /// The text at `key`, which must not be blank when present.
  private mutating func text(_ key: String, in node: Node) -> String? {
    guard let string = string(key, in: node) else { return nil }
    guard string.contains(where: { !$0.isWhitespace }) else {
      log.report(.emptyText(key), line: line(of: key, in: node))
      return nil
    }
    return string
  }

  /// The boolean at `key`; nil if absent, or if it is not a boolean (reported).
  private mutating func bool(_ key: String, in node: Node) -> Bool? {
    guard let value = node.table[key] else { return nil }
    guard let bool = value.bool else {
      log.report(.wrongType(key, expected: .boolean), line: line(of: key, in: node))
      return nil
    }
    return bool
  }

  /// The `id` of `node` with its line, checked to be kebab-case; nil (and reported) when missing.
  private mutating func identifier(in node: Node) -> (value: String, line: Int)? {
    guard node.table["id"] != nil else {
      log.report(.missingID(table: node.name), line: node.line)
      return nil
    }
    guard let id = string("id", in: node) else { return nil }
    let idLine = line(of: "id", in: node)
    guard Self.isKebabCase(id) else {
      log.report(.invalidID(id), line: idLine)
      return nil
    }
    return (id, idLine)
  }

  /// The tables of the array of tables at `key` (`[[path.key]]`); empty if absent or of another
  /// type (reported).
  private mutating func elements(_ key: String, in node: Node) -> [Node] {
    guard let value = node.table[key] else { return [] }
    let path = (node.region?.path ?? []) + [key]
    let header = "[[\(path.joined(separator: "."))]]"
    guard let array = value.array, array.allSatisfy({ $0.table != nil }) else {
      log.report(.wrongType(key, expected: .tables(header: header)), line: line(of: key, in: node))
      return []
    }
    let regions = node.region.map { outline.arrayElements(key, in: $0) } ?? []
    let keyLine = line(of: key, in: node)
    return array.enumerated().compactMap { index, element in
      guard let table = element.table else { return nil }
      // Header-written tables match their headers one to one; inline ones have none.
      let region = regions.count == array.count ? regions[index] : nil
      return Node(table: table, region: region, line: region?.headerLine ?? keyLine, name: header)
    }
  }

  /// Reports each id that appears a second time, on the line of the repeat.
  private mutating func reportDuplicates(_ ids: [(String, Int)], step: StepID) {
    var firstLines: [String: Int] = [:]
    for (id, line) in ids {
      if let first = firstLines[id] {
        log.report(.duplicateItem(id, step: step, firstLine: first), line: line)
      } else {
        firstLines[id] = line
      }
    }
  }

  /// Whether `id` is lowercase words of letters and digits joined by single hyphens.
  static func isKebabCase(_ id: String) -> Bool {
    let words = id.split(separator: "-", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }
}

extension LocalizedText {
  /// A text from optional halves: a missing language copies the other; nil when both are missing.
  static func fromHalves(french: String?, english: String?) -> LocalizedText? {
    guard let any = french ?? english else { return nil }
    return LocalizedText(french: french ?? any, english: english ?? any)
  }
}
