extension IncidentFacts {
  /// The number of covers a table can have.
  public static let coverRange = 1...999

  /// Parses a typed number of covers, for the command line and the form alike.
  public static func parseCovers(_ text: String) -> Result<Int, Refusal> {
    let trimmed = text.trimmingSpaces
    guard let count = Int(trimmed), coverRange.contains(count) else {
      return .failure(Refusal(LocalizedText("« \(trimmed) » n’est pas un nombre de couverts (1 à 999)",
                                "“\(trimmed)” is not a number of covers (1 to 999)")))
    }
    return .success(count)
  }
}
