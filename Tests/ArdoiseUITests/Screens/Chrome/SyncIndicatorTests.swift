import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The title line's sync state, from what was read and the clock.
@Suite struct SyncIndicatorTests {
  let now = Fixtures.now

  @Test func saysWhenTheLastSyncWasOrWhatIsNotSent() {
    #expect(SyncIndicator.text(SyncState(lastSync: now.addingTimeInterval(-20)), now: now, language: .english) == "synced just now")
    #expect(SyncIndicator.text(SyncState(lastSync: now.addingTimeInterval(-300)), now: now, language: .english) == "synced 5 min ago")
    #expect(SyncIndicator.text(SyncState(lastSync: now.addingTimeInterval(-300)), now: now, language: .french) == "synchronisé il y a 5\u{00A0}min")
    #expect(SyncIndicator.text(SyncState(lastSync: now.addingTimeInterval(-3 * 3600)), now: now, language: .english) == "synced 3 h ago")
    #expect(SyncIndicator.text(SyncState(lastSync: now.addingTimeInterval(-3 * 86400)), now: now, language: .english) == "synced 3 days ago")
    #expect(SyncIndicator.text(SyncState(), now: now, language: .english) == "never synced")
    #expect(SyncIndicator.text(SyncState(lastSync: now, unsentChanges: 3), now: now, language: .english) == "3 changes not synced")
    #expect(SyncIndicator.text(SyncState(lastSync: now, unsentChanges: 1), now: now, language: .french) == "1 modification non synchronisée")
    #expect(SyncIndicator.text(SyncState(lastSync: now, conflicts: ["config.toml"]), now: now, language: .english) == "sync conflict: config.toml")
    let failed = SyncState(lastSync: now, unsentChanges: 3, failure: LocalizedText("origin injoignable\nsuite", "cannot reach origin\nmore"))
    #expect(SyncIndicator.text(failed, now: now, language: .english) == "sync failed: cannot reach origin")
    let long = SyncState(failure: LocalizedText("x", "cannot reach /srv/ardoise/group.git (no such directory): nothing is lost"))
    #expect(SyncIndicator.text(long, now: now, language: .english) == "sync failed: cannot reach /srv/ardoise/group…")
  }

  /// A reason cut right after a space or the narrow no-break space French sets before `:` ends
  /// in its last word and `…`, as every cut text does (it went through a second clipping of its own).
  @Test func aCutReasonNeverEndsInASpaceBeforeItsEllipsis() {
    let french = SyncState(failure: LocalizedText("serveur de synchro injoignable : réessayez plus tard", "x"))
    #expect(SyncIndicator.text(french, now: now, language: .french) == "synchro échouée\u{202F}: serveur de synchro injoignable…")
    let english = SyncState(failure: LocalizedText("x", "the group repository is locked by another sync"))
    #expect(SyncIndicator.text(english, now: now, language: .english) == "sync failed: the group repository is locked…")
  }

  @Test func theCaseListTitleLineShowsItOnlyForASyncedDirectory() {
    var state = Fixtures.state(size: Size(width: 120, height: 24))
    let plain = String(state.render().grid.text.split(separator: "\n")[0])
    #expect(!plain.contains("sync"))
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now.addingTimeInterval(-300), unsentChanges: 3)))
    let title = String(state.render().grid.text.split(separator: "\n")[0])
    #expect(title == " ardoise · Le Petit Zinc                              2 open · 1 due · €121.10 owed · view: open · 3 changes not synced", "\(title)")
    // Too narrow for everything: the sync state goes before the figures.
    state.size = Size(width: 80, height: 24)
    #expect(String(state.render().grid.text.split(separator: "\n")[0]) == " ardoise · Le Petit Zinc             2 open · 1 due · €121.10 owed · view: open")
  }
}
