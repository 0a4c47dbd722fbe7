import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise doc ID KIND`: writes a document for a case and records it in the timeline.
  struct Doc: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a document for a case: reminder, final-reminder, demand-letter, complaint, court-request, dossier, acknowledgement, payment-plan or receipt.",
      discussion: """
        Writes <data>/documents/<id>-<kind>-<lang>.md (0600) and prints its path; warnings (missing settings, \
        missing debtor details, time limits) go to stderr. --out - prints the document instead. \
        A restaurant's own template in <data>/templates/<kind>.<lang>.md (reminder-sms.<lang>.md for the SMS) replaces the built-in one. \
        --format txt writes plain text without Markdown markup; --format pdf also writes the Markdown, then an A4 PDF \
        (made by WeasyPrint) beside it: a letter to the customer is laid out for a window envelope. \
        The law in it follows restaurant.jurisdiction, not the language; England and Wales adds information-sheet, reply-form and \
        financial-statement, the enclosures of a letter before claim to an individual.
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id, or a unique part of it.") var id: String
    @Argument(help: "reminder, final-reminder, demand-letter, complaint, court-request, dossier, acknowledgement, payment-plan, receipt (for the last payment) (gb-eng: information-sheet, reply-form, financial-statement).") var kind: String
    @Option(help: "Output file, or - for stdout (default: <data>/documents/<id>-<kind>-<lang>.md).") var out: String?
    @Option(help: "For a reminder: email (default) or sms.") var variant: String?
    @Option(help: "md (default), txt (no Markdown markup) or pdf (print-ready A4, with the Markdown).") var format: String?

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let documentKind = try context.choice(kind, DocumentKind.self, option: "KIND")
      let chosenVariant = try variant.map { try context.choice($0, DocumentVariant.self, option: "--variant") } ?? .email
      if chosenVariant == .sms && documentKind != .reminder {
        throw Console.failure(L("--variant sms ne vaut que pour « reminder »", "--variant sms only applies to “reminder”")(language))
      }
      let chosenFormat = try format.map { try context.choice($0, DocumentFormat.self, option: "--format") } ?? .markdown
      let caseID = try context.resolve(id)
      let written: WrittenDocument
      do {
        written = try context.store.writeDocument(documentKind, variant: chosenVariant, for: caseID, config: context.config,
                                                  playbook: context.playbook, language: language, today: context.today,
                                                  to: chosenFormat == .pdf ? nil : out, format: chosenFormat)
      } catch let error as StoreError {
        throw Console.failure(error.message(language))
      } catch let error as DocumentWriteError {
        throw Console.failure(error.message(language))
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
        throw Console.failure(error.message(language) + L(" ; Markdown écrit : ", "; Markdown written: ")(language) + written.file)
      }
      if out == "-" {
        FileHandle.standardOutput.write(Data(bytes))
        return
      }
      do {
        Console.print(try out.map { try DocumentFiles.writePDF(bytes, of: written.document, to: $0, in: context.directory) }
          ?? DocumentFiles.writePDF(bytes, besideMarkdown: written.file))
      } catch let error as StoreError {
        throw Console.failure(error.message(language))
      }
    }
  }
}
