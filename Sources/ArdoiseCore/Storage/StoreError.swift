import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the store could not do what was asked. Every case says what and where, in both languages.
public enum StoreError: Error, Equatable, Sendable {
  /// A system call failed; nothing was acknowledged.
  case io(operation: String, path: String, code: Int32)
  /// The bytes were written but `fsync` failed: the write may not be on disk. Not acknowledged.
  case notConfirmed(path: String, code: Int32)
  /// The case cannot be changed; `reason` says why (damaged line, newer format…).
  case readOnly(IncidentID, reason: LocalizedText)
  case notFound(String)
  case ambiguousID(String, matches: [IncidentID])
  /// The domain refused the change.
  case refused(Refusal)
  /// Another ardoise kept the lock too long.
  case busy(path: String)
  /// The folder exists but does not look like an ardoise data directory.
  case notADataDirectory(path: String)
  /// The data directory was written by a newer ardoise.
  case newerFormat(path: String, found: String)
  /// A FIFO, socket, device or directory where a data file should be: never opened for reading.
  case notARegularFile(path: String)
  /// A symbolic link where a data file or folder should be: never followed.
  case symbolicLink(path: String)
  /// The file holds more than ardoise reads at once (see ``FileLimits``).
  case tooLarge(path: String, limit: Int)
  /// The case's log exists but holds no readable case (a damaged first line, invalid UTF-8, an
  /// amount out of bounds, a FIFO…): `problem` names the file and, when there is one, the line.
  case unreadableCase(IncidentID, problem: StoreProblem)
  /// `FORMAT` holds something other than a format line (garbage, `ardoise-store 0`).
  case damagedFormat(path: String, found: String)

  /// How many of an ambiguous part's matches the message names before saying how many more.
  static let listedMatches = 10

  public func message(_ language: Language) -> String {
    switch self {
    case .io(let operation, let path, let code):
      let detail = LocalizedText.systemError(code)(language)
      let failed = Self.failedOperation(operation, on: path, in: language)
      return LocalizedText("\(failed) : \(detail) — rien n’a été enregistré",
               "\(failed): \(detail) — nothing was saved")(language)
    case .notConfirmed(let path, let code):
      let detail = LocalizedText.systemError(code)(language)
      return LocalizedText("écriture non confirmée sur \(path) (\(detail)) : vérifiez le disque, puis relancez ardoise pour voir ce qui est enregistré",
               "write not confirmed on \(path) (\(detail)): check the disk, then restart ardoise to see what is saved")(language)
    case .readOnly(let id, let reason):
      return LocalizedText("le dossier \(id) est en lecture seule : ", "case \(id) is read-only: ")(language) + reason(language)
    case .notFound(let text):
      return LocalizedText("aucun dossier « \(text) »", "no case “\(text)”")(language)
    case .ambiguousID(let text, let matches):
      // Every match up to ten, then how many more: enough to pick one and type more of it.
      let shown = Self.listedMatches
      let list = matches.prefix(shown).map(\.rawValue).joined(separator: ", ")
      let more = matches.count > shown
        ? LocalizedText(" et \(matches.count - shown) autres", " and \(matches.count - shown) more")(language) : ""
      return LocalizedText("« \(text) » désigne \(matches.count) dossiers : \(list)\(more) ; tapez-en davantage",
               "“\(text)” matches \(matches.count) cases: \(list)\(more); type more of it")(language)
    case .refused(let refusal):
      return refusal.message(language)
    case .busy(let path):
      return LocalizedText("un autre ardoise écrit dans \(path) ; réessayez dans un instant", "another ardoise is writing to \(path); try again in a moment")(language)
    case .notADataDirectory(let path):
      return LocalizedText("\(path) n’est pas un dossier de données ardoise (il contient d’autres fichiers) ; choisissez un dossier vide avec --data-dir",
               "\(path) is not an ardoise data directory (it holds other files); choose an empty folder with --data-dir")(language)
    case .notARegularFile(let path):
      return LocalizedText("\(path) n’est pas un fichier ordinaire (tube, socket, périphérique ou dossier) : ignoré",
               "\(path) is not a regular file (a FIFO, socket, device or folder): left alone")(language)
    case .symbolicLink(let path):
      return LocalizedText("\(path) est un lien symbolique : ardoise ne le suit pas ; remplacez-le par le fichier ou le dossier lui-même",
               "\(path) is a symbolic link: ardoise does not follow it; replace it with the file or folder itself")(language)
    case .tooLarge(let path, let limit):
      return LocalizedText("\(path) dépasse \(limit >> 20)\u{00A0}Mio : pas lu", "\(path) is over \(limit >> 20) MiB: not read")(language)
    case .unreadableCase(let id, let problem):
      let place = problem.line.map { LocalizedText("ligne \($0) de \(problem.file)", "line \($0) of \(problem.file)") }
        ?? LocalizedText(french: problem.file, english: problem.file)
      return LocalizedText("le dossier \(id) est illisible : ", "case \(id) cannot be read: ")(language) + place(language)
        + LocalizedText(" : ", ": ")(language) + problem.message(language)
    case .damagedFormat(let path, let found):
      return LocalizedText("\(path) est abîmé : « \(found.prefix(60)) » n’est pas un format de dossier ardoise (attendu « \(DataDirectory.formatLine) ») ; rétablissez cette ligne ou restaurez le dossier depuis une sauvegarde",
               "\(path) is damaged: “\(found.prefix(60))” is not a valid ardoise format (expected “\(DataDirectory.formatLine)”); restore that line or the folder from a backup")(language)
    case .newerFormat(let path, let found):
      return LocalizedText("\(path) a été écrit par une version plus récente d’ardoise (« \(found) ») : mettez ardoise à jour",
               "\(path) was written by a newer ardoise (“\(found)”): update ardoise")(language)
    }
  }
}

extension StoreError: LocalizedError {
  /// The English message, for code that only knows `localizedDescription`.
  public var errorDescription: String? { message(.english) }
}
