import Testing
@testable import ArdoiseCore

@Suite struct DocumentValuesPlanTests {
  typealias F = DocumentFixtures

  /// The business dinner with a second payment: 30,00 € on 8 April, then 20,00 € on 25 April.
  static let twoPayments = (name: "two-payments", incident: F.build("260402-P9XA", [
    F.event(1, F.at(4, 2, 14, 30), .opened(IncidentFacts(occurredAt: F.at(4, 2, 14, 20), amount: F.euros(12000), bill: "A-1187"))),
    F.event(2, F.at(4, 8, 16, 0), .paymentRecorded(Payment(amount: F.euros(3000), method: .transfer, reference: "VIR 88213"), closesAs: nil)),
    F.event(3, F.at(4, 25, 12, 0), .paymentRecorded(Payment(amount: F.euros(2000), method: .cash), closesAs: nil)),
  ]), customer: F.partlyPaidCustomer)

  @Test func aReceiptIsForTheChosenPaymentWithTheBalanceAfterIt() throws {
    var first = F.request(.receipt, Self.twoPayments, .english)
    first.paymentNumber = 1
    let text = try DocumentGenerator.generate(first).text
    #expect(text.contains("payment no. 1"))
    #expect(text.contains("the sum of **€30.00** (thirty euros)"))
    #expect(text.contains("on 8 April 2026"))
    #expect(text.contains("Paid to date: €30.00."))
    #expect(text.contains("Still owed after this payment: **€90.00**"))
  }

  @Test func withoutANumberTheReceiptIsForTheLatestPayment() throws {
    let text = try DocumentGenerator.generate(F.request(.receipt, Self.twoPayments, .english)).text
    #expect(text.contains("payment no. 2"))
    #expect(text.contains("the sum of **€20.00** (twenty euros)"))
    #expect(text.contains("Paid to date: €50.00."))
    #expect(text.contains("Still owed after this payment: **€70.00**"))
  }

  @Test func aPaymentNumberOutsideTheListIsRefused() {
    let incident = Self.twoPayments.incident
    #expect(incident.receiptRefusal(paymentNumber: 1) == nil)
    #expect(incident.receiptRefusal(paymentNumber: 2) == nil)
    #expect(incident.receiptRefusal(paymentNumber: 3)?.english == "no payment #3: the case has 2 payments (1 to 2)")
    #expect(incident.receiptRefusal(paymentNumber: 0) != nil)
    #expect(F.unknown.receiptRefusal(paymentNumber: 1)?.english == "no payment is recorded for this case: there is nothing to give a receipt for")
  }
}
