import Foundation

/// Turns a ``LetterPage`` into a PDF with WeasyPrint, run as a separate program.
///
/// Why WeasyPrint rather than groff: the letter must put the address exactly where an envelope's
/// window shows it, and CSS paged media says that in millimetres (`@page` size and margins, an
/// absolutely placed box), with page counters for “2 / 3”. WeasyPrint renders any Unicode text
/// with the system's fonts (DejaVu), so « », the narrow no-break space and € come out right,
/// where groff needs its own font setup for anything beyond Latin-1. It is one Debian package
/// (`weasyprint`), reads HTML on stdin and writes the PDF on stdout.
public struct Typesetter: Sendable {
  /// The Debian package that provides it, named in the error when it is missing.
  public static let package = "weasyprint"

  /// The program's path.
  public var program: String

  /// WeasyPrint from `ARDOISE_WEASYPRINT`, else `weasyprint` on `PATH`.
  /// - Throws: ``TypesetterError/missing`` when it is not installed.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
    let name = environment["ARDOISE_WEASYPRINT"].flatMap { $0.isEmpty ? nil : $0 } ?? "weasyprint"
    guard let found = ExternalProgram.find(name, environment: environment) else { throw TypesetterError.missing }
    program = found
  }

  /// The PDF of `page`.
  /// - Throws: ``TypesetterError/failed(_:)`` with what the typesetter said.
  public func pdf(_ page: LetterPage) throws -> [UInt8] {
    let outcome: ExternalProgram.Outcome
    do {
      outcome = try ExternalProgram.run(program, ["--quiet", "--encoding", "utf-8", "-", "-"], input: Array(page.html.utf8))
    } catch {
      throw TypesetterError.missing
    }
    guard outcome.succeeded, outcome.output.starts(with: Array("%PDF".utf8)) else {
      throw TypesetterError.failed(outcome.firstErrorLine ?? "exit \(outcome.status)")
    }
    return outcome.output
  }
}

/// Why no PDF was made.
public enum TypesetterError: Error, Equatable, Sendable {
  case missing
  case failed(String)

  public func message(_ language: Language) -> String {
    switch self {
    case .missing:
      LocalizedText("WeasyPrint introuvable : installez le paquet « \(Typesetter.package) » (apt-get install \(Typesetter.package)) pour le PDF",
        "WeasyPrint not found: install the “\(Typesetter.package)” package (apt-get install \(Typesetter.package)) for PDF")(language)
    case .failed(let said):
      LocalizedText("WeasyPrint n’a pas pu faire le PDF : ", "WeasyPrint could not make the PDF: ")(language) + said
    }
  }
}
