import ArdoiseCore

/// A form on screen: fields, the focused one, and whether anything was typed.
public struct FormState: Sendable, Equatable {
  public var purpose: FormPurpose
  public var title: LocalizedText
  public var fields: [FormField]
  public var focus = 0
  /// Whether something was changed since the form opened (Esc then asks first).
  public var isDirty = false
  /// A refusal from the domain, shown above the fields.
  public var error: String?

  public init(purpose: FormPurpose, title: LocalizedText, fields: [FormField]) {
    self.purpose = purpose
    self.title = title
    self.fields = fields
  }

  public func field(_ key: FieldKey) -> FormField? { fields.first { $0.key == key } }

  public mutating func setError(_ message: String?, on key: FieldKey) {
    guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
    fields[index].error = message
  }
}
