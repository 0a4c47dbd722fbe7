import Testing
@testable import ArdoiseCore

/// England and Wales: the Money Claim Online fee bands (gov.uk, make-court-claim-for-money/court-fees,
/// as the research notes give them) at each boundary, and the registry's text says the same bands.
@Suite struct LegalRegistryEnglandWalesTests {
  @Test func theClaimFeeAtEachBandsBoundary() {
    let bands: [(pounds: Int64, fee: Int64)] = [(300, 35), (500, 50), (1_000, 70), (1_500, 80), (3_000, 115), (5_000, 205), (10_000, 455)]
    for (index, band) in bands.enumerated() {
      #expect(LegalRegistry.moneyClaimFee(forClaimOf: band.pounds * 100) == band.fee * 100, "£\(band.pounds)")
      if index + 1 < bands.count {
        #expect(LegalRegistry.moneyClaimFee(forClaimOf: band.pounds * 100 + 1) == bands[index + 1].fee * 100, "a penny over £\(band.pounds)")
      }
    }
    #expect(LegalRegistry.moneyClaimFee(forClaimOf: 1) == 35_00)
    // Above £10,000: 5 % rounded down to the penny (gov.uk), to £200,000; then £10,000.
    #expect(LegalRegistry.moneyClaimFee(forClaimOf: 10_000_01) == 500_00)  // 500.0005 → £500.00
    #expect(LegalRegistry.moneyClaimFee(forClaimOf: 12_345_67) == 617_28)  // 617.2835 → £617.28
    #expect(LegalRegistry.moneyClaimFee(forClaimOf: 200_000_00) == 10_000_00)
    #expect(LegalRegistry.moneyClaimFee(forClaimOf: 200_000_01) == 10_000_00)
    let text = LegalRegistry.text("gb-eng.money-claim.fees").english
    for phrase in ["£35 up to £300", "£50 up to £500", "£70 up to £1,000", "£80 up to £1,500", "£115 up to £3,000", "£205 up to £5,000",
                   "£455 up to £10,000", "above that, 5% of the claim"] {
      #expect(text.contains(phrase), "\(phrase)")
    }
    #expect(LegalRegistry.fact("gb-eng.money-claim.fees")?.source.url == "https://www.gov.uk/make-court-claim-for-money/court-fees")
  }
}
