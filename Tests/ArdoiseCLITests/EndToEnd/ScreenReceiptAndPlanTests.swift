import ArdoiseCore
import Foundation
import Testing

/// The checklist's receipt for a chosen payment and the cancellation of a payment plan, through
/// the built binary in tmux.
@Suite(.serialized) struct ScreenReceiptAndPlanTests {
  private static func screen(_ ardoise: ArdoiseProcess) throws -> TmuxSession {
    try TmuxSession(command: "'\(try Binaries.ardoise().path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en",
                    width: 100, height: 40, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
  }

  /// With two payments, *Receipt…* asks which one and writes the receipt for the one chosen.
  @Test(.needsTmux) func theReceiptMenuWritesTheReceiptOfThePaymentChosen() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["pay", id, "30", "--at", "2026-01-12 10:00"])
    _ = try ardoise.succeed(["pay", id, "20", "--method", "card", "--at", "2026-01-13 11:00"])
    let session = try Self.screen(ardoise)
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Customer: Julien Moreau")
    try session.sendKeys("w")
    try session.waitFor("Write a document")
    // The receipt comes after the eight documents, sending, printing and the two to sign.
    for _ in 0..<12 { try session.sendKeys("Down") }
    try session.sendKeys("Enter")
    try session.waitFor("Receipt: for which payment?")
    try session.waitFor("— €20.00")
    #expect(try session.capture().contains("— €30.00"))
    try session.sendKeys("1")
    try session.waitFor("Document written")
    let folder = ardoise.dataDirectory.path + "/documents"
    let receipts = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(id) && $0.contains("receipt") && $0.hasSuffix(".md") }
    #expect(receipts.count == 1)
    let text = try String(contentsOfFile: folder + "/" + (receipts.first ?? ""), encoding: .utf8)
    #expect(text.contains("payment no. 1") && text.contains("**€30.00**"), "\(text)")
    #expect(text.contains("Still owed after this payment: **€56.50**"), "\(text)")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }

  /// Step 5's "Cancel the payment plan…" asks first, then records the cancellation.
  @Test(.needsTmux) func cancellingThePlanFromStepFiveAsksThenRecordsIt() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["plan", id, "--parts", "2", "--first", "+7"])
    let session = try Self.screen(ardoise)
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    // To the steps, down to the fifth, into its actions, past its sub-actions and "Renegotiate…".
    try session.sendKeys("Tab", "Down", "Down", "Down", "Down", "Enter")
    let subActions = try #require(Playbook.standard(for: .france).step(.paymentOptions)).subActions.count
    for _ in 0..<(subActions + 1) { try session.sendKeys("Down") }
    try session.waitFor("» Cancel the payment plan…")
    try session.sendKeys("Enter")
    try session.waitFor("Cancel the payment plan in force? (It stays in the history.)")
    #expect(!(try String(contentsOfFile: ardoise.dataDirectory.path + "/cases/\(id).jsonl", encoding: .utf8)).contains("plan-cancelled"))
    try session.sendKeys("y")
    try session.waitFor("payment plan cancelled")
    #expect(try String(contentsOfFile: ardoise.dataDirectory.path + "/cases/\(id).jsonl", encoding: .utf8).contains("plan-cancelled"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(ardoise.succeed(["show", id, "--json"]).utf8)) as? [String: Any])
    #expect(json["plan"] is NSNull)
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
  }
}
