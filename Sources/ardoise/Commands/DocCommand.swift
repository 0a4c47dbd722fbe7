import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise doc ID KIND`: writes a document for a case and records it in the timeline.
  struct Doc: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Rédiger un document pour un dossier : relance, dernière relance, mise en demeure, plainte, demande en justice, dossier complet, reconnaissance de dette, échéancier ou reçu (du dernier paiement, ou --payment N).", "Write a document for a case: reminder, final-reminder, demand-letter, complaint, court-request, dossier, acknowledgement, payment-plan or receipt (for the last payment, or --payment N).").inCommandLanguage,
      discussion: LocalizedText("""
        Écrit <data>/documents/<id>-<kind>-<lang>.md (0600) et affiche son chemin ; les avertissements (réglages \
        manquants, coordonnées du débiteur manquantes, délais) vont sur la sortie d’erreur. --out - affiche le \
        document à la place. Un modèle propre au restaurant dans <data>/templates/<kind>.<lang>.md \
        (reminder-sms.<lang>.md pour le SMS) remplace celui fourni. --format txt écrit du texte brut sans \
        balisage Markdown ; --format pdf écrit aussi le Markdown, puis un PDF A4 (fait par WeasyPrint) à côté : \
        une lettre au client est mise en page pour une enveloppe à fenêtre. Le droit qui y figure suit \
        restaurant.jurisdiction, pas la langue ; l’Angleterre et le pays de Galles ajoutent information-sheet, \
        reply-form et financial-statement, les annexes d’une lettre avant action en justice à un particulier.
        """, """
        Writes <data>/documents/<id>-<kind>-<lang>.md (0600) and prints its path; warnings (missing settings, \
        missing debtor details, time limits) go to stderr. --out - prints the document instead. \
        A restaurant's own template in <data>/templates/<kind>.<lang>.md (reminder-sms.<lang>.md for the SMS) replaces the built-in one. \
        --format txt writes plain text without Markdown markup; --format pdf also writes the Markdown, then an A4 PDF \
        (made by WeasyPrint) beside it: a letter to the customer is laid out for a window envelope. \
        The law in it follows restaurant.jurisdiction, not the language; England and Wales adds information-sheet, reply-form and \
        financial-statement, the enclosures of a letter before claim to an individual.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier, ou une partie qui n’appartient qu’à lui.", "Case id, or a unique part of it."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("Le document (Angleterre et pays de Galles : aussi information-sheet, reply-form, financial-statement).", "The document (England and Wales: also information-sheet, reply-form, financial-statement)."), valueName: LocalizedText("type", "kind"))) var kind: DocumentKind
    @Option(help: .localized(LocalizedText("Fichier de sortie, ou - pour la sortie standard (par défaut : <data>/documents/<id>-<kind>-<lang>.md).", "Output file, or - for stdout (default: <data>/documents/<id>-<kind>-<lang>.md)."), valueName: ValueName.output("out"))) var out: String?
    @Option(help: .localized(LocalizedText("Pour une relance : email (par défaut) ou sms.", "For a reminder: email (default) or sms."), valueName: ValueName.variant)) var variant: DocumentVariant?
    @Option(help: .localized(LocalizedText("Pour un reçu : le numéro du paiement, dans l’ordre où « ardoise show » les liste (par défaut : le dernier).", "For a receipt: the payment's number, in the order “ardoise show” lists them (default: the last)."), valueName: ValueName.payment)) var payment: Int?
    @Option(help: .localized(LocalizedText("md (par défaut), txt (sans balisage Markdown) ou pdf (A4 prêt à imprimer, avec le Markdown).", "md (default), txt (no Markdown markup) or pdf (print-ready A4, with the Markdown)."))) var format: DocumentFormat?

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let documentKind = kind
      let chosenVariant = variant ?? .email
      if chosenVariant == .sms && documentKind != .reminder {
        throw Console.reportFailure(LocalizedText("--variant sms ne vaut que pour « reminder »", "--variant sms only applies to “reminder”")(language))
      }
      if payment != nil && documentKind != .receipt {
        throw Console.reportFailure(LocalizedText("--payment ne vaut que pour « receipt »", "--payment only applies to “receipt”")(language))
      }
      let chosenFormat = format ?? .markdown
      let caseID = try context.resolve(id)
      let written: WrittenDocument
      do {
        written = try context.store.writeDocument(documentKind, variant: chosenVariant, for: caseID, config: context.config,
                                                  playbook: context.playbook, language: language, today: context.today,
                                                  to: chosenFormat == .pdf ? nil : out, format: chosenFormat, paymentNumber: payment)
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(language))
      } catch let error as DocumentWriteError {
        throw Console.reportFailure(error.message(language))
      }
      for warning in written.document.warnings { Console.warn(warning(language)) }
      if let note = written.keptEarlierNote { Console.warn(note(language)) }
      if chosenFormat == .pdf {
        try writePDF(written, kind: documentKind, caseID: caseID, context: context)
        return
      }
      if out == "-" { Console.print(written.document.text, terminator: "") }
      let recordedFile = written.file
      if out != "-" { Console.print(recordedFile) }
    }

    /// Typesets the Markdown just written into a PDF beside it (or at --out; - for stdout).
    /// Without WeasyPrint, the Markdown stays written and the error names the package.
    private func writePDF(_ written: WrittenDocument, kind: DocumentKind, caseID: IncidentID, context: CommandContext) throws {
      let language = context.language
      let bytes: [UInt8]
      do {
        bytes = try DocumentBridge.typeset(written, kind: kind, for: caseID, context: context)
      } catch let error as TypesetterError {
        throw Console.reportFailure(error.message(language) + LocalizedText(" ; Markdown écrit : ", "; Markdown written: ")(language) + written.file)
      }
      if out == "-" {
        FileHandle.standardOutput.write(Data(bytes))
        return
      }
      do {
        Console.print(try out.map { try DocumentFiles.writePDF(bytes, of: written.document, to: $0, in: context.directory) }
          ?? DocumentFiles.writePDF(bytes, besideMarkdown: written.file))
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(language))
      }
    }
  }
}
