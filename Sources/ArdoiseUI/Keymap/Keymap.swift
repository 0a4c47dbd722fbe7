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
    Binding([.control("l")], .repaint, keyLabel: "Ctrl-L", L("redessiner l’écran", "redraw the screen"), hinted: false),
    Binding([.control("z")], .suspend, keyLabel: "Ctrl-Z", L("revenir au shell (fg pour reprendre)", "back to the shell (fg to resume)"), hinted: false),
  ]

  /// The command `key` dispatches in `context`, if any.
  public static func command(for key: Key, in context: KeyContext) -> Command? {
    bindings(for: context).first { $0.keys.contains(key) }?.command
  }

  static let moving: [Binding] = [
    Binding([.up, .character("k")], .moveUp, keyLabel: "↑/k", L("monter", "up"), hinted: false),
    Binding([.down, .character("j")], .moveDown, keyLabel: "↓/j", L("descendre", "down"), hinted: false),
    Binding([.pageUp, .control("b")], .pageUp, keyLabel: "PgUp", L("page précédente", "page up"), hinted: false),
    Binding([.pageDown, .control("f")], .pageDown, keyLabel: "PgDn", L("page suivante", "page down"), hinted: false),
    Binding([.home, .character("g")], .moveToTop, keyLabel: "Home/g", L("tout en haut", "to the top"), hinted: false),
    Binding([.end, .character("G")], .moveToBottom, keyLabel: "End/G", L("tout en bas", "to the bottom"), hinted: false),
  ]

  static let caseList: [Binding] = [
    hintOnly("↑↓", L("se déplacer", "move")),
    Binding([.enter, .right, .character("l")], .openCase, keyLabel: "⏎", L("ouvrir", "open")),
    Binding([.character("n")], .newCase, keyLabel: "n", L("nouveau", "new")),
    Binding([.character("/")], .startFilter, keyLabel: "/", L("filtrer", "filter")),
    Binding([.tab], .cycleScope, keyLabel: "⇥", L("vue", "view")),
    Binding([.character("t")], .cycleTheme, keyLabel: "t", L("thème", "theme"), hinted: false),
    Binding([.character("?"), .function(1)], .help, keyLabel: "?", L("aide", "help")),
    Binding([.character("q"), .control("c")], .quit, keyLabel: "q", L("quitter", "quit")),
    Binding([.character("s")], .showStatistics, keyLabel: "s", L("chiffres", "figures")),
    Binding([.character("c")], .openSettings, keyLabel: "c", L("réglages du restaurant", "restaurant settings"), hinted: false),
    Binding([.character("S")], .syncNow, keyLabel: "S", L("synchroniser maintenant (dossier synchronisé)", "sync now (synced data directory)"), hinted: false),
    Binding([.character("a")], .showAgenda, keyLabel: "a", L("agenda", "agenda")),
  ] + moving + everywhere

  static let agenda: [Binding] = [
    hintOnly("↑↓", L("choisir", "move")),
    Binding([.enter, .right, .character("l")], .openCase, keyLabel: "⏎", L("ouvrir à l’étape", "open at the step")),
    Binding([.character("?"), .function(1)], .help, keyLabel: "?", L("aide", "help")),
    Binding([.escape, .character("q"), .character("a")], .back, keyLabel: "Esc", L("retour", "back")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + moving + everywhere

  static let filter: [Binding] = [
    Binding([.enter], .submit, keyLabel: "⏎", L("garder le filtre", "keep filter")),
    Binding([.escape], .cancel, keyLabel: "Esc", L("effacer", "clear")),
    Binding([.up], .moveUp, keyLabel: "↑", L("monter", "up"), hinted: false),
    Binding([.down], .moveDown, keyLabel: "↓", L("descendre", "down"), hinted: false),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + everywhere

  static let checklist: [Binding] = [
    Binding([.enter, .character(" ")], .activate, keyLabel: "⏎", L("choisir", "choose")),
    Binding([.tab, .backTab, .left, .right, .character("h"), .character("l")], .switchPane, keyLabel: "⇥", L("étapes/actions", "steps/actions")),
    Binding([.character("p")], .recordPayment, keyLabel: "p", L("paiement", "payment")),
    Binding([.character("c")], .recordContact, keyLabel: "c", L("contact", "contact")),
    Binding([.character("n")], .addNote, keyLabel: "n", L("note", "note")),
    Binding([.character("e")], .addEvidence, keyLabel: "e", L("preuve", "evidence"), hinted: false),
    Binding([.character("f")], .scheduleFollowUp, keyLabel: "f", L("relance", "follow-up"), hinted: false),
    Binding([.character("m")], .markStep, keyLabel: "m", L("marquer l’étape", "mark step"), hinted: false),
    Binding([.character("a")], .amendFacts, keyLabel: "a", L("corriger les faits (montant, heure…)", "correct the facts (amount, time…)"), hinted: false),
    Binding([.character("w")], .writeDocument, keyLabel: "w", L("document", "document")),
    Binding([.character("i")], .showDetails, keyLabel: "i", L("tout lire", "read all")),
    Binding([.character("C")], .openCustomer, keyLabel: "C", L("fiche client (nom, téléphone, adresse…)", "customer card (name, phone, address…)"), hinted: false),
    Binding([.character("x")], .closeCase, keyLabel: "x", L("clore", "close")),
    Binding([.character("r")], .reopenCase, keyLabel: "r", L("rouvrir", "reopen"), hinted: false),
    Binding([.character("t")], .cycleTheme, keyLabel: "t", L("thème", "theme"), hinted: false),
    Binding([.character("S")], .syncNow, keyLabel: "S", L("synchroniser maintenant (dossier synchronisé)", "sync now (synced data directory)"), hinted: false),
    Binding([.character("?"), .function(1)], .help, keyLabel: "?", L("aide", "help")),
    Binding([.escape, .character("q")], .back, keyLabel: "q", L("retour", "back")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + moving + (1...9).map {
    Binding([.character(Character(String($0)))], .chooseOutcome($0), keyLabel: String($0), L("suite n° \($0)", "outcome #\($0)"), hinted: false)
  } + everywhere

  static let form: [Binding] = [
    Binding([.tab, .down], .nextField, keyLabel: "⇥", L("champ suivant", "next field")),
    Binding([.backTab, .up], .previousField, keyLabel: "⇧⇥", L("champ précédent", "previous field"), hinted: false),
    Binding([.enter], .submit, keyLabel: "⏎", L("enregistrer", "save")),
    Binding([.escape], .cancel, keyLabel: "Esc", L("annuler", "cancel")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + everywhere

  static let menu: [Binding] = [
    hintOnly("↑↓", L("se déplacer", "move")),
    Binding([.enter, .character(" ")], .submit, keyLabel: "⏎", L("choisir", "choose")),
    hintOnly("1–9", L("choix direct", "pick by number")),
    Binding([.escape, .character("q")], .cancel, keyLabel: "Esc", L("annuler", "cancel")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + moving + (1...9).map {
    Binding([.character(Character(String($0)))], .chooseItem($0), keyLabel: String($0), L("choix n° \($0)", "item #\($0)"), hinted: false)
  } + everywhere

  static let confirm: [Binding] = [
    Binding([.character("y"), .character("o"), .character("Y"), .character("O")], .confirm, keyLabel: "o/y", L("oui", "yes")),
    Binding([.character("n"), .character("N"), .escape], .deny, keyLabel: "n/Esc", L("non", "no")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + everywhere

  static let help: [Binding] = [
    Binding([.escape, .character("q"), .character("?"), .enter], .back, keyLabel: "Esc", L("fermer", "close")),
    Binding([.character("c")], .openSettings, keyLabel: "c", L("réglages (après un document à compléter)", "settings (after a document to complete)"), hinted: false),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + moving + everywhere

  static let customerCard: [Binding] = [
    Binding([.enter, .character("e")], .editCustomer, keyLabel: "⏎/e", L("ajouter ou corriger", "add or correct")),
    Binding([.character("d"), .delete], .removeCustomer, keyLabel: "d", L("retirer", "remove")),
    Binding([.escape, .character("q")], .back, keyLabel: "Esc", L("fermer", "close")),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + everywhere

  /// The settings screen reads keys itself while a value is typed (as a form does).
  static let settings: [Binding] = [
    hintOnly("↑↓", L("choisir", "move")),
    Binding([.enter], .submit, keyLabel: "⏎", L("modifier / enregistrer", "edit / save")),
    Binding([.escape], .cancel, keyLabel: "Esc", L("annuler / fermer", "cancel / close")),
    Binding([.up], .moveUp, keyLabel: "↑", L("monter", "up"), hinted: false),
    Binding([.down], .moveDown, keyLabel: "↓", L("descendre", "down"), hinted: false),
    Binding([.pageUp], .pageUp, keyLabel: "PgUp", L("page précédente", "page up"), hinted: false),
    Binding([.pageDown], .pageDown, keyLabel: "PgDn", L("page suivante", "page down"), hinted: false),
    Binding([.control("c")], .quit, keyLabel: "Ctrl-C", L("quitter", "quit"), hinted: false),
  ] + everywhere

  static let tooSmall: [Binding] = [
    Binding([.character("q"), .control("c")], .quit, keyLabel: "q", L("quitter", "quit")),
  ] + everywhere

  /// A hint-bar entry that dispatches nothing by itself (its keys are bound separately).
  static func hintOnly(_ keyLabel: String, _ label: LocalizedText) -> Binding {
    Binding([], .moveDown, keyLabel: keyLabel, label)
  }
}
