import ArdoiseCore

/// What choosing a menu item does.
public enum MenuChoice: Sendable, Equatable {
  case stepStatus(StepID, StepStatus)
  case resolution(Resolution)
  case document(DocumentKind, asPDF: Bool = false)
  /// The letters that can be emailed, in a menu of their own.
  case emailMenu
  /// The documents that can be printed, in a menu of their own.
  case printMenu
  /// Email this letter to the customer (after a confirmation showing it).
  case sendEmail(DocumentKind)
  /// Write this document as a PDF and print it.
  case print(DocumentKind)
  /// The case's payments, to choose the one a receipt is for.
  case receiptMenu
  /// A receipt for payment `paymentNumber` (from 1, in the order the case lists its payments).
  case receipt(paymentNumber: Int)
}

/// A list of choices in a box, numbered from 1. Typing an item's number chooses it; past nine
/// items, a digit that may begin a longer number selects its item and waits for ⏎ or a second
/// digit. When the items do not fit, the box scrolls with the selection.
public struct MenuState: Sendable, Equatable {
  public struct Item: Sendable, Equatable {
    public var label: String
    public var choice: MenuChoice
    /// Why the item cannot be chosen here (`lp not installed (cups-client)`), shown after its
    /// label; nil when it can.
    public var unavailableReason: String?
    public init(_ label: String, _ choice: MenuChoice, unavailableReason: String? = nil) {
      self.label = label
      self.choice = choice
      self.unavailableReason = unavailableReason
    }
  }

  public var title: String
  public var items: [Item]
  public var selection = 0
  /// The first item shown when the items are more than the box holds; kept so that the
  /// selection is always in view.
  public var scrollOffset = 0
  /// The digits typed so far when they may still be the start of a longer number (`1` in a menu
  /// of 16 items: ⏎ chooses item 1, another digit chooses 10 to 16); empty otherwise.
  public var typedNumber = ""
  /// The case the menu acts on.
  public var incident: IncidentID

  public init(title: String, items: [Item], incident: IncidentID) {
    self.title = title
    self.items = items
    self.incident = incident
  }
}
