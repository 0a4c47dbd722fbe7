extension Jurisdiction {
  /// Whether the time a written demand gives the debtor runs from the day the debtor receives the
  /// letter, rather than from the letter's date.
  ///
  /// France: from receipt (`fr.demand.deadline`), so until the acknowledgement of receipt is back
  /// the deadline is an estimate counted from sending. England and Wales: from the date of the
  /// letter before claim, the date at the top of its first page, which is posted that day or the
  /// next (`gb-eng.debt-protocol.reply-period`); receipt changes nothing. A jurisdiction ardoise
  /// does not know: from receipt, the later of the two counts, and an estimate until it is known.
  public var demandTimeRunsFromReceipt: Bool { self != .englandAndWales }
}
