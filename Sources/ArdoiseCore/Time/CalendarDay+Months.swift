extension CalendarDay {
  /// The same day `months` months later; when that month is shorter, its last day (31 January + 1
  /// month is 28 or 29 February), as French procedure counts a time limit in months (art. 641 CPC).
  public func adding(months: Int) -> CalendarDay {
    let index = year * 12 + (month - 1) + months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let newMonth = index - newYear * 12 + 1
    return CalendarDay(year: newYear, month: newMonth, day: min(day, CalendarDay.daysIn(month: newMonth, year: newYear)))
  }
}
