import ArdoiseCore

/// A result to read before going on, in a box that any closing key dismisses: where a document
/// was written, in full, and what it still lacks. A status line would cut both at 80 columns.
public struct Notice: Sendable, Equatable {
  public var title: String
  /// Paragraphs, each wrapped to the box; one that starts with `• ` hangs under its bullet.
  public var paragraphs: [String]
  /// The first line shown, when the notice is taller than the screen.
  public var scroll = 0
  /// The settings a document lacks: `c` opens the settings screen on them.
  public var settingsKeys: [String] = []

  public init(title: String, paragraphs: [String]) {
    self.title = title
    self.paragraphs = paragraphs
  }

  /// The whole path of a document just written, to print or send the file, whether an earlier
  /// file was kept (`note`), and every blank left in it.
  init(documentWrittenAt path: String, warnings: [LocalizedText], note: LocalizedText? = nil, language: Language) {
    var paragraphs = [path]
    if let note { paragraphs += ["", note(language)] }
    if !warnings.isEmpty {
      paragraphs += ["", LocalizedText("À compléter avant l’envoi :", "To complete before sending:")(language)] + warnings.map { "• " + $0(language) }
    }
    self.init(title: LocalizedText("Document écrit", "Document written")(language), paragraphs: paragraphs)
  }

  /// Offers `c` (on the notice's last line) to open the settings on `keys`, the restaurant's
  /// fields still unset.
  mutating func offerSettings(_ keys: [String]) {
    settingsKeys = keys
  }

  /// Scrolls, or closes; `c` opens the settings on the fields to complete.
  mutating func update(_ command: Command) -> [ScreenEffect] {
    if command == .openSettings, !settingsKeys.isEmpty { return [.present(.settings(SettingsState(highlighting: settingsKeys)))] }
    if let request = ReadingScroll.request(for: command) { return [request] }
    scroll = ReadingScroll.scroll(scroll, after: command)
    return []
  }
}
