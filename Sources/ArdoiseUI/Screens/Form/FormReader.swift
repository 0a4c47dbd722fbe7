import ArdoiseCore

/// Reads a form's fields as the command line would: each value parsed by the same functions,
/// each refusal written under its field, the keyboard moved to the first field refused.
struct FormReader {
  private(set) var form: FormState
  /// Whether a field was refused.
  private(set) var failed = false
  let context: ScreenContext

  /// Starts on `form` with the errors of the last submission cleared.
  init(_ form: FormState, context: ScreenContext) {
    var form = form
    form.error = nil
    for index in form.fields.indices { form.fields[index].error = nil }
    self.form = form
    self.context = context
  }

  /// Refuses `key` with `message`.
  mutating func fail(_ key: FieldKey, _ message: String) {
    form.setError(message, on: key)
    if !failed, let index = form.fields.firstIndex(where: { $0.key == key }) { form.focus = index }
    failed = true
  }

  /// Refuses every required field left empty.
  mutating func checkRequiredFields() {
    for field in form.fields where field.isRequired && field.value.isEmpty {
      fail(field.key, context.localized(LocalizedText("à remplir", "required")))
    }
  }

  /// The field's text, trimmed; nil when empty or absent.
  func text(_ key: FieldKey) -> String? {
    guard let value = form.field(key)?.value, !value.isEmpty else { return nil }
    return value
  }

  /// The chosen option of a choice field.
  func choice(_ key: FieldKey) -> ChoiceValue? {
    form.field(key)?.choice
  }

  mutating func money(_ key: FieldKey) -> Money? {
    guard let value = text(key) else { return nil }
    do { return try Money.parse(value, currency: context.currency) } catch let error as MoneyParsingError {
      fail(key, error.message(context.language))
    } catch { fail(key, "\(error)") }
    return nil
  }

  mutating func day(_ key: FieldKey) -> CalendarDay? {
    guard let value = text(key) else { return nil }
    do { return try CalendarDay.parse(value, today: context.today) } catch let error as DateParsingError {
      fail(key, error.message(context.language))
    } catch { fail(key, "\(error)") }
    return nil
  }

  mutating func moment(_ key: FieldKey) -> Timestamp? {
    guard let value = text(key) else { return nil }
    do { return try Timestamp.parse(value, now: context.clock, timeZone: context.timeZone) } catch let error as DateParsingError {
      fail(key, error.message(context.language))
    } catch { fail(key, "\(error)") }
    return nil
  }

  /// The facts as typed, nil when a field is refused.
  mutating func facts() -> IncidentFacts? {
    let amount = money(.amount)
    let when = moment(.when)
    var covers: Int?
    if let value = text(.covers) {
      switch IncidentFacts.parseCovers(value) {
      case .success(let count): covers = count
      case .failure(let refusal): fail(.covers, refusal.message(context.language))
      }
    }
    guard let amount, let when, !failed else { return nil }
    return IncidentFacts(occurredAt: when, amount: amount, table: text(.table), covers: covers, server: text(.server),
                         bill: text(.bill), summary: text(.summary), customerDescription: text(.description))
  }
}
