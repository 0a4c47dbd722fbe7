/// A key press, independent of how the terminal encoded it.
public enum Key: Sendable, Hashable {
  /// A printable character, including accented letters and `€` (never a control character).
  case character(Character)
  /// Ctrl with a letter, lowercased: Ctrl-C is `.control("c")`.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete, insert
  /// F1…F12.
  case function(Int)
}

/// What a terminal reports.
public enum TerminalEvent: Sendable, Hashable {
  case key(Key)
  /// The terminal now has this size.
  case resize(Size)
  /// Text the user pasted, whole (bracketed paste): typed into a text field, never run as keys.
  case paste(String)
  /// The process was asked to stop (SIGTERM, SIGHUP, SIGINT): save nothing new, restore, exit.
  case terminate
}
