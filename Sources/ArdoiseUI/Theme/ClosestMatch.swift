/// The candidate nearest to a misspelt word, for "did you mean" hints; nil if none is close.
///
/// Close means an edit distance of at most 2, or a third of the word's length if that is more.
func closestMatch(to word: String, among candidates: [String]) -> String? {
  let limit = max(2, word.count / 3)
  let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= limit }
  return scored.min { $0.1 < $1.1 }?.0
}

/// The Levenshtein distance between two strings, by characters.
func editDistance(_ lhs: String, _ rhs: String) -> Int {
  let a = Array(lhs), b = Array(rhs)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
