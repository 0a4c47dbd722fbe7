import ArdoiseCore

/// The key table: for each context, the bindings in the order the hint bar and help show them.
///
/// Arrows, PgUp/PgDn, Home/End, Enter and Esc always work; vim keys (`j k g G h l`) are added on
/// top, never in place of them, and never where text is typed. Actions are bound to characters,
/// not key positions, so they work on AZERTY keyboards too.
public enum Keymap {
  public static func bindings(for context: KeyContext) -> [Binding] {
    switch context {
    case .caseList: caseList
    case .agenda: agenda
    case .filter: filter
    case .checklist: checklist
    case .form: form
    case .menu: menu
    case .confirm: confirm
    case .help: help
    case .tooSmall: tooSmall
    case .customerCard: customerCard
    case .settings: settings
    }
  }

  /// Keys that do the same in every context; each table ends with them.
  static let everywhere: [Binding] = [
    Binding([.control("l")], .repaint, keyLabel: "Ctrl-L", LocalizedText("redessiner l’écran", "redraw the screen"), hinted: false),
    Binding([.control("z")], .suspend, keyLabel: "Ctrl-Z", LocalizedText("revenir au shell (fg pour reprendre)", "back to the shell (fg to resume)"), hinted: false),
  ]

  /// The command `key` dispatches in `context`, if any.
  public static func command(for key: Key, in context: KeyContext) -> Command? {
    bindings(for: context).first { $0.keys.contains(key) }?.command
  }

  static let moving: [Binding] = [
    Binding([.up, .character("k")], .moveUp, keyLabel: "↑/k", LocalizedText("monter", "up"), hinted: false),
    Binding([.down, .character("j")], .moveDown, keyLabel: "↓/j", LocalizedText("descendre", "down"), hinted: false),
    Binding([.pageUp, .control("b")], .pageUp, keyLabel: "PgUp", LocalizedText("page précédente", "page up"), hinted: false),
    Binding([.pageDown, .control("f")], .pageDown, keyLabel: "PgDn", LocalizedText("page suivante", "page down"), hinted: false),
    Binding([.home, .character("g")], .moveToTop, keyLabel: "Home/g", LocalizedText("tout en haut", "to the top"), hinted: false),
    Binding([.end, .character("G")], .moveToBottom, keyLabel: "End/G", LocalizedText("tout en bas", "to the bottom"), hinted: false),
  ]

  static let caseList: [Binding] = [
    hintOnly("↑↓", LocalizedText("se déplacer", "move"), hintPriority: .low),
    Binding([.enter, .right, .character("l")], .openCase, keyLabel: "⏎", LocalizedText("ouvrir", "open"), hintPriority: .high),
    Binding([.character("n")], .newCase, keyLabel: "n", LocalizedText("nouveau", "new"), hintPriority: .high),
    Binding([.character("/")], .startFilter, keyLabel: "/", LocalizedText("filtrer", "filter")),
    Binding([.tab], .cycleScope, keyLabel: "⇥", LocalizedText("vue", "view"), hintPriority: .low),
    Binding([.character("t")], .cycleTheme, keyLabel: "t", LocalizedText("thème", "theme"), hinted: false),
    Binding([.character("?"), .function(1)], .help, keyLabel: "?", LocalizedText("aide", "help")),
    Binding([.character("q"), .control("c")], .quit, keyLabel: "q", LocalizedText("quitter", "quit"), hintPriority: .high),
    Binding([.character("s")], .showStatistics, keyLabel: "s", LocalizedText("chiffres", "figures")),
    Binding([.character("c")], .openSettings, keyLabel: "c", LocalizedText("réglages du restaurant", "restaurant settings"), hinted: false),
    Binding([.character("S")], .syncNow, keyLabel: "S", LocalizedText("synchroniser maintenant (dossier synchronisé)", "sync now (synced data directory)"), hinted: false),
    Binding([.character("a")], .showAgenda, keyLabel: "a", LocalizedText("agenda", "agenda")),
  ] + moving + everywhere

