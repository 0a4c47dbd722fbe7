extension FormState {
  /// Puts pasted text into the focused field, whole, at its cursor (one line: line breaks become
  /// spaces). Returns false, changing nothing, when the focused field is a choice.
  mutating func paste(_ text: String) -> Bool {
    guard fields.indices.contains(focus) else { return false }
    if case .choice = fields[focus].kind { return false }
    let line = TextInput.singleLine(pasted: text)
    guard !line.isEmpty else { return true }
    fields[focus].input.insert(pasted: line)
    fields[focus].error = nil
    isDirty = true
    return true
  }
}
