import ArdoiseCore
import Foundation

/// What the title line says of a synced data directory: a failure first, then a conflict, then
/// what is not sent, else when the last sync was. Pure: from the state read off the screen's
/// thread and the clock, never from git.
enum SyncIndicator {
  /// The most columns of a failure's reason the title line shows (cut by `String.clipped`, as every text).
  static let maximumReasonLength = 32

  static func text(_ state: SyncState, now: Date, language: Language) -> String {
    if let failure = state.failure {
      // Kept short: the title line drops a piece that does not fit whole, and the status line
      // and `ardoise sync` say the rest.
      let firstLine = failure(language).split(separator: "\n").first.map(String.init) ?? ""
      let reason = firstLine.clipped(toWidth: maximumReasonLength, ellipsis: true)
      return LocalizedText("synchro échouée\u{202F}: ", "sync failed: ")(language) + reason
    }
    if let file = state.conflicts.first {
      return LocalizedText("conflit de synchro\u{202F}: ", "sync conflict: ")(language) + file.inert
    }
    if state.unsentChanges > 0 {
      return LocalizedText.counting(state.unsentChanges, french: ("modification non synchronisée", "modifications non synchronisées"),
                                    english: ("change not synced", "changes not synced"))(language)
    }
    guard let last = state.lastSync else { return LocalizedText("jamais synchronisé", "never synced")(language) }
    let minutes = max(0, Int(now.timeIntervalSince(last) / 60))
    switch minutes {
    case 0: return LocalizedText("synchronisé à l’instant", "synced just now")(language)
    case 1..<60: return LocalizedText("synchronisé il y a \(minutes)\u{00A0}min", "synced \(minutes) min ago")(language)
    case 60..<(48 * 60): return LocalizedText("synchronisé il y a \(minutes / 60)\u{00A0}h", "synced \(minutes / 60) h ago")(language)
    default: return LocalizedText("synchronisé il y a \(minutes / (24 * 60))\u{00A0}jours", "synced \(minutes / (24 * 60)) days ago")(language)
    }
  }
}
