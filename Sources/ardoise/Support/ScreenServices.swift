import ArdoiseCore
import ArdoiseUI
import Foundation

/// The screen's ways out of the machine, as the commands do them: `send` (email), `print` (the
/// spooler), `sync` (git). Built once when the screen opens, from the settings read then.
enum ScreenServices {
  static func make(_ context: CommandContext) -> RuntimeServices {
    let directory = context.directory
    let environment = context.environment
    let sendmail = context.config.sendmail
    return RuntimeServices(
      draftEmail: { id, kind in
        let request = EmailRequest(config: context.config, playbook: context.playbook, language: context.language, today: context.today,
                                   environment: environment)
        do { return .success(try context.store.draftEmail(kind, for: id, request: request)) } catch let error as EmailError {
          return .failure(Refusal(error.reason))
        } catch {
          return .failure(Refusal(LocalizedText("erreur inattendue\u{202F}: \(error)", "unexpected error: \(error)")))
        }
      },
      sendEmail: { draft in
        switch draft.deliver(transport: SendmailTransport(setting: sendmail), directory: directory, at: Date()) {
        case .success: .success(())
        case .failure(let error): .failure(Refusal(error.reason))
        }
      },
      printDocument: { id, kind in
        PrintBridge.print(kind: kind, for: id, context: context).map { (path: $0.path, said: $0.spoolerSaid) }
      },
      sync: { syncNow(directory, environment: environment) },
      readSyncState: { SyncState.read(directory, environment: environment) })
  }

  /// A sync as `ardoise sync` runs it, its failure in one line (a conflict names the file and
  /// how to settle it).
  static func syncNow(_ directory: DataDirectory, environment: [String: String]) -> SyncOutcome {
    do {
      let report = try Synchronizer(directory: directory, environment: environment).sync()
      return .synced(receivedCases: report.receivedCases, receivedEvents: report.receivedEvents, sentEvents: report.sentEvents)
    } catch let error as SyncError {
      if case .conflict(let conflicts) = error, let file = conflicts.first?.file {
        return .failed(LocalizedText("conflit sur \(file), rien n’est envoyé\u{202F}: «\u{202F}ardoise sync --status\u{202F}» le montre, puis «\u{202F}ardoise sync --resolve ours \(file)\u{202F}» ou «\u{202F}theirs\u{202F}»",
                         "conflict in \(file), nothing was sent: “ardoise sync --status” shows it, then “ardoise sync --resolve ours \(file)” or “theirs”"))
      }
      return .failed(LocalizedText(french: firstLine(error.message(.french)), english: firstLine(error.message(.english))))
    } catch {
      return .failed(LocalizedText("synchronisation impossible\u{202F}: \(error)", "sync failed: \(error)"))
    }
  }

  private static func firstLine(_ text: String) -> String {
    text.split(separator: "\n").first.map(String.init) ?? text
  }
}
