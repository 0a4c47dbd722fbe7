import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise stats`: the figures that prevent the next walkout.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the figures: money lost and recovered, recovery rate, when and where walkouts happen.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Months in the monthly breakdown.") var months: Int = 6
    @Flag(help: "Every site of the group (see `ardoise group`): combined figures, then per site.") var group = false

    func validate() throws {
      guard (1...60).contains(months) else { throw ValidationError("--months must be between 1 and 60") }
    }

    func run() throws {
      let context = try CommandContext(global)
      if group { return try GroupViews.stats(context, months: months) }
      let statistics = WalkoutStatistics(context.store.summaries, currency: context.config.currency,
                                         monthCount: months, today: context.today)
      for line in statistics.report(context.language) { Console.print(line) }
    }
  }
}
