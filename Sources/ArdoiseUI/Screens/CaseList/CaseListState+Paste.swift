extension CaseListState {
  /// Pasted text narrows the list as if typed into the filter (on one line).
  mutating func pasteIntoFilter(_ text: String, context: ScreenContext) {
    filter.insert(pasted: text)
    refreshVisible(context: context)
  }
}
