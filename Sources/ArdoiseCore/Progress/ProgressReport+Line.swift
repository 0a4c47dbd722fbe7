import Foundation

extension ProgressReport {
  /// `checking 1,234 / 10,000 · 2.3 s` (`vérification 1 234 / 10 000 · 2,3 s`, grouped with a
  /// narrow no-break space, a decimal comma and a no-break space before the unit): the one
  /// formatter of progress, for the command line's stderr and the screen's cold start alike.
  public func line(elapsed: Duration, language: Language) -> String {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var time = String(format: "%.1f", seconds)
    if language == .french { time = time.replacingOccurrences(of: ".", with: ",") }
    let count = total > 0 ? " \(Self.grouped(done, language)) / \(Self.grouped(total, language))" : ""
    return phase(language) + count + " · " + time + "\u{00A0}s"
  }

  private static func grouped(_ value: Int, _ language: Language) -> String {
    let digits = String(value)
    guard digits.count > 3 else { return digits }
    var output = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { output += language == .french ? "\u{202F}" : "," }
      output.append(digit)
    }
    return output
  }
}
