/// Where a window envelope shows the recipient's address on an A4 sheet folded in three, in
/// millimetres from the sheet's top-left corner, and the box the address is printed in.
///
/// - France, DL envelope (110 × 220 mm) of La Poste's standard: a 45 × 100 mm window 20 mm from
///   the right edge and 15 mm from the bottom, so on the sheet about 100–200 mm from the left and
///   50–95 mm from the top, moving by a few millimetres as the sheet slides. Printers' guidance
///   puts the address frame 110 mm from the left and 55 mm from the top
///   (https://edics.fr/rediger-vos-adresses-les-bonnes-pratiques/: a frame 85 × 33 mm at 11 cm
///   from the left and 5.5 cm from the top). The address is printed in 110–190 × 55–85 mm.
/// - United Kingdom, DL envelope: the window is on the left, 90 × 45 mm, 20 mm from the left edge
///   and 15 mm from the bottom (Royal Mail, “A guide for letter envelope design and clear
///   addressing”), so on the sheet about 20–110 mm from the left and 50–95 mm from the top. The
///   address is printed in 25–105 × 55–85 mm.
public struct EnvelopeWindow: Sendable, Equatable {
  /// The area the window can show, whatever the sheet's play in the envelope.
  public var visible: (left: Double, top: Double, right: Double, bottom: Double)
  /// Where the address is printed: well inside ``visible``.
  public var box: (left: Double, top: Double, width: Double, height: Double)

  public static func == (lhs: EnvelopeWindow, rhs: EnvelopeWindow) -> Bool {
    lhs.visible == rhs.visible && lhs.box == rhs.box
  }

  /// The French DL window (address on the right).
  public static let frenchDL = EnvelopeWindow(visible: (100, 50, 200, 95), box: (110, 55, 80, 30))
  /// The British DL window (address on the left).
  public static let britishDL = EnvelopeWindow(visible: (20, 50, 110, 95), box: (25, 55, 80, 30))

  /// The window a letter in `language` is posted in.
  public static func `for`(_ language: Language) -> EnvelopeWindow {
    language == .french ? .frenchDL : .britishDL
  }

  /// Whether the address goes on the right of the sheet (then the sender's block is on the left).
  public var isOnTheRight: Bool { box.left > 105 }
}
