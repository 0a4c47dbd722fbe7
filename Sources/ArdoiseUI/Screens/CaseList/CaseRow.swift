import ArdoiseCore

/// What the case list shows of one case, computed once per change of the case.
public struct CaseRow: Sendable, Equatable {
  public var id: IncidentID
  public var occurredAt: Timestamp
  public var table: String
  public var amount: Money
  public var outstanding: Money
  /// The step the guide suggests; its text is made only for the rows on screen.
  public var currentStep: StepID?
  public var followUp: CalendarDay?
  public var isOverdue: Bool
  /// Open, with a follow-up due today or overdue: what the manager should chase now.
  public var isDue: Bool
  public var isOpen: Bool
  public var isReadOnly: Bool
  public var resolution: Resolution?

  public init(_ summary: IncidentSummary, playbook: Playbook, language: Language, today: CalendarDay) {
    id = summary.id
    occurredAt = summary.occurredAt
    table = summary.table ?? ""
    amount = summary.amount
    outstanding = summary.outstanding
    currentStep = summary.currentStep(in: playbook)
    followUp = summary.isOpen ? summary.followUp : nil
    isOverdue = summary.isOverdue(today: today)
    isDue = summary.isOpen && (summary.followUp.map { $0 <= today } ?? false)
    isOpen = summary.isOpen
    isReadOnly = summary.isReadOnly
    resolution = summary.resolution
  }

  /// `3/7 Contacter le client`.
  public func stepText(in playbook: Playbook, language: Language) -> String {
    GuideText.stepSummary(currentStep, in: playbook, language: language)
  }

  /// Lowercased text the filter searches: id, table, server, bill, amounts, step, notes. Built
  /// only when a filter is typed.
  static func searchText(_ summary: IncidentSummary, step: String, language: Language) -> SearchText {
    SearchText([summary.id.rawValue, summary.table ?? "", summary.server ?? "", summary.bill ?? "", summary.summary ?? "",
                summary.customerDescription ?? "", summary.amount.formatted(language), summary.amount.decimalString, step,
                summary.occurredAt.formatted(language), summary.statusLabel(language)]
      .joined(separator: "\u{1}"))
  }

}

/// Which cases the list shows; ⇥ goes through them in this order.
public enum CaseScope: Sendable, Equatable, CaseIterable {
  /// Every open case.
  case open
  /// Open cases whose follow-up is today or overdue: who to chase now.
  case due
  case closed
  case all

  /// The view's name in the title line.
  public var label: LocalizedText {
    switch self {
    case .open: L("ouverts", "open")
    case .due: L("à relancer", "due")
    case .closed: L("clos", "closed")
    case .all: L("tous", "all")
    }
  }

  /// Said when the view is chosen.
  var showing: LocalizedText {
    switch self {
    case .open: L("Affichage : dossiers ouverts", "Showing: open cases")
    case .due: L("Affichage : dossiers à relancer (relance du jour ou en retard)", "Showing: cases due for a follow-up (today or overdue)")
    case .closed: L("Affichage : dossiers clos", "Showing: closed cases")
    case .all: L("Affichage : tous les dossiers", "Showing: all cases")
    }
  }

  /// Said when the view is empty.
  var emptyText: LocalizedText {
    switch self {
    case .open: L("Aucun dossier ouvert", "No open cases")
    case .due: L("Aucune relance due aujourd’hui", "No follow-up due today")
    case .closed: L("Aucun dossier clos", "No closed cases")
    case .all: L("Aucun dossier", "No cases")
    }
  }

  func includes(_ row: CaseRow) -> Bool {
    switch self {
    case .open: row.isOpen
    case .due: row.isDue
    case .closed: !row.isOpen
    case .all: true
    }
  }

  var next: CaseScope {
    switch self {
    case .open: .due
    case .due: .closed
    case .closed: .all
    case .all: .open
    }
  }
}

/// The case list's own state: scope, filter, selection and scroll.
public struct CaseListState: Sendable, Equatable {
  public var scope: CaseScope = .open
  public var filter = TextInput()
  public var isEditingFilter = false
  /// The ids shown, in order.
  public var visible: [IncidentID] = []
  /// The selected case; it stays on its case when the data reloads.
  public var selectedID: IncidentID?
  /// The first visible row.
  public var scrollOffset = 0

  public init() {}

  public var selectedIndex: Int? { selectedID.flatMap { visible.firstIndex(of: $0) } }
}
