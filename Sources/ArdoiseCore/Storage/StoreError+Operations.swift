/// What a failed system call was trying to do, said as a reader of the message would: in French,
/// « impossible d’ouvrir config.toml », never the call's English name (`open`); in English, the
/// call's name as the system manuals give it (`open failed on config.toml`).
extension StoreError {
  /// The French infinitive for each operation the store names in ``StoreError/io(operation:path:code:)``,
  /// with its preposition elided where French elides it (« d’ouvrir », « de lire »). `nil` for an
  /// operation this table does not know: the message then keeps the call's name.
  static func frenchAction(for operation: String) -> String? {
    switch operation {
    case "open": "d’ouvrir"
    case "create": "de créer"
    case "read": "de lire"
    case "write": "d’écrire dans"
    case "rename": "de renommer"
    case "ftruncate": "de tronquer"
    case "unlink": "de supprimer"
    case "link": "de lier"
    case "stat", "lstat", "fstat": "d’examiner"
    case "opendir": "de lire le dossier"
    case "mkdir": "de créer le dossier"
    case "flock": "de verrouiller"
    case "close": "de fermer"
    case "purge": "de purger"
    default: nil
    }
  }

  /// The start of an ``StoreError/io(operation:path:code:)`` message, up to the path included.
  static func failedOperation(_ operation: String, on path: String, in language: Language) -> String {
    switch language {
    case .french:
      if let action = frenchAction(for: operation) { return "impossible \(action) \(path)" }
      return "échec de \(operation) sur \(path)"
    case .english:
      return "\(operation) failed on \(path)"
    }
  }
}
