import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct DocumentGeneratorTests {
  typealias F = DocumentFixtures

  @Test func missingConfigShowsPlaceholdersAndWarnsPerField() throws {
    let french = try DocumentGenerator.generate(F.request(.demandLetter, F.cases[0], .french, config: Config()))
    for placeholder in ["[RAISON SOCIALE À COMPLÉTER]", "[SIRET À COMPLÉTER]", "[ADRESSE DU RESTAURANT À COMPLÉTER]",
                        "[VILLE À COMPLÉTER]", "[NOM DU REPRÉSENTANT À COMPLÉTER]", "[NOM DU RESTAURANT À COMPLÉTER]",
                        "[LIEN DE PAIEMENT OU IBAN À COMPLÉTER]", "[TÉLÉPHONE DU RESTAURANT À COMPLÉTER]"] {
      #expect(french.text.contains(placeholder), "\(placeholder)")
    }
    let keys = ["restaurant.legal_name", "restaurant.company_number", "restaurant.address", "restaurant.city",
                "restaurant.representative", "restaurant.name", "restaurant.phone", "restaurant.payment_link"]
    for key in keys { #expect(french.warnings.contains { $0.french.contains(key) }, "\(key)") }
    #expect(french.warnings.count == keys.count)

    let english = try DocumentGenerator.generate(F.request(.reminder, F.cases[1], .english, config: Config()))
    #expect(english.text.contains("[RESTAURANT NAME MISSING]"))
    // The privacy notice is due at the first contact, so the reminder names the controller too.
    #expect(english.text.contains("Controller: [LEGAL NAME MISSING]"))
    #expect(english.warnings.contains { $0.english.contains("restaurant.legal_name") })
  }

  @Test func fullConfigGivesNoWarningForAKnownCustomer() throws {
    for kind in [DocumentKind.reminder, .finalReminder, .demandLetter, .complaint, .dossier] {
      #expect(try DocumentGenerator.generate(F.request(kind, F.cases[0], .french)).warnings.isEmpty, "\(kind)")
    }
  }

  /// One cover reads « 1 couvert » / “1 cover” in the letters' prose.
  @Test func oneCoverIsSingularInTheProse() throws {
    var single = F.known
    single.facts.covers = 1
    let fixture = (name: "single", incident: single, customer: F.knownCustomer)
    for (kind, language, expected) in [(DocumentKind.demandLetter, Language.french, "(table 12, 1\u{A0}couvert)"),
                                       (.demandLetter, .english, "(table 12, 1 cover)"),
                                       (.complaint, .french, "des clients (1\u{A0}couvert)"),
                                       (.complaint, .english, "customers (1 cover)")] {
      let text = try DocumentGenerator.generate(F.request(kind, fixture, language)).text
      #expect(text.contains(expected), "\(kind) \(language)")
    }
  }

  @Test func demandLetterWithoutDebtorWarns() throws {
    let document = try DocumentGenerator.generate(F.request(.demandLetter, F.cases[1], .french))
    #expect(document.text.contains("[NOM DU DÉBITEUR À COMPLÉTER]"))
    #expect(document.text.contains("[ADRESSE DU DÉBITEUR À COMPLÉTER]"))
    #expect(document.warnings.contains(DocumentValues.debtorNameMissing))
    #expect(document.warnings.contains(DocumentValues.debtorAddressMissing))
  }

  @Test func remindersNeverAccuse() throws {
    let forbidden: Set<String> = ["vol", "voleur", "voleurs", "voler", "délit", "filouterie", "infraction", "plainte", "police",
                                  "theft", "thief", "steal", "stole", "stolen", "crime", "criminal", "offence", "fraud", "escroquerie"]
    for fixture in F.cases {
      for language in Language.allCases {
        for (kind, variant) in [(DocumentKind.reminder, DocumentVariant.email), (.reminder, .sms), (.finalReminder, .email)] {
          for config in [F.config, Config()] {
            let text = try DocumentGenerator.generate(F.request(kind, fixture, language, variant: variant, config: config)).text
            let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
            #expect(words.isDisjoint(with: forbidden), "\(fixture.name) \(kind) \(variant) \(language): \(words.intersection(forbidden))")
          }
        }
      }
    }
  }

  @Test func smsFitsIn320Characters() throws {
    for fixture in F.cases {
      for language in Language.allCases {
        let text = try DocumentGenerator.generate(F.request(.reminder, fixture, language, variant: .sms)).text
        #expect(text.count <= 321, "\(fixture.name) \(language): \(text.count)")
        #expect(!text.contains("IBAN"))
      }
    }
  }

  @Test func overrideTemplateIsUsedAndItsPlaceholdersWarn() throws {
    var request = F.request(.reminder, F.cases[0], .french, config: Config())
    request.templateOverride = "Note {{bill}} : {{outstanding}}, {{restaurant_name}}{{#table}} table {{table}}{{/table}}"
    let document = try DocumentGenerator.generate(request)
    #expect(document.text == "Note A-1042 : 86,50\u{A0}€, [NOM DU RESTAURANT À COMPLÉTER] table 12\n")
    #expect(document.warnings.count == 1)
    request.templateOverride = "{{#table}} jamais fermé"
    #expect(throws: DocumentTemplateError.self) { try DocumentGenerator.generate(request) }
  }

  /// A value or a restaurant's template with escape sequences, bidirectional overrides or CRLF
  /// line ends: the file written holds no control character but newlines and tabs.
  @Test func documentsHoldNoControlCharacters() throws {
    var config = F.config
    config.legalName = "Dupont\u{1B}]0;pwned\u{07} \u{202E}SARL\u{9B}"
    var request = F.request(.demandLetter, F.cases[0], .french, config: config)
    let generated = try DocumentGenerator.generate(request)
    request.templateOverride = "Objet\u{1B}[2J\r\n\t{{legal_name}}\r\nfin\u{7F}\r"
    let overridden = try DocumentGenerator.generate(request)
    for document in [generated, overridden] {
      #expect(document.text.contains("Dupont\u{FFFD}]0;pwned\u{FFFD} \u{FFFD}SARL\u{FFFD}"))
      let raw = document.text.unicodeScalars.filter { $0.isInert && $0 != "\n" && $0 != "\t" }
      #expect(raw.isEmpty, "\(raw.map { String($0.value, radix: 16) })")
    }
    #expect(overridden.text == "Objet\u{FFFD}[2J\n\tDupont\u{FFFD}]0;pwned\u{FFFD} \u{FFFD}SARL\u{FFFD}\nfin\u{FFFD}\n")
  }

  @Test func valuesAreNotEscaped() throws {
    var config = F.config
    config.legalName = "Dupont & Fils <SARL>"
    let document = try DocumentGenerator.generate(F.request(.demandLetter, F.cases[0], .french, config: config))
    #expect(document.text.contains("Dupont & Fils <SARL>"))
  }

  @Test func suggestedFileNames() {
    #expect(F.request(.demandLetter, F.cases[0], .french).suggestedFileName == "260314-K7QF-demand-letter-fr.md")
    #expect(F.request(.reminder, F.cases[0], .english, variant: .sms).suggestedFileName == "260314-K7QF-reminder-sms-en.md")
    #expect(F.request(.reminder, F.cases[0], .english, variant: .sms).templateFileName == "reminder-sms.en.md")
  }

  /// The privacy notice is due at the first contact (art. 14(3)(b) GDPR): the reminder email
  /// carries it, the SMS cannot and says so.
  @Test func thePrivacyNoticeComesWithTheFirstContact() throws {
    let email = try DocumentGenerator.generate(F.request(.reminder, F.cases[0], .french))
    #expect(email.text.contains("**Information sur vos données personnelles (RGPD)**"))
    #expect(email.text.contains("Origine des données\u{202F}: réservation en ligne du 12 mars 2026."))
    #expect(!email.text.contains("police"))
    let sms = try DocumentGenerator.generate(F.request(.reminder, F.cases[0], .english, variant: .sms))
    #expect(sms.warnings.contains { $0.english.hasPrefix("A text message cannot carry the privacy notice") })
  }

  /// The complaint asks to be a civil party: the fixed criminal fine pays the restaurant nothing.
  @Test func theComplaintAsksToBeACivilParty() throws {
    let french = try DocumentGenerator.generate(F.request(.complaint, F.cases[1], .french))
    #expect(french.text.contains("**Demandez à vous constituer partie civile**"))
    #expect(french.text.contains("amende forfaitaire délictuelle (loi n°\u{A0}2023-22) de 300\u{A0}€"))
    #expect(french.text.contains("qui déclare se constituer partie civile"))
    #expect(french.text.contains("un mois au plus (article L252-5 du Code de la sécurité intérieure)"))
  }

  /// The acknowledgement of debt gives the sum in words and figures (art. 1376 C. civ.).
  @Test func theAcknowledgementGivesTheSumInWordsAndFigures() throws {
    let french = try DocumentGenerator.generate(F.request(.acknowledgement, F.cases[2], .french))
    #expect(french.text.contains("la somme de **90,00\u{A0}€** (quatre-vingt-dix euros)"))
    #expect(french.text.contains("«\u{202F}Bon pour reconnaissance de dette de quatre-vingt-dix euros (90,00\u{A0}€).\u{202F}»"))
    let english = try DocumentGenerator.generate(F.request(.acknowledgement, F.cases[2], .english))
    #expect(english.text.contains("the sum of **€90.00** (ninety euros)"))
  }
}
