extension LocalizedText {
  /// `count` then the noun that agrees with it. French takes the singular for 0 and 1, English
  /// for 1 only: « 0 erreur, 1 dossier ouvert », “0 errors, 1 open case”.
  public static func counting(_ count: Int, french: (singular: String, plural: String),
                              english: (singular: String, plural: String)) -> LocalizedText {
    LocalizedText(french: "\(count) " + (abs(count) < 2 ? french.singular : french.plural),
                  english: "\(count) " + (abs(count) == 1 ? english.singular : english.plural))
  }
}
