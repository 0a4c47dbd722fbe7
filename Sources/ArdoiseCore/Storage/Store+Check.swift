import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Store {
  /// What `ardoise check` looks at beyond the case logs, everything the other commands rely on:
  /// `FORMAT`, the lock, the folders (never symbolic links), `people/*.toml` (readable, valid,
  /// matching the log), and the modes (files 0600, folders 0700).
  ///
  /// Errors for what a command refuses or cannot use; warnings for what only weakens privacy or
  /// is repaired on its own.
  public func layoutProblems() -> [StoreProblem] {
    var problems: [StoreProblem] = []
    func add(_ path: String, _ severity: StoreProblem.Severity, _ message: LocalizedText) {
      problems.append(StoreProblem(file: directory.relative(path), line: nil, severity: severity, message: message))
    }

    // FORMAT: what every other command checks before it opens the store.
    do {
      if let bytes = try POSIXFile.readFile(directory.formatPath, limit: FileLimits.settings) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        switch DataDirectory.formatReading(line) {
        case .current: break
        case .newer:
          add(directory.formatPath, .error, LocalizedText("« \(line.prefix(60)) » : écrit par une version plus récente d’ardoise, les autres commandes refusent ce dossier ; mettez ardoise à jour",
                                              "“\(line.prefix(60))”: written by a newer ardoise, the other commands refuse this folder; update ardoise"))
        case .damaged:
          add(directory.formatPath, .error, LocalizedText("abîmé : « \(line.prefix(60)) » n’est pas un format valide (attendu « \(DataDirectory.formatLine) ») : les autres commandes refusent ce dossier",
                                              "damaged: “\(line.prefix(60))” is not a valid format (expected “\(DataDirectory.formatLine)”): the other commands refuse this folder"))
        }
      } else {
        add(directory.formatPath, .error, LocalizedText("absent", "missing"))
      }
    } catch {
      add(directory.formatPath, .error, Store.describe(error, file: "FORMAT"))
    }

    // The lock, the caches and the settings files: regular files, never followed.
    for (path, severity) in [(directory.lockPath, StoreProblem.Severity.error), (directory.path + "/.summaries.cache", .warning),
                             (RenderedCaseCache.path(in: directory), .warning)] {
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      let kind = info.st_mode & S_IFMT
      if kind == S_IFLNK {
        add(path, severity, LocalizedText("lien symbolique : pas suivi, ", "symbolic link: not followed, ")
          + (severity == .error ? LocalizedText("aucune écriture possible", "nothing can be written") : LocalizedText("ignoré", "ignored")))
      } else if kind != S_IFREG {
        add(path, severity, LocalizedText("pas un fichier ordinaire : ", "not a regular file: ")
          + (severity == .error ? LocalizedText("aucune écriture possible", "nothing can be written") : LocalizedText("ignoré", "ignored")))
      }
    }

    // Folders: real directories, never symbolic links.
    for folder in [directory.casesPath, directory.peoplePath, directory.quarantinePath, directory.documentsPath, directory.templatesPath,
                   Outbox(directory: directory).path] {
      var info = stat()
      guard lstat(folder, &info) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFLNK {
        add(folder, .error, LocalizedText("lien symbolique : pas suivi, rien n’y est écrit ; remplacez-le par un vrai dossier",
                              "symbolic link: not followed, nothing is written there; replace it with a real folder"))
      } else if (info.st_mode & S_IFMT) != S_IFDIR {
        add(folder, .error, LocalizedText("pas un dossier", "not a folder"))
      }
    }

    problems += identityProblems()
    problems += folderEntryProblems()
    problems += modeProblems()
    return problems
  }

  /// The files of the folders other commands read from, besides the logs and `people/` (checked
  /// on their own): `templates/` (the restaurant's templates, read by `doc`, `send`, `print`),
  /// `outbox/` (read by `send --resend`) and `documents/` (named and numbered by `doc`). Each entry
  /// is looked at with `lstat` only, never opened, so a FIFO there cannot make `check` wait: a
  /// FIFO, socket, device or symbolic link is a problem of that file (an error where ardoise
  /// reads it, a warning in `documents/`), and so is a template over the size a template may have.
  private func folderEntryProblems() -> [StoreProblem] {
    var problems: [StoreProblem] = []
    let folders: [(path: String, severity: StoreProblem.Severity)] = [
      (directory.templatesPath, .error), (Outbox(directory: directory).path, .error), (directory.documentsPath, .warning),
    ]
    for (folder, severity) in folders {
      // A folder that is a symbolic link is reported above, and never listed.
      guard !POSIXFile.isSymbolicLink(folder), let names = POSIXFile.listDirectory(folder) else { continue }
      for name in names.sorted() {
        let path = folder + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        let message: LocalizedText
        switch info.st_mode & S_IFMT {
        case S_IFREG:
          guard folder == directory.templatesPath, Int(info.st_size) > DocumentTemplate.maximumSize else { continue }
          message = LocalizedText("plus de \(DocumentTemplate.maximumSize >> 10)\u{00A0}Kio : refusé par « ardoise doc »",
                                  "over \(DocumentTemplate.maximumSize >> 10) KiB: refused by “ardoise doc”")
        case S_IFDIR:
          continue
        case S_IFLNK:
          message = LocalizedText("lien symbolique : jamais suivi ; remplacez-le par le fichier lui-même",
                                  "symbolic link: never followed; replace it with the file itself")
        default:
          message = LocalizedText("pas un fichier ordinaire (tube, socket ou périphérique) : jamais lu ; supprimez-le",
                                  "not a regular file (a FIFO, socket or device): never read; remove it")
        }
        problems.append(StoreProblem(file: directory.relative(path), line: nil, severity: severity, message: message))
      }
    }
    return problems
  }

  /// Each `people/<id>.toml` must be readable, valid, and match an identified case; each
  /// identified case should have its file.
  private func identityProblems() -> [StoreProblem] {
    guard !POSIXFile.isSymbolicLink(directory.peoplePath) else { return [] }
    var problems: [StoreProblem] = []
    var files = Set<IncidentID>()
    for name in POSIXFile.listDirectory(directory.peoplePath) ?? [] where name.hasSuffix(".toml") && !name.hasPrefix(".") {
      let path = directory.peoplePath + "/" + name
      let file = directory.relative(path)
      let id = IncidentID(rawValue: String(name.dropLast(5)))
      files.insert(id)
      let identity: CustomerIdentity
      let unknown: [String]
      do {
        guard let bytes = try POSIXFile.readFile(path, limit: FileLimits.settings) else { continue }
        guard let text = String(validating: bytes, as: UTF8.self) else {
          problems.append(StoreProblem(file: file, line: nil, severity: .error, message: LocalizedText("pas en UTF-8", "not UTF-8")))
          continue
        }
        identity = try CustomerIdentity(tomlText: text)
        unknown = try CustomerIdentity.unknownKeys(inTOML: text)
      } catch let error as StoreError {
        problems.append(StoreProblem(file: file, line: nil, severity: .error, message: Store.describe(error, file: file)))
        continue
      } catch {
        // The line, when the parser gives one: the screen shows the same file and line on the case.
        problems.append(StoreProblem(file: file, line: CustomerIdentity.problemLine(of: error), severity: .error,
                                     message: LocalizedText("TOML invalide : l’identité n’est pas lue", "invalid TOML: the identity is not read")))
        continue
      }
      _ = identity
      if !unknown.isEmpty {
        let keys = unknown.joined(separator: ", ")
        problems.append(StoreProblem(file: file, line: nil, severity: .warning,
          message: LocalizedText("écrit par une version plus récente d’ardoise (\(keys) inconnu de celle-ci) : « ardoise identify » ne le réécrit pas ; mettez ardoise à jour",
                                 "written by a newer ardoise (\(keys) unknown to this one): “ardoise identify” does not rewrite it; update ardoise")))
      }
      if let summary = summary(id), !summary.hasIdentifiedCustomer {
        problems.append(StoreProblem(file: file, line: nil, severity: .warning,
          message: LocalizedText("identité sans événement « identifié » dans le journal du dossier", "identity with no “identified” event in the case's log")))
      } else if summary(id) == nil {
        problems.append(StoreProblem(file: file, line: nil, severity: .warning,
          message: LocalizedText("identité d’un dossier absent", "identity of a case that does not exist")))
      }
    }
    // Identities never leave the site that recorded them (`ardoise sync` keeps people/ out of
    // git): in a synced data directory a case identified at another site has no file here.
    let isSynced = access(directory.path + "/.git", F_OK) == 0
    for summary in summaries where !isSynced && summary.hasIdentifiedCustomer && !files.contains(summary.id) {
      problems.append(StoreProblem(file: directory.relative(directory.personPath(summary.id)), line: nil, severity: .warning,
        message: LocalizedText("absent alors que le journal dit le client identifié (identification interrompue ?) : refaites « ardoise identify »",
                   "missing although the log says the customer was identified (an interrupted identify?): run “ardoise identify” again")))
    }
    return problems
  }

  /// Files open to other accounts (not 0600) and folders not 0700.
  private func modeProblems() -> [StoreProblem] {
    var problems: [StoreProblem] = []
    let folders = [directory.path, directory.casesPath, directory.peoplePath, directory.quarantinePath, directory.documentsPath]
    for folder in folders {
      guard !POSIXFile.isSymbolicLink(folder), let names = POSIXFile.listDirectory(folder) else { continue }
      for name in names {
        let path = folder + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o077 != 0 else { continue }
        let mode = String(info.st_mode & 0o777, radix: 8)
        problems.append(StoreProblem(file: directory.relative(path), line: nil, severity: .warning,
          message: LocalizedText("lisible par d’autres comptes (mode \(mode), attendu 600) : chmod 600 \(path)",
                     "open to other accounts (mode \(mode), expected 600): chmod 600 \(path)")))
      }
    }
    // The data directory, cases/ and people/ are reported at every load (``allProblems``); the others here.
    problems += directory.permissionProblems(of: [directory.quarantinePath, directory.documentsPath])
    return problems
  }
}
