import ArdoiseCore

extension AppState {
  /// A paste goes whole into the text field being typed in (a form's focused field, the list's
  /// filter); anywhere else it does nothing but say so. Pasted text never acts as keys.
  mutating func handlePaste(_ text: String) -> [Effect] {
    switch keyContext {
    case .form:
      guard case .form(var form)? = overlay else { return [] }
      if form.paste(text) {
        overlay = .form(form)
      } else {
        status = StatusMessage(localized(LocalizedText("Collage ignoré : ce champ est un choix (←→ pour le changer).",
                                           "Paste ignored: this field is a choice (←→ to change it).")), .warning)
      }
    case .filter:
      list.pasteIntoFilter(text, context: screenContext)
    default:
      status = StatusMessage(localized(LocalizedText("Collage ignoré : aucun champ de saisie ici.",
                                         "Paste ignored: there is no text field here.")), .warning)
    }
    return []
  }
}
