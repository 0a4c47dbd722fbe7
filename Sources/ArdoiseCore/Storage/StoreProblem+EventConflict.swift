extension StoreProblem {
  /// Replay's conflict in `file`, naming both lines when they are known:
  /// `conflict on event 1A2B…: same event id with different content (lines 3 and 4)`.
  static func eventConflict(_ conflict: ReplayConflict, file: String, lines: [Int]) -> StoreProblem {
    var message = LocalizedText("conflit sur l’événement \(conflict.eventID) : ", "conflict on event \(conflict.eventID): ") + conflict.reason
    if lines.count == 2 {
      message = message + LocalizedText(" (lignes \(lines[0]) et \(lines[1]))", " (lines \(lines[0]) and \(lines[1]))")
    }
    return StoreProblem(file: file, line: nil, severity: .warning, message: message)
  }
}
