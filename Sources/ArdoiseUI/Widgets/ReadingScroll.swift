/// The keys of a screen of text to read (help, details, figures, a notice): Esc closes it,
/// Ctrl-C quits, the movement keys scroll it.
enum ReadingScroll {
  /// What the app must do for `command`, when it is not a scroll.
  static func request(for command: Command) -> ScreenEffect? {
    switch command {
    case .back: .dismiss
    case .quit: .quit
    default: nil
    }
  }

  /// The first line shown after `command`, from `scroll`.
  static func scroll(_ scroll: Int, after command: Command) -> Int {
    switch command {
    case .moveDown: scroll + 1
    case .moveUp: max(0, scroll - 1)
    case .pageDown: scroll + 10
    case .pageUp: max(0, scroll - 10)
    case .moveToTop: 0
    // As far as it goes: the screen's ``lastScroll`` brings it back to its last page.
    case .moveToBottom: Int.max
    default: scroll
    }
  }
}
