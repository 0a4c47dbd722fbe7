import Foundation
import Testing

@testable import ArdoiseCore

/// A failed system call is named in French words in a French message, and by the call's own name
/// in English (as the manuals and the disk-full crash test say it).
@Suite struct StoreErrorOperationsTests {
  @Test func aFailedRenameIsSaidInFrenchWords() {
    let message = StoreError.io(operation: "rename", path: ".summaries.cache", code: ENOSPC).message(.french)
    #expect(message == "impossible de renommer .summaries.cache\u{202F}: plus de place sur le disque — rien n’a été enregistré")
  }

  @Test func theEnglishMessageKeepsTheCallsName() {
    let message = StoreError.io(operation: "rename", path: ".summaries.cache", code: ENOSPC).message(.english)
    #expect(message == "rename failed on .summaries.cache: \(String(cString: strerror(ENOSPC))) — nothing was saved")
  }

  @Test func everyOperationTheStoreNamesHasAFrenchAction() throws {
    // Every operation name written in Sources as `.io(operation: "…"`: a new one without a French
    // action would show the call's English name in a French message.
    let named = ["open", "create", "read", "write", "rename", "ftruncate", "unlink", "link", "stat", "lstat",
                 "fstat", "opendir", "mkdir", "flock", "close", "purge"]
    for operation in named {
      #expect(StoreError.frenchAction(for: operation) != nil, "no French action for \(operation)")
    }
    let sources = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    var found: Set<String> = []
    let pattern = try Regex(#"\.io\(operation: "([a-z]+)""#)
    for case let file as URL in files where file.pathExtension == "swift" {
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in text.matches(of: pattern) {
        if let name = match.output[1].substring { found.insert(String(name)) }
      }
    }
    #expect(!found.isEmpty)
    for operation in found.sorted() {
      #expect(StoreError.frenchAction(for: operation) != nil, "Sources name \(operation) with no French action")
    }
  }

  @Test func anUnknownOperationKeepsItsName() {
    let message = StoreError.io(operation: "fallocate", path: "x", code: EACCES).message(.french)
    #expect(message.hasPrefix("échec de fallocate sur x\u{202F}:"))
  }
}
