import ArdoiseCore

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
    case .open: LocalizedText("ouverts", "open")
    case .due: LocalizedText("à relancer", "due")
    case .closed: LocalizedText("clos", "closed")
    case .all: LocalizedText("tous", "all")
    }
  }

  /// Said when the view is chosen.
  var showing: LocalizedText {
    switch self {
    case .open: LocalizedText("Affichage : dossiers ouverts", "Showing: open cases")
    case .due: LocalizedText("Affichage : dossiers à relancer (relance du jour ou en retard)", "Showing: cases due for a follow-up (today or overdue)")
    case .closed: LocalizedText("Affichage : dossiers clos", "Showing: closed cases")
    case .all: LocalizedText("Affichage : tous les dossiers", "Showing: all cases")
    }
  }

  /// Said when the view is empty.
  var emptyText: LocalizedText {
    switch self {
    case .open: LocalizedText("Aucun dossier ouvert", "No open cases")
    case .due: LocalizedText("Aucune relance due aujourd’hui", "No follow-up due today")
    case .closed: LocalizedText("Aucun dossier clos", "No closed cases")
    case .all: LocalizedText("Aucun dossier", "No cases")
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
