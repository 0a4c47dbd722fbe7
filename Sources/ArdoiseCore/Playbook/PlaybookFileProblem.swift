/// What can be wrong in a `playbook.toml`, worded for the manager who edits it.
enum PlaybookFileProblem: Equatable {
  case unreadable(String)
  case notUTF8
  case syntax(String)
  case unknownMode(String)
  case unknownKey(String, table: String, allowed: [String])
  case wrongType(String, expected: ExpectedType)
  case emptyText(String)
  case missingID(table: String)
  case invalidID(String)
  case missingTitle(step: StepID)
  case missingLabel(String)
  case missingGuardrailText
  case missingGuardrailKind
  case unknownGuardrailKind(String)
  case unknownEffect(String)
  case unknownNext(StepID)
  case unknownAfter(StepID)
  case duplicateStep(StepID, firstLine: Int)
  case duplicateItem(String, step: StepID, firstLine: Int)
  case noOutcome(step: StepID)
  case emptyReplacement

  /// The kind of value a key must hold.
  enum ExpectedType: Equatable {
    case string
    case boolean
    case tables(header: String)
  }

  /// The error on `line` of `file`.
  func error(file: String, line: Int) -> PlaybookFileError {
    PlaybookFileError(file: file, line: line, reason: reason)
  }

  var reason: LocalizedText {
    switch self {
    case .unreadable(let detail):
      return LocalizedText("lecture impossible : \(detail)", "cannot read the file: \(detail)")
    case .notUTF8:
      return LocalizedText("le fichier n’est pas en UTF-8 : enregistrez-le en UTF-8",
               "the file is not UTF-8: save it as UTF-8")
    case .syntax(let detail):
      return LocalizedText("erreur de syntaxe TOML : \(detail)", "TOML syntax error: \(detail)")
    case .unknownMode(let mode):
      return LocalizedText("mode « \(mode) » inconnu : écrivez \"extend\" (compléter) ou \"replace\" (remplacer)",
               "unknown mode “\(mode)”: write \"extend\" or \"replace\"")
    case .unknownKey(let key, let table, let allowed):
      let suggestion = Self.closest(to: key, among: allowed)
      let french = suggestion.map { " ; vouliez-vous dire « \($0) » ?" }
        ?? " (clés possibles : \(allowed.joined(separator: ", ")))"
      let english = suggestion.map { "; did you mean “\($0)”?" }
        ?? " (known keys: \(allowed.joined(separator: ", ")))"
      return LocalizedText("clé « \(key) » inconnue dans \(table)\(french)", "unknown key “\(key)” in \(table)\(english)")
    case .wrongType(let key, .string):
      return LocalizedText("« \(key) » doit être un texte entre guillemets", "“\(key)” must be a quoted string")
    case .wrongType(let key, .boolean):
      return LocalizedText("« \(key) » doit valoir true ou false", "“\(key)” must be true or false")
    case .wrongType(let key, .tables(let header)):
      return LocalizedText("« \(key) » doit être une liste de tables écrites \(header)",
               "“\(key)” must be a list of tables written \(header)")
    case .emptyText(let key):
      return LocalizedText("« \(key) » est vide", "“\(key)” is empty")
    case .missingID(let table):
      return LocalizedText("\(table) sans « id »", "\(table) without an “id”")
    case .invalidID(let id):
      return LocalizedText("identifiant « \(id) » invalide : minuscules, chiffres et tirets (ex. « appel-gerant »)",
               "invalid id “\(id)”: lowercase letters, digits and hyphens (e.g. “call-owner”)")
    case .missingTitle(let step):
      return LocalizedText("l’étape « \(step) » n’a pas de titre : ajoutez title_fr ou title_en",
               "step “\(step)” has no title: add title_fr or title_en")
    case .missingLabel(let id):
      return LocalizedText("« \(id) » n’a pas de libellé : ajoutez fr ou en", "“\(id)” has no label: add fr or en")
    case .missingGuardrailText:
      return LocalizedText("garde-fou sans texte : ajoutez fr ou en", "guardrail without text: add fr or en")
    case .missingGuardrailKind:
      return LocalizedText("garde-fou sans « kind » : \"must-not\" (interdit) ou \"may\" (permis)",
               "guardrail without “kind”: \"must-not\" or \"may\"")
    case .unknownGuardrailKind(let kind):
      return LocalizedText("« kind » inconnu : « \(kind) » ; écrivez \"must-not\" (interdit) ou \"may\" (permis)",
               "unknown “kind” “\(kind)”: write \"must-not\" or \"may\"")
    case .unknownEffect(let effect):
      let known = OutcomeEffect.allCases.map(\.rawValue).joined(separator: ", ")
      return LocalizedText("effet « \(effect) » inconnu ; effets possibles : \(known)",
               "unknown effect “\(effect)”; known effects: \(known)")
    case .unknownNext(let step):
      return LocalizedText("« next » : le guide n’a pas d’étape « \(step) »", "“next”: the playbook has no step “\(step)”")
    case .unknownAfter(let step):
      return LocalizedText("« after » : aucune étape « \(step) » avant celle-ci (étape intégrée ou plus haut dans le fichier)",
               "“after”: no step “\(step)” before this one (built in or earlier in the file)")
    case .duplicateStep(let step, let firstLine):
      return LocalizedText("l’étape « \(step) » est déjà définie ligne \(firstLine)",
               "step “\(step)” is already defined on line \(firstLine)")
    case .duplicateItem(let id, let step, let firstLine):
      return LocalizedText("« \(id) » apparaît deux fois dans l’étape « \(step) » (déjà ligne \(firstLine))",
               "“\(id)” appears twice in step “\(step)” (already on line \(firstLine))")
    case .noOutcome(let step):
      return LocalizedText("l’étape « \(step) » n’a aucune suite possible : ajoutez au moins un [[step.outcome]]",
               "step “\(step)” has no outcome: add at least one [[step.outcome]]")
    case .emptyReplacement:
      return LocalizedText("mode \"replace\" sans aucune étape : ajoutez des [[step]] ou utilisez \"extend\"",
               "\"replace\" mode with no step: add [[step]] tables or use \"extend\"")
    }
  }

  /// The allowed key nearest to a misspelt one, if it is at most two edits away.
  private static func closest(to key: String, among allowed: [String]) -> String? {
    let scored = allowed.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }
    return scored.min { $0.1 < $1.1 }?.0
  }

  /// Levenshtein distance, counting an adjacent swap (`titel`/`title`) as one edit.
  private static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
