import ArdoiseCore
import Testing

@Suite struct SyncRulesTests {
  @Test func theCommitMessageListsCaseIdsAndCountsOnly() {
    let changes = SyncRules.changes(numstat: "3\t0\tcases/261129-K7QF.jsonl\n1\t0\tcases/261130-B2MD.jsonl\n2\t1\tconfig.toml\n")
    let message = SyncRules.commitMessage(changes, newFiles: ["cases/261130-B2MD.jsonl"])
    #expect(message == "ardoise: 2 cases, 4 events, 1 other file\n\n261129-K7QF  +3\n261130-B2MD  +1 (new)\nconfig.toml\n")
    #expect(SyncRules.commitMessage([]) == nil)
    let many = SyncRules.commitMessage(changes, maximumListed: 1)
    #expect(many == "ardoise: 2 cases, 4 events, 1 other file\n\n261129-K7QF  +3\n… and 1 more cases\nconfig.toml\n")
  }

  @Test func addedLinesKeepTheirFileAndLineNumber() {
    let diff = """
      diff --git a/cases/261129-K7QF.jsonl b/cases/261129-K7QF.jsonl
      --- a/cases/261129-K7QF.jsonl
      +++ b/cases/261129-K7QF.jsonl
      @@ -2,0 +3,2 @@
      +{"a":1}\tx
      +{"b":2}\ty
      diff --git a/cases/261130-B2MD.jsonl b/cases/261130-B2MD.jsonl
      --- /dev/null
      +++ b/cases/261130-B2MD.jsonl
      @@ -0,0 +1 @@
      +{"c":3}\tz
      """
    let lines = SyncRules.addedLines(diff: diff)
    #expect(lines.map(\.line) == [3, 4, 1])
    #expect(lines.map(\.file) == ["cases/261129-K7QF.jsonl", "cases/261129-K7QF.jsonl", "cases/261130-B2MD.jsonl"])
    #expect(lines[2].text == "{\"c\":3}\tz")
  }

  @Test func theIgnoreListAndTheUnionAttributeAreChecked() {
    #expect(SyncRules.missingIgnores(in: ".lock\npeople/\n/quarantine/\n") == ["*.tmp", ".summaries.cache", ".rendered.cache", "documents/", "groups.toml"])
    #expect(SyncRules.hasUnionMerge("# x\ncases/*.jsonl  merge=union\n"))
    #expect(!SyncRules.hasUnionMerge("cases/*.jsonl merge=binary\n"))
  }

  @Test func aheadAndBehindAreRead() {
    #expect(SyncRules.aheadBehind("2\t5\n")! == (2, 5))
    #expect(SyncRules.aheadBehind("") == nil)
  }

  @Test func theRemotesBranchIsTheOneItsHeadNames() {
    let master = "ref: refs/heads/master\tHEAD\n1111111111111111111111111111111111111111\tHEAD\n1111111111111111111111111111111111111111\trefs/heads/master\n"
    #expect(SyncRules.remoteBranch(lsRemote: master) == .branch("master"))
    // A HEAD naming a branch that does not exist is not listed: the branch there is, `main` first.
    #expect(SyncRules.remoteBranch(lsRemote: "2222222222222222222222222222222222222222\trefs/heads/trunk\n") == .branch("trunk"))
    #expect(SyncRules.remoteBranch(lsRemote: "2\trefs/heads/trunk\n3\trefs/heads/main\n") == .branch("main"))
    #expect(SyncRules.remoteBranch(lsRemote: "") == .empty)
    #expect(SyncRules.remoteRef("master") == "refs/remotes/origin/master")
  }
}
