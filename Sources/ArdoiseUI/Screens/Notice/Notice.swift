/// A result to read before going on, in a box that any closing key dismisses: where a document
/// was written, in full, and what it still lacks. A status line would cut both at 80 columns.
public struct Notice: Sendable, Equatable {
  public var title: String
  /// Paragraphs, each wrapped to the box; one that starts with `• ` hangs under its bullet.
  public var paragraphs: [String]
  /// The first line shown, when the notice is taller than the screen.
  public var scroll = 0

  public init(title: String, paragraphs: [String]) {
    self.title = title
    self.paragraphs = paragraphs
  }
}
