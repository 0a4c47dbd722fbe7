#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LocalizedText {
  /// What a failed system call's `errno` means, in both languages: in English as the system says
  /// it (`No space left on device`, the words found in every manual); in French, the codes a data
  /// directory meets (rights, missing file, full disk, a folder where a file was expected, bytes
  /// that are not UTF-8…) in words, any other with its number and the system's words.
  public static func systemError(_ code: Int32) -> LocalizedText {
    let system = String(cString: strerror(code))
    return LocalizedText(french: french(code) ?? "erreur système \(code) (\(system))", english: system)
  }

  private static func french(_ code: Int32) -> String? {
    switch code {
    case EACCES, EPERM: "permission refusée"
    case ENOENT: "fichier ou dossier absent"
    case ENOSPC: "plus de place sur le disque"
    case EDQUOT: "quota de disque dépassé"
    case EIO: "erreur d’entrée-sortie (disque ou support abîmé ?)"
    case EISDIR: "c’est un dossier"
    case ENOTDIR: "un élément du chemin n’est pas un dossier"
    case EROFS: "système de fichiers en lecture seule"
    case EEXIST: "existe déjà"
    case ELOOP: "lien symbolique non suivi"
    case EILSEQ: "pas en UTF-8"
    case EMFILE, ENFILE: "trop de fichiers ouverts"
    case ENAMETOOLONG: "nom de fichier trop long"
    case EAGAIN: "ressource momentanément indisponible"
    case EFBIG: "fichier trop gros"
    default: nil
    }
  }
}
