/// Why a sync stopped. Each says what happened and what to do, in both languages; in every case
/// nothing recorded is lost: the data directory keeps every change, and the next sync sends it.
public enum SyncError: Error, Equatable, Sendable {
  /// `git` cannot be run.
  case gitUnavailable(String)
  /// A git command failed in a way ardoise does not expect: the command and git's last line.
  case gitFailed(String, String)
  /// The data directory is not a git repository yet.
  case notSetUp(path: String)
  /// The data directory is already a repository with a remote (for `--init`).
  case alreadySetUp(remote: String)
  /// `--clone` into a folder that already holds files.
  case destinationNotEmpty(path: String)
  /// The remote cannot be reached (no network, a disk not mounted, a bad URL, refused credentials).
  case unreachable(remote: String, detail: String)
  /// `--init` cannot reach the remote: nothing was set up.
  case unreachableAtInit(remote: String, detail: String)
  /// Personal data would leave the machine.
  case personalData([PersonalDataFinding])
  /// Files git cannot merge: each with both versions. Nothing was pushed.
  case conflict([SyncConflict])
  /// `--resolve` on a file that is not in conflict.
  case notInConflict(file: String)
  /// Another sync is running in this data directory.
  case busy
  /// The data directory could not be locked or read.
  case store(StoreError)

  public func message(_ language: Language) -> String {
    switch self {
    case .gitUnavailable(let path):
      return LocalizedText("impossible de lancer git (\(path)) : installez git (apt-get install git)",
               "cannot run git (\(path)): install git (apt-get install git)")(language)
    case .gitFailed(let command, let detail):
      return LocalizedText("git \(command) a échoué : \(detail) — rien n’est perdu ; relancez « ardoise sync »",
               "git \(command) failed: \(detail) — nothing is lost; run “ardoise sync” again")(language)
    case .notSetUp(let path):
      return LocalizedText("\(path) n’est pas synchronisé : « ardoise sync --init URL » d’abord (ou « ardoise sync --clone URL » sur un nouveau site)",
               "\(path) is not synced yet: run “ardoise sync --init URL” first (or “ardoise sync --clone URL” at a new site)")(language)
    case .alreadySetUp(let remote):
      return LocalizedText("déjà synchronisé avec \(remote) : « ardoise sync » suffit (pour changer : git -C DOSSIER remote set-url origin URL)",
               "already synced with \(remote): just run “ardoise sync” (to change it: git -C DIR remote set-url origin URL)")(language)
    case .destinationNotEmpty(let path):
      return LocalizedText("\(path) contient déjà des fichiers : choisissez un dossier vide ou absent",
               "\(path) already holds files: choose an empty or new folder")(language)
    case .unreachable(let remote, let detail):
      return LocalizedText("\(remote) injoignable (\(detail)) : rien n’est perdu, tout sera envoyé à la prochaine synchronisation",
               "cannot reach \(remote) (\(detail)): nothing is lost, the next sync sends everything")(language)
    case .unreachableAtInit(let remote, let detail):
      return LocalizedText("\(remote) injoignable (\(detail)) : rien n’a été mis en place ; vérifiez l’adresse et le réseau, puis relancez « ardoise sync --init \(remote) »",
               "cannot reach \(remote) (\(detail)): nothing was set up; check the address and the network, then run “ardoise sync --init \(remote)” again")(language)
    case .personalData(let findings):
      let first = findings.prefix(5).map { $0.message(language) }.joined(separator: "\n  ")
      let more = findings.count > 5 ? LocalizedText("\n  … et \(findings.count - 5) de plus", "\n  … and \(findings.count - 5) more")(language) : ""
      return LocalizedText("synchronisation refusée, des données personnelles quitteraient cette machine (rien n’a été envoyé) :\n  ",
               "sync refused: personal data would leave this machine (nothing was sent):\n  ")(language) + first + more
    case .conflict(let conflicts):
      var text = LocalizedText("conflit que git ne sait pas fusionner, rien n’a été envoyé ; ce site garde sa version en attendant :",
                   "a conflict git cannot merge, nothing was sent; this site keeps its own version meanwhile:")(language)
      for conflict in conflicts {
        text += "\n" + conflict.message(language)
      }
      let file = conflicts.first?.file ?? "FILE"
      text += "\n" + LocalizedText("Choisissez : « ardoise sync --resolve ours \(file) » (garder la version d’ici) ou « ardoise sync --resolve theirs \(file) » (prendre celle de l’autre site)",
                       "Choose: “ardoise sync --resolve ours \(file)” (keep this site’s version) or “ardoise sync --resolve theirs \(file)” (take the other site’s)")(language)
      return text
    case .notInConflict(let file):
      return LocalizedText("\(file) n’est pas en conflit", "\(file) is not in conflict")(language)
    case .busy:
      return LocalizedText("une autre synchronisation est en cours dans ce dossier ; réessayez quand elle aura fini",
               "another sync is running in this data directory; try again when it has finished")(language)
    case .store(let error):
      return error.message(language)
    }
  }
}

/// A file two sites changed in ways git cannot merge, with both versions.
public struct SyncConflict: Equatable, Sendable {
  /// The path in the data directory (`config.toml`).
  public var file: String
  /// This site's version (nil: deleted here).
  public var ours: String?
  /// The other site's version (nil: deleted there).
  public var theirs: String?

  public init(file: String, ours: String?, theirs: String?) {
    self.file = file
    self.ours = ours
    self.theirs = theirs
  }

  func message(_ language: Language) -> String {
    func block(_ text: String?) -> String {
      guard let text else { return "    " + LocalizedText("(supprimé)", "(deleted)")(language) }
      return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
        .map { "    " + $0 }.joined(separator: "\n")
    }
    return "— \(file)\n  " + LocalizedText("ici (ours) :", "here (ours):")(language) + "\n" + block(ours) + "\n  "
      + LocalizedText("l’autre site (theirs) :", "the other site (theirs):")(language) + "\n" + block(theirs)
  }
}
