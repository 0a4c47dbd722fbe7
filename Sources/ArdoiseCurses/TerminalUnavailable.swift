import ArdoiseCore

/// Why the terminal UI cannot start here; nothing has been drawn, and the caller exits with status 2.
public enum TerminalUnavailable: Error, Sendable, Equatable {
  /// Standard input or standard output is not a terminal (a pipe, a file, a service).
  case notATerminal
  /// `TERM` is unset or empty.
  case terminalTypeUnset
  /// `TERM` names a terminal type the terminfo database does not know.
  case unknownTerminalType(String)
  /// The terminal type cannot move the cursor (`TERM=dumb`, no `cup` capability).
  case noCursorAddressing(String)
  /// ncurses refused to start on this terminal for another reason.
  case startFailed(String)

  /// The explanation shown to the user, in `language`.
  public func message(_ language: Language) -> String {
    switch self {
    case .notATerminal:
      LocalizedText("l’écran a besoin d’un terminal : l’entrée ou la sortie standard n’en est pas un (les commandes, elles, marchent partout : ardoise list, ardoise --help).",
        "the screen needs a terminal: standard input or output is not one (commands work anywhere: ardoise list, ardoise --help).")(language)
    case .terminalTypeUnset:
      LocalizedText("La variable TERM n’est pas définie : impossible de savoir comment piloter ce terminal.",
        "TERM is not set: there is no way to know how to drive this terminal.")(language)
    case .unknownTerminalType(let name):
      LocalizedText("Type de terminal inconnu : TERM=\(name). Essayez TERM=xterm-256color.",
        "Unknown terminal type: TERM=\(name). Try TERM=xterm-256color.")(language)
    case .noCursorAddressing(let name):
      LocalizedText("Le terminal TERM=\(name) ne sait pas déplacer le curseur ; ardoise a besoin d’un terminal plein écran.",
        "The terminal TERM=\(name) cannot move the cursor; ardoise needs a full-screen terminal.")(language)
    case .startFailed(let name):
      LocalizedText("Impossible de démarrer l’affichage sur le terminal TERM=\(name).",
        "Could not start the display on the terminal TERM=\(name).")(language)
    }
  }
}
