import Foundation
import Testing
@testable import ArdoiseUI

/// Compares a rendered screen with a golden text file in `Tests/ArdoiseUITests/Snapshots/`.
/// `ARDOISE_UPDATE_SNAPSHOTS=1 swift test` rewrites the files (then read every diff).
///
/// The file holds the screen's rows, then a line `---`, then the same rows with roles marked
/// inline (`{title:…}`), so both the words and their meaning are checked.
func assertSnapshot(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let grid = frame.grid
  let styled = (0..<grid.height).map { grid.styledLine($0) }.joined(separator: "\n")
  let text = grid.text + "\n---\n" + styled + "\n"
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = directory.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["ARDOISE_UPDATE_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? text.write(to: file, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record("missing snapshot \(name).txt: run ARDOISE_UPDATE_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
    return
  }
  if expected != text {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var report = "snapshot \(name) differs:\n"
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
      let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
      if old != new { report += "line \(index + 1):\n  expected: \(old)\n  actual:   \(new)\n" }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
  }
}
