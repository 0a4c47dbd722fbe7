/// Every legal fact ardoise knows, by jurisdiction, and the ways texts refer to them.
///
/// Texts name a fact with a placeholder, `{{law.fr.civil-code.1231-6}}`, which becomes the fact's
/// ``LegalFact/name`` in the text's language: in document templates through the `law` value, in the
/// playbook's guidance and guardrails through ``resolve(_:)``.
public enum LegalRegistry {
  /// Every fact, France first.
  public static let all: [LegalFact] = france + englandAndWales

  private static let byID: [String: LegalFact] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The facts of `jurisdiction`, in registry order (none for a jurisdiction ardoise does not know).
  public static func facts(for jurisdiction: Jurisdiction) -> [LegalFact] {
    all.filter { $0.jurisdiction == jurisdiction }
  }

  /// The fact with `id`, if the registry has it.
  public static func fact(_ id: String) -> LegalFact? { byID[id] }

  /// What a text shows for an id the registry lacks: a test looks for it, so it never ships.
  static func unknownMark(_ id: String) -> String { "⟦" + id + "⟧" }

  /// The fact's name in both languages, or a visible mark when `id` is not in the registry.
  public static func name(_ id: String) -> LocalizedText {
    byID[id]?.name ?? LocalizedText(unknownMark(id), unknownMark(id))
  }

  /// The fact's statement in both languages, or a visible mark when `id` is not in the registry.
  public static func text(_ id: String) -> LocalizedText {
    byID[id]?.text ?? LocalizedText(unknownMark(id), unknownMark(id))
  }

  /// The fact's short reference (for a guardrail) in both languages, or a visible mark.
  public static func short(_ id: String) -> LocalizedText { byID[id]?.short ?? LocalizedText(unknownMark(id), unknownMark(id)) }

  /// `text` with each `{{law.ID}}` replaced by the fact's name, language by language.
  public static func resolve(_ text: LocalizedText) -> LocalizedText {
    LocalizedText(french: resolve(text.french, .french), english: resolve(text.english, .english))
  }

  /// `text` with each `{{law.ID}}` replaced by the fact's name in `language`.
  public static func resolve(_ text: String, _ language: Language) -> String {
    var output = ""
    var rest = Substring(text)
    while let open = rest.range(of: "{{law.") {
      output += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}") else { break }
      let id = String(rest[open.upperBound..<close.lowerBound])
      output += name(id)(language)
      rest = rest[close.upperBound...]
    }
    return output + rest
  }

  /// The ids a text refers to with `{{law.ID}}`.
  public static func references(in text: String) -> [String] {
    var ids: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{law."), let close = rest[open.upperBound...].range(of: "}}") {
      ids.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return ids
  }

  /// The `law` value for a document template: the names of `jurisdiction`'s facts, nested by the
  /// dotted parts of their ids, so `{{law.fr.civil-code.1231-6}}` reads as a Mustache dotted name.
  static func templateValues(for jurisdiction: Jurisdiction, language: Language) -> [String: Any] {
    var root: [String: Any] = [:]
    for fact in facts(for: jurisdiction) {
      insert(fact.name(language), at: fact.id.split(separator: ".").map(String.init)[...], into: &root)
    }
    return root
  }

  private static func insert(_ value: String, at path: ArraySlice<String>, into dictionary: inout [String: Any]) {
    guard let head = path.first else { return }
    if path.count == 1 {
      dictionary[head] = value
      return
    }
    var child = dictionary[head] as? [String: Any] ?? [:]
    insert(value, at: path.dropFirst(), into: &child)
    dictionary[head] = child
  }
}
