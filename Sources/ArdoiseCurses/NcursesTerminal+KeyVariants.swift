import ArdoiseUI
import CNcurses

extension NcursesTerminal {
  /// Home and End as other terminals send them than the one `TERM` names: tmux and screen send
  /// `ESC[1~` and `ESC[4~` whatever the pane's `TERM` (xterm-256color expects `ESC OH` and
  /// `ESC OF`), xterm outside keypad mode `ESC[H` and `ESC[F`, rxvt `ESC[7~` and `ESC[8~`.
  static let keyVariants: [(sequence: String, code: Int32)] = [
    ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
    ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
  ]

  /// Teaches ncurses the variants its terminfo entry lacks, so each arrives as Home or End
  /// instead of an Esc followed by letters. A sequence the entry already gives a key keeps it.
  func defineKeyVariants() {
    for variant in Self.keyVariants where key_defined(variant.sequence) == 0 {
      define_key(variant.sequence, variant.code)
    }
  }
}
