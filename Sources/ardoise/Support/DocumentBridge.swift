import ArdoiseCore
import ArdoiseUI

/// Writes a case's document from the terminal UI, as `ardoise doc` does; with `asPDF` it also
/// typesets it, as `ardoise doc --format pdf` does.
enum DocumentBridge {
  static func write(kind: DocumentKind, asPDF wantsPDF: Bool = false, paymentNumber: Int? = nil, for id: IncidentID,
                    context: CommandContext) -> Result<DocumentWritten, Refusal> {
    do {
      let written = try context.store.writeDocument(kind, for: id, config: context.config, playbook: context.playbook,
                                                    language: context.language, today: context.today, paymentNumber: paymentNumber)
      guard wantsPDF else {
        return .success(DocumentWritten(path: written.file, warnings: written.document.warnings, note: written.keptEarlierNote))
      }
      do {
        let bytes = try typeset(written, kind: kind, for: id, context: context)
        let path = try DocumentFiles.writePDF(bytes, besideMarkdown: written.file)
        return .success(DocumentWritten(path: path, warnings: written.document.warnings, note: written.keptEarlierNote))
      } catch let error as TypesetterError {
        return .failure(Refusal(LocalizedText(french: error.message(.french) + " ; Markdown écrit : " + written.file,
                                              english: error.message(.english) + "; Markdown written: " + written.file)))
      }
    } catch let error as StoreError {
      return .failure(Refusal(LocalizedText(french: error.message(.french), english: error.message(.english))))
    } catch let error as DocumentWriteError {
      return .failure(Refusal(error.reason))
    } catch {
      return .failure(Refusal(LocalizedText("erreur inattendue : \(error)", "unexpected error: \(error)")))
    }
  }

  /// The PDF of a document just written: a letter to the customer laid out for a window envelope.
  /// - Throws: ``TypesetterError`` when WeasyPrint is missing or fails.
  static func typeset(_ written: WrittenDocument, kind: DocumentKind, for id: IncidentID, context: CommandContext) throws -> [UInt8] {
    let page = LetterPage(written.document, kind: kind, config: context.config, customer: context.store.customer(of: id),
                          language: context.language, today: context.today)
    return try Typesetter(environment: context.environment).pdf(page)
  }
}
