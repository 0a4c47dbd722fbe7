import Mustache

/// A plain-text template with `{{placeholder}}` fields and `{{#section}}…{{/section}}` blocks
/// (Mustache, rendered as text: nothing is HTML-escaped).
public struct DocumentTemplate: Sendable {
  /// The text the template was made from.
  public let source: String
  private let template: MustacheTemplate

  /// Parses `source`.
  /// - Throws: ``DocumentTemplateError`` when a tag is malformed or a section is left open.
  public init(_ source: String) throws {
    self.source = source
    do {
      // The pragma switches off HTML escaping; a standalone tag line leaves no trace in the output.
      template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + source)
    } catch {
      throw DocumentTemplateError(reason: String(describing: error))
    }
  }

  /// Fills the template with `values`: strings, booleans, nested dictionaries and arrays of them.
  /// A missing key renders as nothing and counts as false in a section.
  public func render(_ values: [String: Any]) -> String {
    template.render(values)
  }
}

/// A template that could not be read.
public struct DocumentTemplateError: Error, Equatable, Sendable {
  /// What the template parser said.
  public var reason: String

  public func message(_ language: Language) -> String {
    L("modèle de document invalide : ", "invalid document template: ")(language) + reason
  }
}
