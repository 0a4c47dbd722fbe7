import Foundation

/// Reading a restaurant's own `playbook.toml`.
///
/// The format, with a full example in ``Playbook/tomlExample``:
///
/// ```toml
/// mode = "extend"            # "extend" (default) or "replace"
///
/// [[step]]
/// id = "record-in-pos"       # lowercase words joined by hyphens
/// after = "review"           # optional: a built-in step or one defined above
/// title_fr = "…"             # title_fr / title_en, guidance_fr / guidance_en
/// title_en = "…"
///
/// [[step.guardrail]]         # kind = "must-not" or "may"; fr, en, optional source
/// [[step.sub_action]]        # id, fr, en
/// [[step.outcome]]           # id, fr, en, optional effect, next, completes
/// ```
///
/// - In `extend` mode a step whose id is already in the playbook changes only the fields the
///   file gives: titles and guidance per language; guardrails are added; a sub-action or outcome
///   with a known id changes the fields given, one with a new id is added. `after` moves the step.
///   A step with a new id is added after its `after` step, else before `prevention`.
/// - In `replace` mode the file's steps, in file order, are the whole playbook.
/// - A new step needs a title, and each new sub-action or outcome a label, in at least one
///   language: a missing language copies the other. A new step needs at least one outcome.
/// - An outcome's `effect` is one of ``OutcomeEffect``'s raw values (default `move-on`), `next`
///   names a step of the final playbook, `completes` defaults to `true`.
///
/// Any problem rejects the whole file: the result carries the fallback playbook and every error
/// with its line, so a manager is never left with half a checklist.
extension Playbook {
  /// The name of the file read from a restaurant's data directory.
  public static let fileName = "playbook.toml"

  /// The playbook of the restaurant whose data lives in `dataDirectory`: `playbook.toml` there
  /// applied to the built-in playbook of `jurisdiction`, or that playbook alone when there is no
  /// such file.
  public static func load(dataDirectory: URL, jurisdiction: Jurisdiction = .france) -> PlaybookLoadResult {
    let base = standard(for: jurisdiction)
    let url = dataDirectory.appendingPathComponent(fileName)
    let bytes: [UInt8]
    do {
      // Never blocks on a FIFO, never follows a symbolic link, reads at most 1 MiB.
      guard let read = try POSIXFile.readFile(url.path, limit: FileLimits.settings) else { return PlaybookLoadResult(playbook: base) }
      bytes = read
    } catch let error as StoreError {
      return PlaybookLoadResult(
        playbook: base,
        errors: [PlaybookFileProblem.unreadable(error.message(.english)).error(file: url.path, line: 0)])
    } catch {
      return PlaybookLoadResult(
        playbook: base,
        errors: [PlaybookFileProblem.unreadable(String(describing: error)).error(file: url.path, line: 0)])
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return PlaybookLoadResult(playbook: base,
                                errors: [PlaybookFileProblem.notUTF8.error(file: url.path, line: 0)])
    }
    return load(tomlText: text, file: url.path, base: base)
  }

  /// The playbook described by `tomlText` applied to `base`; `base` itself, with the errors, when
  /// the text has any problem.
  ///
  /// - Parameters:
  ///   - tomlText: The content of a `playbook.toml`.
  ///   - file: The name to show in errors, e.g. the file's path.
  ///   - base: The playbook that `extend` mode changes and that errors fall back to.
  public static func load(tomlText: String, file: String, base: Playbook = .standard) -> PlaybookLoadResult {
    let document: TOMLTable
    do {
      document = try TOMLDocument.parse(tomlText)
    } catch {
      let problem = PlaybookFileProblem.syntax(error.detail.english)
      return PlaybookLoadResult(playbook: base, errors: [problem.error(file: file, line: error.line)])
    }
    var reader = PlaybookFileReader(text: tomlText, file: file)
    let content = reader.read(document)
    var log = reader.log
    let playbook = base.applying(content, log: &log)
    guard log.errors.isEmpty else {
      let errors = log.errors.enumerated()
        .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        .map(\.element)
      return PlaybookLoadResult(playbook: base, errors: errors)
    }
    return PlaybookLoadResult(playbook: playbook)
  }

