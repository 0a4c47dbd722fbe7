import ArdoiseCore

/// What the case list shows of one case, computed once per change of the case.
///
/// Kept small, as there is one per case (a hundred thousand at times): the case's summary is
/// shared with the store (one pointer), and only what depends on the playbook or the day is kept
/// beside it: the current step, the follow-up as a day number, the flags. The list keeps no other
/// table of summaries: at a hundred thousand cases a dictionary of them and the rows' own copies of
/// the amounts, table and time took 13 MiB.
public struct CaseRow: Sendable, Equatable {
  public var id: IncidentID
  /// The case as the store summarized it.
  public var summary: IncidentSummary
  /// The step the guide suggests; its text is made only for the rows on screen.
  public var currentStep: StepID?
  /// The follow-up as days since 1970; `Int32.min`: none.
  private var followUpDays: Int32
  public var isOverdue: Bool
  /// Open, with a follow-up due today or overdue: what the manager should chase now.
  public var isDue: Bool
  public var isOpen: Bool
  public var isReadOnly: Bool

  public var occurredAt: Timestamp { summary.occurredAt }
  public var table: String { summary.table ?? "" }
  public var amount: Money { summary.amount }
  public var outstanding: Money { summary.outstanding }
  public var resolution: Resolution? { summary.resolution }
  public var followUp: CalendarDay? { followUpDays == .min ? nil : CalendarDay(daysSince1970: Int(followUpDays)) }

  public init(_ summary: IncidentSummary, playbook: Playbook, language: Language, today: CalendarDay) {
    id = summary.id
    self.summary = summary
    currentStep = summary.currentStep(in: playbook)
    followUpDays = (summary.isOpen ? summary.followUp : nil).flatMap { Int32(exactly: $0.daysSince1970) } ?? .min
    isOverdue = summary.isOverdue(today: today)
    isDue = summary.isOpen && (summary.followUp.map { $0 <= today } ?? false)
    isOpen = summary.isOpen
    isReadOnly = summary.isReadOnly
  }

  /// `3/7 Contacter le client`.
  public func stepText(in playbook: Playbook, language: Language) -> String {
    GuideText.stepSummary(currentStep, in: playbook, language: language)
  }

  /// Folded text the filter searches: id, table, server, bill, amounts, step, notes, and the
  /// customer's name and phone when known. Built only when a filter is typed.
  static func searchText(_ summary: IncidentSummary, step: String, customer: String? = nil, language: Language) -> SearchText {
    SearchText([summary.id.rawValue, summary.table ?? "", summary.server ?? "", summary.bill ?? "", summary.summary ?? "",
                summary.customerDescription ?? "", summary.amount.formatted(language), summary.amount.decimalString, step,
                summary.occurredAt.formatted(language), summary.statusLabel(language), customer ?? ""]
      .joined(separator: "\u{1}"))
  }

  /// What the filter searches of a customer: name and phone, the phone also as bare digits
  /// (`06 12 34 56 78` is found by `0612`).
  public static func customerSearchText(_ identity: CustomerIdentity) -> String? {
    var parts = [identity.name, identity.companyName, identity.phone].compactMap { $0 }
    if let phone = identity.phone {
      let digits = phone.filter(\.isNumber)
      if digits != phone { parts.append(digits) }
    }
    return parts.isEmpty ? nil : parts.joined(separator: "\u{1}")
  }
}
