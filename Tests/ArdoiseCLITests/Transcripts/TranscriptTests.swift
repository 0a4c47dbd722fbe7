import Foundation
import Testing

/// Runs every transcript in `Transcripts/Files/` against the built `ardoise` binary.
@Suite struct TranscriptTests {
  @Test(arguments: Transcript.all())
  func transcript(_ transcript: Transcript) throws {
    let binary = try #require(TranscriptRunner.locateBinary(), "the ardoise binary was not built next to the tests")
    var runner = try TranscriptRunner(binary: binary)
    defer { runner.removeFiles() }
    let failures = runner.run(transcript)
    for failure in failures { Issue.record(Comment(rawValue: failure)) }
    #expect(transcript.steps.contains { if case .command = $0 { true } else { false } })
  }

  @Test func everyTranscriptIsFound() {
    let names = Transcript.all().map(\.name)
    #expect(names.count >= 6, "\(names)")
    #expect(names.contains("bad-input.transcript"))
  }
}

/// The runner itself must see differences, or the transcripts prove nothing.
@Suite struct TranscriptRunnerTests {
  private let runner: TranscriptRunner = {
    var runner = TranscriptRunner(binary: URL(fileURLWithPath: "/bin/false"), root: URL(fileURLWithPath: "/nonexistent"))
    runner.variables["KNOWN"] = "261129-K7QF"
    return runner
  }()

  @Test func exactLinesMatchAndOthersDoNot() {
    #expect(runner.match(["a", "", "b"], ["a", "", "b"], [:]) != nil)
    #expect(runner.match(["a", "b"], ["a", "c"], [:]) == nil)
    #expect(runner.match(["a"], ["a", "b"], [:]) == nil)
    #expect(runner.match(["a", "b"], ["a"], [:]) == nil)
    #expect(runner.match([], [], [:]) != nil)
    #expect(runner.match(["a.c"], ["abc"], [:]) == nil)
  }

  @Test func variablesCaptureOnceThenMustRepeat() {
    let bound = runner.match(["Case $ID — open", "id=$ID"], ["Case 261129-AB12 — open", "id=261129-AB12"], [:])
    #expect(bound?["ID"] == "261129-AB12")
    #expect(runner.match(["$ID", "$ID"], ["261129-AB12", "261129-CD34"], [:]) == nil)
    #expect(runner.match(["$ID and $ID"], ["x and y"], [:]) == nil)
    #expect(runner.match(["$ID and $ID"], ["x and x"], [:])?["ID"] == "x")
    #expect(runner.match(["\"id\" : \"$ID\","], ["\"id\" : \"261129-AB12\","], [:])?["ID"] == "261129-AB12")
    #expect(runner.match(["$KNOWN"], ["261129-K7QF"], runner.variables) != nil)
    #expect(runner.match(["$KNOWN"], ["261129-XXXX"], runner.variables) == nil)
  }

  @Test func wildcardsAndSkippedLines() {
    #expect(runner.match(["at {*} by tester"], ["at 2026-11-29 04:50 by tester"], [:]) != nil)
    #expect(runner.match(["at {*} by tester"], ["at 04:50 by someone"], [:]) == nil)
    #expect(runner.match(["first", "...", "last"], ["first", "x", "y", "last"], [:]) != nil)
    #expect(runner.match(["first", "...", "last"], ["first", "last"], [:]) != nil)
    #expect(runner.match(["first", "...", "last"], ["first", "x"], [:]) == nil)
  }

  @Test func commandLinesSplitLikeAShell() {
    #expect(runner.split(#"ardoise new --amount "1 000,50" --note 'a $KNOWN' $KNOWN"#)
      == ["ardoise", "new", "--amount", "1 000,50", "--note", "a $KNOWN", "261129-K7QF"])
    #expect(runner.split(#"ardoise note $KNOWN "Appelé à 12h — rappel" "#) == ["ardoise", "note", "261129-K7QF", "Appelé à 12h — rappel"])
    #expect(runner.split(#"ardoise show "" x"#) == ["ardoise", "show", "", "x"])
  }

  @Test func transcriptsParseIntoCommandsAndDirectives() {
    let transcript = Transcript(name: "t", text: """
      ## comment
      % umask 000
      >>> ardoise new --amount 1
      $ID

      >>> ardoise show $ID
      line one

      line three
      !!! warning
      exit 3


      % mode cases/$ID.jsonl 600
      """)
    #expect(transcript.steps.count == 4)
    guard transcript.steps.count == 4, case .command(let show) = transcript.steps[2] else {
      Issue.record("unexpected steps \(transcript.steps)")
      return
    }
    #expect(show.line == 6)
    #expect(show.stdout == ["line one", "", "line three"])
    #expect(show.stderr == ["warning"])
    #expect(show.status == 3)
  }
}
