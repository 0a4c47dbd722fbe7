import Testing
@testable import ArdoiseCore

@Suite struct InstalmentPlanTests {
  private func euros(_ cents: Int64) -> Money { Money(minorUnits: cents) }
  private let first = CalendarDay(year: 2026, month: 12, day: 10)

  @Test func threeParts_putTheOddCentOnTheFirst() {
    #expect(InstalmentPlan.split(euros(10_000), parts: 3) == [euros(3_334), euros(3_333), euros(3_333)])
    #expect(InstalmentPlan.split(euros(10_000), parts: 3, remainderOn: .last) == [euros(3_333), euros(3_333), euros(3_334)])
  }

  @Test func everySplitAddsUpToTheCent() {
    for total in [Int64(1), 2, 99, 100, 4_250, 10_000, 99_999, 123_457] {
      for parts in 1...12 where Int64(parts) <= total {
        for placement in RemainderPlacement.allCases {
          let amounts = InstalmentPlan.split(euros(total), parts: parts, remainderOn: placement) ?? []
          let cents = amounts.map(\.minorUnits)
          let sum = cents.reduce(0, +)
          let spread = (cents.max() ?? 0) - (cents.min() ?? 0)
          #expect(cents.count == parts)
          #expect(sum == total)
          #expect(cents.allSatisfy { $0 > 0 })
          // Only the instalment that takes the remainder differs, by less than the number of parts.
          #expect(Set(cents).count <= 2)
          #expect(spread < Int64(parts))
        }
      }
    }
  }

  @Test func onePart_isTheWholeAmount() {
    #expect(InstalmentPlan.split(euros(4_250), parts: 1) == [euros(4_250)])
  }

  @Test func fewerCentsThanParts_isRefused() {
    #expect(InstalmentPlan.split(euros(2), parts: 3) == nil)
    #expect(InstalmentPlan.split(euros(3), parts: 3) == [euros(1), euros(1), euros(1)])
    #expect(InstalmentPlan.split(euros(100), parts: 0) == nil)
    guard case .failure(let refusal) = InstalmentPlan.make(outstanding: euros(2), schedule: .every(.month, first: first, parts: 3)) else {
      Issue.record("two cents in three instalments was accepted")
      return
    }
    #expect(refusal.message(.english) == "€0.02 cannot be split into 3 instalments of at least one cent")
  }

  @Test func monthlyDays_countFromTheFirstDay() {
    let start = CalendarDay(year: 2027, month: 1, day: 31)
    #expect(PlanSchedule.every(.month, first: start, parts: 3).days == [
      start, CalendarDay(year: 2027, month: 2, day: 28), CalendarDay(year: 2027, month: 3, day: 31),
    ])
    #expect(PlanSchedule.every(.twoWeeks, first: first, parts: 2).days == [first, CalendarDay(year: 2026, month: 12, day: 24)])
    #expect(PlanSchedule.every(.week, first: first, parts: 2).days == [first, CalendarDay(year: 2026, month: 12, day: 17)])
  }

  @Test func daysOutOfOrder_areRefused() {
    let result = InstalmentPlan.make(outstanding: euros(10_000), schedule: .days([first, first]))
    guard case .failure = result else {
      Issue.record("the same day twice was accepted")
      return
    }
    #expect(throws: Never.self) { try InstalmentPlan.make(outstanding: euros(10_000), schedule: .days([first, first.adding(days: 1)])).get() }
  }

  @Test func remainderIsStated() throws {
    let plan = try InstalmentPlan.make(outstanding: euros(10_000), schedule: .every(.month, first: first, parts: 3)).get()
    #expect(plan.remainderStatement?.english == "remainder of €0.01 on the first instalment")
    #expect(plan.remainderStatement?.french == "reste de " + euros(1).formatted(.french) + " sur la première échéance")
    let even = try InstalmentPlan.make(outstanding: euros(9_999), schedule: .every(.month, first: first, parts: 3)).get()
    #expect(even.remainderStatement == nil)
    let last = try InstalmentPlan.make(outstanding: euros(10_000), schedule: .every(.month, first: first, parts: 3), remainderOn: .last).get()
    #expect(last.remainderStatement?.english == "remainder of €0.01 on the last instalment")
  }

  @Test func paymentsGoToInstalmentsInOrder() throws {
    let plan = try InstalmentPlan.make(outstanding: euros(10_000), schedule: .every(.month, first: first, parts: 3)).get()
    let standings = plan.standings(paid: euros(5_000), today: first)
    #expect(standings.map(\.paid) == [euros(3_334), euros(1_666), euros(0)])
    #expect(standings.map(\.status) == [.paid, .due, .upcoming])
    #expect(plan.nextDueDay(paid: euros(5_000)) == first.adding(months: 1))
    #expect(plan.nextDueDay(paid: euros(10_000)) == nil)
    #expect(plan.standings(paid: euros(10_000), today: first.adding(years: 1)).allSatisfy { $0.status == .paid })
  }

  @Test func anInstalmentIsLateFromTheDayAfterItsDueDay() throws {
    let plan = try InstalmentPlan.make(outstanding: euros(10_000), schedule: .every(.week, first: first, parts: 3)).get()
    #expect(plan.standings(paid: euros(0), today: first).map(\.status) == [.due, .upcoming, .upcoming])
    #expect(plan.standings(paid: euros(0), today: first.adding(days: 1)).map(\.status) == [.late, .due, .upcoming])
    // Partly paid is still late.
    #expect(plan.standings(paid: euros(3_000), today: first.adding(days: 1)).map(\.status) == [.late, .due, .upcoming])
    #expect(plan.standings(paid: euros(0), today: first.adding(days: 8)).map(\.status) == [.late, .late, .due])
  }
}
