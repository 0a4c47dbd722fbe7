import ArdoiseUI
import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

extension NcursesTerminal {
  /// Asks the terminal to wrap what the user pastes in `ESC[200~` … `ESC[201~` (bracketed
  /// paste), or to stop doing so. A terminal that does not know the mode ignores the request.
  func setBracketedPaste(_ enabled: Bool) {
    fputs(enabled ? Self.bracketedPasteOn : Self.bracketedPasteOff, outputStream)
    fflush(outputStream)
  }

  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"

  /// Teaches ncurses the two paste markers, so each arrives as one key code instead of an Esc
  /// followed by `[200~` typed as letters.
  func definePasteKeys() {
    define_key("\u{1B}[200~", shim_key_paste_start())
    define_key("\u{1B}[201~", shim_key_paste_end())
  }

  /// Reads a paste whose start marker was just read, up to its end marker: every character as
  /// it came, Enter as a line break, other keys dropped. Gives up after a second with nothing
  /// more (a terminal that never sends the end marker), returning what came so far.
  func readPaste() -> TerminalEvent {
    var collector = PasteCollector()
    var resized = false
    // A resize during the paste is read again after it, so the screen still hears of it.
    defer { if resized { ungetch(KEY_RESIZE) } }
    while true {
      if stopRequested { return .terminate }
      wtimeout(window, Int32(Self.pasteIdleMilliseconds))
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      if result == KEY_CODE_YES {
        if Int32(character) == KEY_RESIZE {
          resized = true
          continue
        }
        if collector.take(keyCode: Int32(character)) == .finished { return .paste(collector.text) }
      } else if result == OK {
        collector.take(character: character)
      } else {
        return .paste(collector.text)
      }
    }
  }

  /// How long a paste may pause before it is taken as ended without its end marker.
  static let pasteIdleMilliseconds = 1000
}

/// The text of one bracketed paste, built from what ncurses reads between the two markers.
struct PasteCollector {
  private(set) var text = ""

  enum Progress: Equatable { case continuing, finished }

  /// A character as `wget_wch` returned it (`OK`): kept as is, Return included (as `\r`).
  mutating func take(character: wint_t) {
    guard let scalar = Unicode.Scalar(character) else { return }
    text.unicodeScalars.append(scalar)
  }

  /// A key code (`KEY_CODE_YES`): the end marker ends the paste, Enter is a line break, any
  /// other key (an escape sequence inside the pasted text) is dropped rather than obeyed.
  mutating func take(keyCode: Int32) -> Progress {
    if keyCode == shim_key_paste_end() { return .finished }
    if keyCode == KEY_ENTER { text += "\n" }
    return .continuing
  }
}
