import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ThemeCatalog {
  /// The folders that hold the user's own themes: `$XDG_CONFIG_HOME/ardoise/themes` (else
  /// `~/.config/ardoise/themes`) and `$ARDOISE_THEMES_DIR`, whether or not they exist.
  public var userDirectories: [String] {
    var directories: [String] = []
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      directories.append(config.hasSuffix("/") ? config + "ardoise/themes" : config + "/ardoise/themes")
    } else if let home = environment["HOME"], !home.isEmpty {
      directories.append(home.hasSuffix("/") ? home + ".config/ardoise/themes" : home + "/.config/ardoise/themes")
    }
    if let custom = environment["ARDOISE_THEMES_DIR"], !custom.isEmpty { directories.append(custom) }
    return directories
  }

  /// What is wrong in the user's theme folders (``userDirectories``), for `ardoise check`: a
  /// FIFO, socket, device or symbolic link there (seen with `lstat`, never opened, so nothing
  /// blocks), a theme file that does not parse (its file, line and reason, as `ardoise themes`
  /// says it), a folder that cannot be listed. Absent folders are fine.
  public func folderProblems() -> [FileLineError] {
    var problems: [FileLineError] = []
    for directory in userDirectories {
      var status = stat()
      guard stat(directory, &status) == 0 else { continue }
      guard status.st_mode & S_IFMT == S_IFDIR else {
        problems.append(FileLineError(file: directory, line: 0, reason: LocalizedText(
          "pas un dossier : aucun thème n’y est lu", "not a folder: no theme is read from it")))
        continue
      }
      let names: [String]
      do { names = try files.contentsOfDirectory(atPath: directory) } catch {
        problems.append(FileLineError(file: directory, line: 0, reason: LocalizedText(
          "dossier de thèmes illisible : aucun thème n’y est lu", "unreadable theme folder: no theme is read from it")))
        continue
      }
      for name in names.sorted() {
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        guard lstat(path, &status) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
          problems.append(FileLineError(file: path, line: 0, reason: LocalizedText(
            "lien symbolique : jamais suivi, ce thème n’est pas lu ; remplacez-le par le fichier lui-même",
            "symbolic link: never followed, this theme is not read; replace it with the file itself")))
        case S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK:
          problems.append(FileLineError(file: path, line: 0, reason: LocalizedText(
            "pas un fichier ordinaire (tube, socket ou périphérique) : jamais lu ; supprimez-le",
            "not a regular file (a FIFO, socket or device): never read; remove it")))
        case S_IFREG where name.hasSuffix(".toml"):
          if case .failure(let error) = readTheme(atPath: path) { problems.append(error) }
        default:
          continue
        }
      }
    }
    return problems
  }
}
