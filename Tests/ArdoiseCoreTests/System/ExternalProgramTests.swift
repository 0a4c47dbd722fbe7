import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct ExternalProgramTests {
  @Test func aLargeInputGoesThroughWithoutStalling() throws {
    let input = (0..<1_000_000).map { UInt8($0 % 251) }
    let outcome = try ExternalProgram.run("/bin/cat", [], input: input)
    #expect(outcome.succeeded)
    #expect(outcome.output == input)
  }

  @Test func aProgramThatExitsWithoutReadingIsAFailureNotACrash() throws {
    let outcome = try ExternalProgram.run("/bin/true", [], input: Array(repeating: 65, count: 1_000_000))
    #expect(outcome.status == 0)
    #expect(!outcome.inputWasRead && !outcome.succeeded)
  }

  @Test func findLooksOnThePath() {
    #expect(ExternalProgram.find("sh", environment: ["PATH": "/nonexistent:/bin"]) == "/bin/sh")
    #expect(ExternalProgram.find("sh", environment: ["PATH": "/nonexistent"]) == nil)
    #expect(ExternalProgram.find("/bin/sh", environment: [:]) == "/bin/sh")
  }
}
