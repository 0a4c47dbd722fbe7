/// One group of measurements (store load, append; later UI figures).
protocol BenchSection {
  /// Shown in error messages.
  var title: String { get }
  /// Measures and returns one row per figure.
  func run(_ options: BenchOptions) throws -> [BenchRow]
}

/// One measured figure, with its goal when there is one.
struct BenchRow {
  var section: String
  var measure: String
  var value: String
  var goal: String = ""
  /// nil when there is no goal to meet.
  var meetsGoal: Bool? = nil
}
