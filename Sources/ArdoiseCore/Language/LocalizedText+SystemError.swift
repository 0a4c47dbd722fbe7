#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LocalizedText {
  /// What a failed system call's `errno` means, in both languages: the codes a data directory
  /// meets (rights, missing file, full disk, a folder where a file was expected, bytes that are
  /// not UTF-8…) in words; any other code as the system says it, with its number.
  public static func systemError(_ code: Int32) -> LocalizedText {
    switch code {
    case EACCES, EPERM: LocalizedText("permission refusée", "permission denied")
    case ENOENT: LocalizedText("fichier ou dossier absent", "no such file or directory")
    case ENOSPC: LocalizedText("plus de place sur le disque", "no space left on the disk")
    case EDQUOT: LocalizedText("quota de disque dépassé", "disk quota exceeded")
    case EIO: LocalizedText("erreur d’entrée-sortie (disque ou support abîmé ?)", "input/output error (a damaged disk or medium?)")
    case EISDIR: LocalizedText("c’est un dossier", "is a folder")
    case ENOTDIR: LocalizedText("un élément du chemin n’est pas un dossier", "a part of the path is not a folder")
    case EROFS: LocalizedText("système de fichiers en lecture seule", "read-only file system")
    case EEXIST: LocalizedText("existe déjà", "already exists")
    case ELOOP: LocalizedText("lien symbolique non suivi", "symbolic link not followed")
    case EILSEQ: LocalizedText("pas en UTF-8", "not UTF-8")
    case EMFILE, ENFILE: LocalizedText("trop de fichiers ouverts", "too many open files")
    case ENAMETOOLONG: LocalizedText("nom de fichier trop long", "file name too long")
    case EAGAIN: LocalizedText("ressource momentanément indisponible", "resource temporarily unavailable")
    case EFBIG: LocalizedText("fichier trop gros", "file too large")
    default:
      LocalizedText.unnamed(code, String(cString: strerror(code)))
    }
  }

  private static func unnamed(_ code: Int32, _ system: String) -> LocalizedText {
    LocalizedText("erreur système \(code) (\(system))", "\(system) (error \(code))")
  }
}
