/// The Luhn checksum (ISO/IEC 7812-1), as SIREN and SIRET numbers use it.
enum LuhnChecksum {
  /// Whether `digits` (most significant first) end with a valid Luhn check digit.
  static func isValid(_ digits: [Int]) -> Bool {
    var sum = 0
    for (offset, digit) in digits.reversed().enumerated() {
      if offset % 2 == 1 {
        let doubled = digit * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      } else {
        sum += digit
      }
    }
    return sum % 10 == 0
  }
}
