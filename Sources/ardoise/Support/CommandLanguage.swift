import ArdoiseCore
import Foundation

/// The language of the command line's own words, `--help` and usage errors included, resolved
/// once at process start, before the arguments are parsed (the parser's help texts are built from
/// it): `--lang` as typed, else `ardoise.language` in the config of the data directory the command
/// line or the environment names, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). The same rule
/// as ``CommandContext/language``, so a command's messages and its help agree.
enum CommandLanguage {
  static let current = resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                               environment: ProcessInfo.processInfo.environment)

  static func resolve(arguments: [String], environment: [String: String]) -> Language {
    let flag = value(of: "--lang", in: arguments).flatMap(Language.init(argument:))
    if let flag { return flag }
    let directory = DataDirectory.resolve(flag: value(of: "--data-dir", in: arguments), environment: environment)
    // Config problems are reported by the command itself once parsed; here they only mean the defaults.
    return Config.load(from: directory).config.language(flag: nil, environment: environment)
  }

  /// The value given to `option` (`--lang fr` or `--lang=fr`), the last one if repeated; nothing
  /// after `--` counts (it is a value, not an option).
  static func value(of option: String, in arguments: [String]) -> String? {
    var found: String?
    var index = arguments.startIndex
    while index < arguments.endIndex, arguments[index] != "--" {
      let argument = arguments[index]
      if argument == option, index + 1 < arguments.endIndex {
        found = arguments[index + 1]
        index += 1
      } else if argument.hasPrefix(option + "=") {
        found = String(argument.dropFirst(option.count + 1))
      }
      index += 1
    }
    return found
  }
}

extension LocalizedText {
  /// The text in the command line's language (for help texts, built before parsing).
  var inCommandLanguage: String { self(CommandLanguage.current) }
}
