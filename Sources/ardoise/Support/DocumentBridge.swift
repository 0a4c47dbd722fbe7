import ArdoiseCore
import ArdoiseUI

/// Writes a case's document from the terminal UI, as `ardoise doc` does.
enum DocumentBridge {
  static func write(kind: DocumentKind, for id: IncidentID, context: CommandContext) -> Result<DocumentWritten, Refusal> {
    do {
      let written = try context.store.writeDocument(kind, for: id, config: context.config, playbook: context.playbook,
                                                    language: context.language, today: context.today)
      return .success(DocumentWritten(path: written.file, warnings: written.document.warnings))
    } catch let error as StoreError {
      return .failure(Refusal(LocalizedText(french: error.message(.french), english: error.message(.english))))
    } catch let error as DocumentWriteError {
      return .failure(Refusal(error.reason))
    } catch {
      return .failure(Refusal(L("erreur inattendue : \(error)", "unexpected error: \(error)")))
    }
  }
}
