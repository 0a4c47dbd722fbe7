import Foundation
import Testing

/// Whether the tmux end-to-end tests run: when tmux is on `PATH`, and always under
/// `ARDOISE_REQUIRE_E2E=1` (CI), where a missing tmux then fails them instead of skipping them.
func tmuxTestsEnabled(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
  Binaries.onPath("tmux", environment: environment) != nil || environment["ARDOISE_REQUIRE_E2E"] == "1"
}

/// Throws when tmux is not on `PATH`; reached only when the tests are required, so they fail
/// and say why.
func requireTmux(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
  guard Binaries.onPath("tmux", environment: environment) == nil else { return }
  throw Binaries.Missing(description: "ARDOISE_REQUIRE_E2E=1 but tmux is not on PATH: install tmux to run the end-to-end tests")
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only where tmux is (or must be): shown as skipped, with the reason, otherwise.
  static var needsTmux: Self {
    .enabled(if: tmuxTestsEnabled(), "tmux is not on PATH: install tmux to run this end-to-end test (ARDOISE_REQUIRE_E2E=1 makes its absence a failure)")
  }
}
