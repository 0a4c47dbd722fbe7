import ArdoiseCore
import ArdoiseUI

/// Writes a case's document from the terminal UI.
enum DocumentBridge {
  static func write(kind: String, for id: IncidentID, context: CommandContext) -> Result<DocumentWritten, Refusal> {
    .failure(Refusal(L("les documents arrivent avec la commande « ardoise doc »", "documents come with the “ardoise doc” command")))
  }
}
