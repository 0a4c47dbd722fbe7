import Foundation
public struct PlaybookFileError: Error { public var file: String; public var line: Int; public var reason: LocalizedText
  public func message(_ language: Language) -> String { "\(file):\(line): " + reason(language) } }
extension Playbook {
  public static let standard = Playbook(steps: [
    PlaybookStep(id: .stayCalm, title: L("Rester calme", "Stay calm"), guidance: L("a", "b")),
    PlaybookStep(id: .catchUp, title: L("Rattraper", "Catch up"), guidance: L("a", "b"), outcomes: [
      Outcome(id: "paid-on-the-spot", label: L("Payé", "Paid"), effect: .paidInFull),
      Outcome(id: "gone", label: L("Parti", "Gone"), next: .review)]),
    PlaybookStep(id: .review, title: L("Examiner", "Review"), guidance: L("a", "b"), outcomes: [
      Outcome(id: "honest-mistake", label: L("Erreur", "Mistake"), effect: .honestMistake),
      Outcome(id: "confirmed-unpaid", label: L("Impayé", "Unpaid"), next: .contact),
      Outcome(id: "no-contact-details", label: L("Rien", "None"), next: .authorities)]),
    PlaybookStep(id: .contact, title: L("Contacter", "Contact"), guidance: L("a", "b"), outcomes: [
      Outcome(id: "promised-to-pay", label: L("Promis", "Promised"), effect: .promiseToPay, next: .paymentOptions)]),
    PlaybookStep(id: .paymentOptions, title: L("Options", "Options"), guidance: L("a", "b")),
    PlaybookStep(id: .authorities, title: L("Autorités", "Authorities"), guidance: L("a", "b"), outcomes: [
      Outcome(id: "complaint-filed", label: L("Plainte", "Complaint"), effect: .complaintFiled),
      Outcome(id: "write-off", label: L("Abandon", "Write off"), effect: .writeOff)]),
    PlaybookStep(id: .prevention, title: L("Prévention", "Prevention"), guidance: L("a", "b"), outcomes: [
      Outcome(id: "measures-noted", label: L("Noté", "Noted"))]),
  ])
  public struct LoadResult { public var playbook: Playbook; public var errors: [PlaybookFileError] }
  public static func load(dataDirectory: URL) -> LoadResult { LoadResult(playbook: .standard, errors: []) }
}