  static let agenda: [Binding] = [
    hintOnly("↑↓", LocalizedText("choisir", "move")),
    Binding([.enter, .right, .character("l")], .openCase, keyLabel: "⏎", LocalizedText("ouvrir à l’étape", "open at the step")),
    Binding([.character("?"), .function(1)], .help, keyLabel: "?", LocalizedText("aide", "help")),
    Binding([.escape, .character("q"), .character("a")], .back, keyLabel: "Esc", LocalizedText("retour", "back")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + moving + everywhere

  static let filter: [Binding] = [
    Binding([.enter], .submit, keyLabel: "⏎", LocalizedText("garder le filtre", "keep filter")),
    Binding([.escape], .cancel, keyLabel: "Esc", LocalizedText("effacer", "clear")),
    Binding([.up], .moveUp, keyLabel: "↑", LocalizedText("monter", "up"), hinted: false),
    Binding([.down], .moveDown, keyLabel: "↓", LocalizedText("descendre", "down"), hinted: false),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + everywhere

  /// At 80 columns the bar keeps the way around (⇥, ⏎, back, `?`), payment and document, then
  /// the arrows and what still fits, in both languages; narrower, the arrows go before the way back.
  static let checklist: [Binding] = [
    hintOnly("↑↓", LocalizedText("se déplacer", "move")),
    Binding([.tab, .backTab, .left, .right, .character("h"), .character("l")], .switchPane, keyLabel: "⇥",
            LocalizedText("passer des étapes aux actions et retour", "switch between the steps and the actions"), hintPriority: .high,
            hintLabel: LocalizedText("volet", "pane")),
    Binding([.enter, .character(" ")], .activate, keyLabel: "⏎", LocalizedText("choisir", "choose"), hintPriority: .high),
    Binding([.character("p")], .recordPayment, keyLabel: "p", LocalizedText("paiement", "payment"), hintPriority: .high),
    Binding([.character("c")], .recordContact, keyLabel: "c", LocalizedText("contact", "contact")),
    Binding([.character("n")], .addNote, keyLabel: "n", LocalizedText("note", "note")),
    Binding([.character("e")], .addEvidence, keyLabel: "e", LocalizedText("preuve", "evidence"), hinted: false),
    Binding([.character("f")], .scheduleFollowUp, keyLabel: "f", LocalizedText("relance", "follow-up"), hinted: false),
    Binding([.character("m")], .markStep, keyLabel: "m", LocalizedText("marquer l’étape", "mark step"), hinted: false),
    Binding([.character("a")], .amendFacts, keyLabel: "a", LocalizedText("corriger les faits (montant, heure…)", "correct the facts (amount, time…)"), hinted: false),
    Binding([.character("w")], .writeDocument, keyLabel: "w", LocalizedText("document", "document"), hintPriority: .high),
    Binding([.character("i")], .showDetails, keyLabel: "i", LocalizedText("tout lire", "read all"), hintPriority: .low),
    Binding([.character("C")], .openCustomer, keyLabel: "C", LocalizedText("fiche client (nom, téléphone, adresse…)", "customer card (name, phone, address…)"), hinted: false),
    Binding([.character("x")], .closeCase, keyLabel: "x", LocalizedText("clore", "close"), hintPriority: .low),
    Binding([.character("r")], .reopenCase, keyLabel: "r", LocalizedText("rouvrir", "reopen"), hinted: false),
    Binding([.character("t")], .cycleTheme, keyLabel: "t", LocalizedText("thème", "theme"), hinted: false),
    Binding([.character("S")], .syncNow, keyLabel: "S", LocalizedText("synchroniser maintenant (dossier synchronisé)", "sync now (synced data directory)"), hinted: false),
    Binding([.character("?"), .function(1)], .help, keyLabel: "?", LocalizedText("aide", "help")),
    Binding([.escape, .character("q")], .back, keyLabel: "q", LocalizedText("retour", "back"), hintPriority: .high),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + moving + (1...9).map {
    Binding([.character(Character(String($0)))], .chooseOutcome($0), keyLabel: String($0), LocalizedText("suite n° \($0)", "outcome #\($0)"), hinted: false)
  } + everywhere

  static let form: [Binding] = [
    Binding([.tab, .down], .nextField, keyLabel: "⇥", LocalizedText("champ suivant", "next field")),
    Binding([.backTab, .up], .previousField, keyLabel: "⇧⇥", LocalizedText("champ précédent", "previous field"), hinted: false),
    Binding([.enter], .submit, keyLabel: "⏎", LocalizedText("enregistrer", "save")),
    Binding([.escape], .cancel, keyLabel: "Esc", LocalizedText("annuler", "cancel")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + everywhere

  static let menu: [Binding] = [
    hintOnly("↑↓", LocalizedText("se déplacer", "move")),
    Binding([.enter, .character(" ")], .submit, keyLabel: "⏎", LocalizedText("choisir", "choose")),
    // Past nine items the number takes two digits (`1` `6` for 16; `1` then ⏎ for 1).
    hintOnly("0–9", LocalizedText("choix par numéro", "pick by number")),
    Binding([.escape, .character("q")], .cancel, keyLabel: "Esc", LocalizedText("annuler", "cancel")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + moving + (0...9).map {
    Binding([.character(Character(String($0)))], .chooseItem($0), keyLabel: String($0), LocalizedText("chiffre \($0) du numéro", "digit \($0) of the number"), hinted: false)
  } + everywhere

  static let confirm: [Binding] = [
    Binding([.character("y"), .character("o"), .character("Y"), .character("O")], .confirm, keyLabel: "o/y", LocalizedText("oui", "yes")),
    Binding([.character("n"), .character("N"), .escape], .deny, keyLabel: "n/Esc", LocalizedText("non", "no")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + everywhere

  static let help: [Binding] = [
    Binding([.escape, .character("q"), .character("?"), .enter], .back, keyLabel: "Esc", LocalizedText("fermer", "close")),
    Binding([.character("c")], .openSettings, keyLabel: "c", LocalizedText("réglages (après un document à compléter)", "settings (after a document to complete)"), hinted: false),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + moving + everywhere

  static let customerCard: [Binding] = [
    Binding([.enter, .character("e")], .editCustomer, keyLabel: "⏎/e", LocalizedText("ajouter ou corriger", "add or correct")),
    Binding([.character("d"), .delete], .removeCustomer, keyLabel: "d", LocalizedText("retirer", "remove")),
    Binding([.escape, .character("q")], .back, keyLabel: "Esc", LocalizedText("fermer", "close")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + everywhere

  /// The settings screen reads keys itself while a value is typed (as a form does).
  static let settings: [Binding] = [
    hintOnly("↑↓", LocalizedText("choisir", "move")),
    Binding([.enter], .submit, keyLabel: "⏎", LocalizedText("modifier / enregistrer", "edit / save")),
    Binding([.escape], .cancel, keyLabel: "Esc", LocalizedText("annuler / fermer", "cancel / close")),
    Binding([.up], .moveUp, keyLabel: "↑", LocalizedText("monter", "up"), hinted: false),
    Binding([.down], .moveDown, keyLabel: "↓", LocalizedText("descendre", "down"), hinted: false),
    Binding([.pageUp], .pageUp, keyLabel: "PgUp", LocalizedText("page précédente", "page up"), hinted: false),
    Binding([.pageDown], .pageDown, keyLabel: "PgDn", LocalizedText("page suivante", "page down"), hinted: false),
    // Not g/G: while a value is typed they are letters (Home/End then move in the value).
    Binding([.home], .moveToTop, keyLabel: "Home", LocalizedText("tout en haut", "to the top"), hinted: false),
    Binding([.end], .moveToBottom, keyLabel: "End", LocalizedText("tout en bas", "to the bottom"), hinted: false),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", LocalizedText("quitter", "quit"), hinted: false),
  ] + everywhere

  static let tooSmall: [Binding] = [
    Binding([.character("q"), .control("c")], .quit, keyLabel: "q", LocalizedText("quitter", "quit")),
  ] + everywhere

  /// A hint-bar entry that dispatches nothing by itself (its keys are bound separately).
  static func hintOnly(_ keyLabel: String, _ label: LocalizedText, hintPriority: HintPriority = .normal) -> Binding {
    Binding([], .moveDown, keyLabel: keyLabel, label, hintPriority: hintPriority)
  }
}
