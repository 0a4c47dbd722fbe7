import ArdoiseCore
import Foundation

/// The kind of value a field holds, which decides how it is validated.
public enum FieldKind: Sendable, Equatable {
  case text
  case money
  case timestamp
  case day
  case count
  /// One of fixed values, changed with ←/→ or Space.
  case choice([FieldChoice])
}

/// One option of a choice field.
public struct FieldChoice: Sendable, Equatable {
  public var value: ChoiceValue
  public var label: LocalizedText
  public init(_ value: ChoiceValue, _ label: LocalizedText) {
    self.value = value
    self.label = label
  }
}

/// One field of a form.
public struct FormField: Sendable, Equatable {
  public var key: FieldKey
  public var label: LocalizedText
  public var kind: FieldKind
  public var input: TextInput
  public var choiceIndex: Int
  public var isRequired: Bool
  /// Shown under the form when the field is focused: what to type.
  public var help: LocalizedText?
  /// Why the last submission refused this field.
  public var error: String?

  /// - Parameter value: a suggestion (now, the balance): typing replaces it, arrows edit it.
  public init(_ key: FieldKey, _ label: LocalizedText, kind: FieldKind = .text, value: String = "", choiceIndex: Int = 0,
              required: Bool = false, help: LocalizedText? = nil) {
    self.key = key
    self.label = label
    self.kind = kind
    self.input = TextInput(value, isSuggestion: true)
    self.choiceIndex = choiceIndex
    self.isRequired = required
    self.help = help
  }

  /// The value as typed (or the chosen option's, as the command line writes it).
  public var value: String {
    if case .choice = kind { return choice?.rawValue ?? "" }
    return input.text.trimmingCharacters(in: .whitespaces)
  }

  /// The chosen option of a choice field; nil for a text field.
  public var choice: ChoiceValue? {
    guard case .choice(let choices) = kind, !choices.isEmpty else { return nil }
    return choices[choiceIndex].value
  }
}
