import Foundation

extension Store {
  /// The cases holding a customer's identity that the retention rules say to purge now, with the
  /// reason (which holds no personal data). Reads only the cases that have an identity file.
  /// `progress` is told each identity read (`reading identities 1 234 / 10 000`).
  public func expiredIdentities(policy: RetentionPolicy, today: CalendarDay, progress: ProgressHandler? = nil) -> [(id: IncidentID, reason: String)] {
    let ids = (POSIXFile.listDirectory(directory.peoplePath) ?? [])
      .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }
      .map { IncidentID(rawValue: String($0.dropLast(5))) }
      .filter { IncidentID.isWellFormed($0.rawValue) }
      .sorted()
    let phase = LocalizedText("lecture des identités", "reading identities")
    progress?(ProgressReport(phase: phase, done: 0, total: ids.count))
    return ids.enumerated().compactMap { index, id in
      defer { progress?(ProgressReport(phase: phase, done: index + 1, total: ids.count)) }
      guard let stored = incident(id), let customer = customer(of: id),
        case .purge(let reason) = policy.decide(stored.incident, debtorKind: customer.kind, today: today)
      else { return nil }
      return (id, reason)
    }
  }

  /// Purges every expired identity (file deleted with the case's documents and mail drafts,
  /// purge recorded in the log). A case that cannot be purged (a `documents/` or `outbox/` that
  /// is a symbolic link, a file that cannot be removed) keeps its identity, and the others are
  /// purged all the same.
  ///
  /// - Returns: each case to purge, why, and what was deleted or why it was not.
  @discardableResult
  public func purgeExpiredIdentities(policy: RetentionPolicy, today: CalendarDay)
    -> [(id: IncidentID, reason: String, outcome: Result<PurgedFiles, StoreError>)] {
    expiredIdentities(policy: policy, today: today).map { id, reason in
      do {
        return (id, reason, .success(try purgePersonalData(id, reason: reason)))
      } catch let error as StoreError {
        return (id, reason, .failure(error))
      } catch {
        return (id, reason, .failure(.io(operation: "purge", path: directory.relative(directory.personPath(id)), code: EIO)))
      }
    }
  }
}
