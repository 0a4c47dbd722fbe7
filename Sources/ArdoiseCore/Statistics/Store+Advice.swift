extension Store {
  /// What the advice rules need of every case whose walkout falls in `period` (read in full: the
  /// phone rule needs the contacts).
  public func adviceCases(in period: StatisticsPeriod) -> [AdviceCase] {
    period.filter(summaries).sorted { $0.id < $1.id }.compactMap { incidentInPassing($0.id).map(AdviceCase.init) }
  }
}