  /// This playbook changed by `file` (or replaced, in `replace` mode), reporting what cannot apply.
  func applying(_ file: PlaybookFile, log: inout PlaybookFileErrorLog) -> Playbook {
    var result = Playbook(steps: file.mode == .extend ? steps : [])
    var firstLines: [StepID: Int] = [:]
    var lastAddedAfter: [StepID: StepID] = [:]
    for patch in file.steps {
      if let first = firstLines[patch.id] {
        log.report(.duplicateStep(patch.id, firstLine: first), line: patch.idLine)
        continue
      }
      firstLines[patch.id] = patch.idLine
      if let anchor = patch.after, result.index(of: anchor) == nil || anchor == patch.id {
        log.report(.unknownAfter(anchor), line: patch.afterLine)
        continue
      }
      var step: PlaybookStep
      if let index = result.index(of: patch.id) {
        step = result.steps.remove(at: index)
        step.apply(patch, isNew: false, log: &log)
        if patch.after == nil {
          result.steps.insert(step, at: index)
          continue
        }
      } else {
        guard let title = LocalizedText.fromHalves(french: patch.titleFrench, english: patch.titleEnglish) else {
          log.report(.missingTitle(step: patch.id), line: patch.line)
          continue
        }
        let guidance = LocalizedText.fromHalves(french: patch.guidanceFrench, english: patch.guidanceEnglish)
        step = PlaybookStep(id: patch.id, title: title, guidance: guidance ?? LocalizedText("", ""))
        step.apply(patch, isNew: true, log: &log)
        if step.outcomes.isEmpty { log.report(.noOutcome(step: patch.id), line: patch.line) }
      }
      let position = result.insertionIndex(after: patch.after, mode: file.mode, lastAddedAfter: lastAddedAfter)
      result.steps.insert(step, at: position)
      if let anchor = patch.after { lastAddedAfter[anchor] = patch.id }
    }
    for patch in file.steps {
      for outcome in patch.outcomes {
        if let next = outcome.next, result.index(of: next) == nil {
          log.report(.unknownNext(next), line: outcome.nextLine)
        }
      }
    }
    if file.mode == .replace && result.steps.isEmpty && log.errors.isEmpty {
      log.report(.emptyReplacement, line: file.modeLine)
    }
    return result
  }

  /// Where a step placed `after` an anchor goes: behind the anchor and the steps already placed
  /// after it; without an anchor, before `prevention` when extending, else at the end.
  private func insertionIndex(after anchor: StepID?, mode: PlaybookFile.Mode,
                              lastAddedAfter: [StepID: StepID]) -> Int {
    guard let anchor else {
      return mode == .extend ? (index(of: .prevention) ?? steps.count) : steps.count
    }
    let behind = lastAddedAfter[anchor].flatMap { index(of: $0) } ?? index(of: anchor)
    return behind.map { $0 + 1 } ?? steps.count
  }
}

extension PlaybookStep {
  /// Applies the fields a `[[step]]` table gives; in a new step every sub-action and outcome is
  /// new and needs a label.
  mutating func apply(_ patch: StepPatch, isNew: Bool, log: inout PlaybookFileErrorLog) {
    if !isNew {
      title = LocalizedText(french: patch.titleFrench ?? title.french, english: patch.titleEnglish ?? title.english)
      guidance = LocalizedText(french: patch.guidanceFrench ?? guidance.french,
                               english: patch.guidanceEnglish ?? guidance.english)
    }
    guardrails += patch.guardrails
    for change in patch.subActions {
      if let index = subActions.firstIndex(where: { $0.id == change.id }) {
        subActions[index].label = LocalizedText(french: change.french ?? subActions[index].label.french,
                                                english: change.english ?? subActions[index].label.english)
      } else if let label = LocalizedText.fromHalves(french: change.french, english: change.english) {
        subActions.append(SubAction(id: change.id, label: label))
      } else {
        log.report(.missingLabel(change.id), line: change.line)
      }
    }
    for change in patch.outcomes {
      if let index = outcomes.firstIndex(where: { $0.id == change.id }) {
        var outcome = outcomes[index]
        outcome.label = LocalizedText(french: change.french ?? outcome.label.french,
                                      english: change.english ?? outcome.label.english)
        outcome.effect = change.effect ?? outcome.effect
        outcome.next = change.next ?? outcome.next
        outcome.completesStep = change.completes ?? outcome.completesStep
        outcomes[index] = outcome
      } else if let label = LocalizedText.fromHalves(french: change.french, english: change.english) {
        outcomes.append(Outcome(id: change.id, label: label, effect: change.effect ?? .moveOn, next: change.next,
                                completesStep: change.completes ?? true))
      } else {
        log.report(.missingLabel(change.id), line: change.line)
      }
    }
  }
}
