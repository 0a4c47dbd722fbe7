import ArdoiseCore
import ArdoiseUI
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise print ID KIND`: writes a document as a PDF and hands it to the print spooler.
  struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Imprimer un document d’un dossier : écrit en PDF (comme doc --format pdf), puis confié au spouleur d’impression.",
                  "Print a document of a case: written as a PDF (as doc --format pdf does), then handed to the print spooler.").inCommandLanguage,
      discussion: LocalizedText("""
        Lance `lp -t TITRE -- FICHIER` (le client CUPS ; print.lp dans les réglages, par défaut lp trouvé dans le PATH), avec         -d IMPRIMANTE quand print.printer est réglé, sinon l’imprimante par défaut du système. Le PDF reste dans         <data>/documents/. --dry-run affiche la commande et n’écrit rien.
        """, """
        Runs `lp -t TITLE -- FILE` (the CUPS client; print.lp in the settings, default lp on the PATH), with -d PRINTER \
        when print.printer is set, else the system's default printer. The PDF stays in <data>/documents/. \
        --dry-run prints the command and writes nothing.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier, ou une partie qui n’appartient qu’à lui.", "Case id, or a unique part of it."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("Le document à imprimer.", "The document to print."), valueName: LocalizedText("type", "kind"))) var kind: DocumentKind
    @Flag(help: .localized(LocalizedText("Afficher la commande lp au lieu de la lancer ; rien n’est écrit.", "Print the lp command instead of running it; nothing is written."))) var dryRun = false

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let documentKind = kind
      let caseID = try context.resolve(id)
      let spooler = PrintSpooler(lpSetting: context.config.lpCommand, printer: context.config.printer)
      if dryRun {
        let prepared: GeneratedDocument
        do {
          prepared = try context.store.prepareDocument(documentKind, for: caseID, config: context.config, playbook: context.playbook,
                                                       language: language, today: context.today).document
        } catch let error as StoreError {
          throw Console.reportFailure(error.message(language))
        } catch let error as DocumentWriteError {
          throw Console.reportFailure(error.message(language))
        }
        let file = DocumentFiles.defaultPDFPath(for: prepared, in: context.directory)
        Console.print(spooler.commandLine(printing: file, title: PrintBridge.title(of: file)))
        return
      }
      switch PrintBridge.print(kind: documentKind, for: caseID, context: context) {
      case .success(let printed):
        for warning in printed.warnings { Console.warn(warning(language)) }
        Console.print(printed.path)
        if !printed.spoolerSaid.isEmpty { Console.print(printed.spoolerSaid) }
      case .failure(let refusal):
        throw Console.reportFailure(refusal.reason(language))
      }
    }
  }
}

/// Prints a case's document, from the command line and from the screen: the PDF is written (as
/// `ardoise doc --format pdf` writes it), then handed to ``PrintSpooler``.
enum PrintBridge {
  struct Printed {
    var path: String
    var warnings: [LocalizedText]
    /// What `lp` said (`request id is office-12 (1 file(s))`).
    var spoolerSaid: String
  }

  static func print(kind: DocumentKind, for id: IncidentID, context: CommandContext) -> Result<Printed, Refusal> {
    let written: DocumentWritten
    switch DocumentBridge.write(kind: kind, asPDF: true, for: id, context: context) {
    case .success(let result): written = result
    case .failure(let refusal): return .failure(refusal)
    }
    let spooler = PrintSpooler(lpSetting: context.config.lpCommand, printer: context.config.printer)
    do {
      let said = try spooler.print(written.path, title: title(of: written.path), environment: context.environment)
      return .success(Printed(path: written.path, warnings: written.warnings, spoolerSaid: said))
    } catch let error as PrintError {
      return .failure(Refusal(LocalizedText(french: error.message(.french) + " ; PDF écrit : " + written.path,
                                            english: error.message(.english) + "; PDF written: " + written.path)))
    } catch {
      return .failure(Refusal(LocalizedText("erreur inattendue : \(error)", "unexpected error: \(error)")))
    }
  }

  /// The job's title in the print queue: the file's name, which names no person.
  static func title(of path: String) -> String { (path as NSString).lastPathComponent }
}
