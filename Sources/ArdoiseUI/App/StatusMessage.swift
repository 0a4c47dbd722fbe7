/// A message in the status line.
public struct StatusMessage: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case info, success, warning, error }
  public var text: String
  public var kind: Kind
  public init(_ text: String, _ kind: Kind) {
    self.text = text
    self.kind = kind
  }
}
