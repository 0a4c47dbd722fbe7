import ArdoiseCore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `ardoise sync` with real git, all on this machine: a bare repository as the group's remote,
/// two sites.
@Suite(.serialized) struct SyncCommandTests {
  /// Site "a" records a walkout, identifies the customer, and sets up the group; site "b" clones.
  private func twoSites(_ sites: GitSites) throws -> String {
    let id = try sites.succeed("a", ["new", "--amount", "64,00", "--at", "2026-11-20 21:30", "--table", "T4", "--covers", "2"])
    try sites.succeed("a", ["identify", id, "--name", "Jeanne Dupont", "--phone", "06 12 34 56 78", "--email", "jeanne@example.org"])
    try sites.succeed("a", ["sync", "--init", sites.remote.path])
    try sites.succeed("b", ["sync", "--clone", sites.remote.path, sites.site("b").path])
    return id
  }

  private func state(_ sites: GitSites, _ site: String, _ id: String) throws -> String {
    try sites.succeed(site, ["list", "--all", "--json"]) + "\n" + sites.succeed(site, ["show", id, "--json", "--no-personal-data"])
  }

  @Test(arguments: [["a", "b", "a"], ["b", "a", "b"]])
  func twoSitesRecordingApartEndWithTheSameCases(order: [String]) throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    // Apart: both record payments, notes and contacts on the same case; b records a new walkout.
    try sites.succeed("a", ["pay", id, "10", "--method", "cash"])
    try sites.succeed("a", ["note", id, "Came back for the umbrella"])
    try sites.succeed("b", ["pay", id, "5", "--method", "card"])
    try sites.succeed("b", ["contact", id, "--channel", "phone", "--outcome", "no-answer"])
    try sites.succeed("b", ["note", id, "Seen at the bar on Friday"])
    let second = try sites.succeed("b", ["new", "--amount", "30", "--at", "2026-11-21 13:10"])
    for site in order { try sites.succeed(site, ["sync"]) }

    let atA = try state(sites, "a", id)
    #expect(atA == (try state(sites, "b", id)))
    #expect(atA.contains(second) && atA.contains("\"paid\":\"15.00\""))
    #expect(atA.contains("Came back for the umbrella") && atA.contains("Seen at the bar on Friday"))
    for site in ["a", "b"] {
      let check = try sites.ardoise(site, ["check"])
      #expect(check.status == 0)
      #expect(check.stdout.contains("2 cases read, 0 errors, 0 warnings"), "\(site): \(check.stdout)")
      #expect(try sites.succeed(site, ["sync", "--status"]).contains("Nothing to send."))
    }
    // No personal data in any commit of the remote, nor any file that holds it.
    let history = try sites.git(["-C", sites.remote.path, "log", "-p", "--all", "--format=%an %ae %s%n%b"])
    for secret in ["Dupont", "Jeanne", "12 34 56", "0612345678", "jeanne@example.org"] {
      #expect(!history.contains(secret), "the remote's history holds \(secret)")
    }
    let files = try sites.git(["-C", sites.remote.path, "log", "--all", "--name-only", "--format="])
    #expect(!files.contains("people/") && !files.contains("documents/") && files.contains("cases/\(id).jsonl"))
    #expect(history.contains("cases/\(id).jsonl") && history.contains("ardoise: 1 case"))
    // The clone's files were tightened; the identity stayed at a.
    let mode = try FileManager.default.attributesOfItem(atPath: sites.site("b").appendingPathComponent("cases/\(id).jsonl").path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let folderMode = try FileManager.default.attributesOfItem(atPath: sites.site("b").path)[.posixPermissions] as? Int
    #expect(folderMode == 0o700)
    #expect(!FileManager.default.fileExists(atPath: sites.site("b").appendingPathComponent("people/\(id).toml").path))
    // git used its union driver for the logs, not a plain merge.
    let attribute = try sites.git(["-C", sites.site("a").path, "check-attr", "merge", "--", "cases/\(id).jsonl"])
    #expect(attribute.hasSuffix("merge: union\n"))
  }

  /// A sync that received changes leaves the summary cache up to date: the next command (or
  /// sync) reads no log, where it used to read every merged one again (all of them after a
  /// site's first sync, which made each later sync at 10,000 cases take seconds).
  @Test func aReceivingSyncLeavesTheSummaryCacheUpToDate() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    try sites.succeed("a", ["note", id, "Came back for the umbrella"])
    try sites.succeed("a", ["new", "--amount", "30", "--at", "2026-11-21 13:10"])
    try sites.succeed("a", ["sync"])
    #expect(try sites.succeed("b", ["sync"]).hasPrefix("Received 2 events (2 cases)"))
    let store = try Store(directory: DataDirectory(path: sites.site("b").path), actor: "test", preparing: false)
    #expect(store.count == 2)
    #expect(store.logsReadAtLoad == 0)
  }

  /// A bare remote made with plain `git init --bare` names `master` as its HEAD while the group
  /// pushes `main`: the clone still holds the cases at once, and its first sync has nothing to
  /// receive (no merge of an unrelated history).
  @Test func aCloneOfARemoteWhoseHeadIsMasterHoldsTheCases() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let remote = sites.root.appendingPathComponent("master.git")
    try sites.git(["init", "--quiet", "--bare", "--initial-branch=master", remote.path])
    let id = try sites.succeed("a", ["new", "--amount", "64,00", "--at", "2026-11-20 21:30", "--table", "T4"])
    try sites.succeed("a", ["sync", "--init", remote.path])
    try sites.succeed("b", ["sync", "--clone", remote.path, sites.site("b").path])
    #expect(try sites.succeed("b", ["list", "--all"]).contains(id))
    #expect(try sites.succeed("b", ["sync"]) == "Up to date with \(remote.path).")
    #expect(try sites.git(["-C", sites.site("b").path, "log", "--format=%s"]).split(separator: "\n").count == 1)
  }

  /// A group whose remote's HEAD names `master` (a plain `git init --bare` with git's own
  /// default), empty at `--init`: the first site pushes `master`, so a plain `git clone` holds the
  /// cases; a site that runs `--init` on it once it holds cases merges them, and every site,
  /// the plain clone included, syncs that branch.
  @Test func aRemoteWhoseHeadIsMasterWorksForInitAndAPlainGitClone() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let remote = sites.root.appendingPathComponent("master.git")
    try sites.git(["init", "--quiet", "--bare", "--initial-branch=master", remote.path])
    let id = try sites.succeed("a", ["new", "--amount", "64,00", "--at", "2026-11-20 21:30", "--table", "T4"])
    try sites.succeed("a", ["sync", "--init", remote.path])
    #expect(try sites.git(["-C", remote.path, "for-each-ref", "--format=%(refname)"]) == "refs/heads/master\n")

    // A plain git clone checks out the cases, and syncs.
    try sites.git(["clone", "--quiet", remote.path, sites.site("c").path])
    #expect(try sites.succeed("c", ["list", "--all"]).contains(id))
    try sites.succeed("c", ["note", id, "Written at the plain clone"])
    #expect(try sites.succeed("c", ["sync"]).hasPrefix("Sent 1 event (1 case)"))

    // A site with its own cases joins with --init: it receives the group's and sends its own.
    let other = try sites.succeed("b", ["new", "--amount", "30", "--at", "2026-11-21 13:10"])
    try sites.succeed("b", ["sync", "--init", remote.path])
    #expect(try sites.succeed("b", ["show", id]).contains("Written at the plain clone"))
    try sites.succeed("a", ["sync"])
    try sites.succeed("c", ["sync"])
    for site in ["a", "c"] { #expect(try sites.succeed(site, ["list", "--all"]).contains(other), "\(site)") }
    #expect(try sites.git(["-C", remote.path, "for-each-ref", "--format=%(refname)"]) == "refs/heads/master\n")
    #expect(try sites.git(["-C", sites.site("b").path, "symbolic-ref", "--short", "HEAD"]) == "master\n")
  }

  /// A data directory that was already a git repository on `master` joins a group on `main`: it
  /// takes the group's branch name rather than pushing a second branch.
  @Test func aDataDirectoryAlreadyOnMasterJoinsAGroupOnMain() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try sites.succeed("a", ["new", "--amount", "12"])
    try sites.git(["init", "--quiet", "--initial-branch=master", sites.site("a").path])
    try sites.succeed("a", ["sync", "--init", sites.remote.path])
    #expect(try sites.git(["-C", sites.remote.path, "for-each-ref", "--format=%(refname)"]) == "refs/heads/main\n")
    try sites.git(["clone", "--quiet", sites.remote.path, sites.site("c").path])
    #expect(try sites.succeed("c", ["list", "--all"]).contains(id))
  }

  /// A remote that cannot be reached stops `--init` with one line before anything is made: no
  /// `.git` in the data directory, and a data directory that did not exist is not created.
  @Test(arguments: ["en", "fr"])
  func initWithAnUnreachableRemoteMakesNothing(language: String) throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let missing = sites.root.appendingPathComponent("nowhere.git").path
    try sites.succeed("a", ["new", "--amount", "12"])
    let result = try sites.ardoise("a", ["sync", "--init", missing, "--lang", language])
    #expect(result.status != 0)
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    if language == "en" {
      #expect(result.stderr == "ardoise: cannot reach \(missing) ('\(missing)' does not appear to be a git repository): nothing was set up; check the address and the network, then run “ardoise sync --init \(missing)” again\n")
    } else {
      #expect(result.stderr.hasPrefix("ardoise: \(missing) injoignable ("), "\(result.stderr)")
      #expect(result.stderr.contains("rien n’a été mis en place"))
    }
    #expect(!FileManager.default.fileExists(atPath: sites.site("a").appendingPathComponent(".git").path))

    let fresh = try sites.ardoise("new-site", ["sync", "--init", missing, "--lang", language])
    #expect(fresh.status != 0)
    #expect(!FileManager.default.fileExists(atPath: sites.site("new-site").path))
  }

  /// Two sites wrote the same event id with different content (a copied log, a hand edit): after
  /// both sync, `check` names the file and both lines, in both languages.
  @Test func theSameEventIDWithDifferentContentAtTwoSitesIsCheckedWithBothLines() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    let shared = EventID.make(at: Date(timeIntervalSince1970: 1_795_000_500))
    let at = Timestamp(secondsSince1970: 1_795_000_500, offsetSeconds: 0)
    for site in ["a", "b"] {
      let event = Event(id: shared, occurredAt: at, recordedAt: at, actor: site, body: .noteAdded("written at \(site)"))
      let log = try FileHandle(forWritingTo: sites.site(site).appendingPathComponent("cases/\(id).jsonl"))
      try log.seekToEnd()
      try log.write(contentsOf: Data(event.line.utf8))
      try log.close()
    }
    try sites.succeed("a", ["sync"])
    try sites.succeed("b", ["sync"])
    // Line 1 opened the case, line 2 is the identification at a, then one line from each site.
    let english = try sites.ardoise("b", ["check", "--lang", "en"]).stdout
    #expect(english.contains("cases/\(id).jsonl: conflict on event \(shared): same event id with different content (lines 3 and 4)"), "\(english)")
    let french = try sites.ardoise("b", ["check", "--lang", "fr"]).stdout
    #expect(french.contains("cases/\(id).jsonl\u{202F}: conflit sur l’événement \(shared)\u{202F}: même identifiant d’événement, contenu différent (lignes 3 et 4)")
      || french.contains("cases/\(id).jsonl: conflit sur l’événement \(shared)\u{202F}: même identifiant d’événement, contenu différent (lignes 3 et 4)"), "\(french)")
  }

  /// Modes are tightened everywhere on first use (a plain `git clone` whose first command is
  /// `sync`), then only where a sync writes: a sync does not walk every file of the data
  /// directory (at 10,000 cases that walk was most of a sync with nothing to do).
  @Test func modesAreTightenedOnFirstUseThenOnlyWhereTheSyncWrites() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    try sites.git(["clone", "--quiet", sites.remote.path, sites.site("c").path])
    try sites.succeed("c", ["sync"])
    let mode = { (site: String, file: String) throws -> Int? in
      try FileManager.default.attributesOfItem(atPath: sites.site(site).appendingPathComponent(file).path)[.posixPermissions] as? Int
    }
    #expect(try mode("c", "FORMAT") == 0o600 && mode("c", "cases/\(id).jsonl") == 0o600)
    #expect(try mode("c", "cases") == 0o700 && mode("c", ".git/objects") == 0o700 && mode("c", "") == 0o700)

    // At b: a file the sync does not change keeps what it was given; the log it receives is 0600.
    #expect(chmod(sites.site("b").appendingPathComponent(".gitignore").path, 0o644) == 0)
    #expect(chmod(sites.site("b").appendingPathComponent("cases/\(id).jsonl").path, 0o644) == 0)
    try sites.succeed("a", ["note", id, "From a"])
    try sites.succeed("a", ["sync"])
    #expect(try sites.succeed("b", ["sync"]).hasPrefix("Received 1 event (1 case)"))
    #expect(try mode("b", "cases/\(id).jsonl") == 0o600)
    #expect(try mode("b", ".gitignore") == 0o644)
  }

  @Test func aPlainGitCloneIsTightenedOnFirstUse() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    try sites.git(["clone", "--quiet", sites.remote.path, sites.site("c").path])
    #expect(try sites.succeed("c", ["list", "--all"]).contains(id))
    let mode = try FileManager.default.attributesOfItem(atPath: sites.site("c").appendingPathComponent("FORMAT").path)[.posixPermissions] as? Int
    let logMode = try FileManager.default.attributesOfItem(atPath: sites.site("c").appendingPathComponent("cases/\(id).jsonl").path)[.posixPermissions] as? Int
    let folderMode = try FileManager.default.attributesOfItem(atPath: sites.site("c").appendingPathComponent("cases").path)[.posixPermissions] as? Int
    #expect(logMode == 0o600 && folderMode == 0o700 && mode == 0o600)
  }

  @Test func aNoteNamingTheCustomerIsNotSent() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    let before = try sites.git(["-C", sites.remote.path, "rev-parse", "main"])
    try sites.succeed("a", ["note", id, "Called Mme Dupont, she will pay"])
    let refused = try sites.ardoise("a", ["sync"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("personal data would leave this machine"))
    #expect(refused.stderr.contains("line 3 of cases/\(id).jsonl holds the customer’s name (people/\(id).toml)"))
    #expect(!refused.stderr.contains("Dupont"))
    #expect(try sites.git(["-C", sites.remote.path, "rev-parse", "main"]) == before)
    #expect(try sites.git(["-C", sites.site("a").path, "log", "--oneline"]).split(separator: "\n").count == 1)

    // A phone number typed in a note is refused too, even for a customer not identified.
    let other = try sites.succeed("b", ["new", "--amount", "12"])
    try sites.succeed("b", ["note", other, "Left his number: +33 7 11 22 33 44"])
    let phone = try sites.ardoise("b", ["sync"])
    #expect(phone.stderr.contains("line 2 of cases/\(other).jsonl holds a phone number"))
    // A file under people/ forced into git is refused.
    try sites.git(["-C", sites.site("a").path, "add", "--force", "people/\(id).toml"])
    #expect(try sites.ardoise("a", ["sync"]).stderr.contains("people/\(id).toml is tracked by git but must stay here"))
  }

  @Test func aConfigChangedAtBothSitesIsAConflictSettledByResolve() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    try sites.succeed("a", ["config", "set", "restaurant.name", "Le Petit Zinc"])
    try sites.succeed("b", ["config", "set", "restaurant.name", "Le Grand Zinc"])
    try sites.succeed("b", ["note", id, "Recorded at b during the conflict"])
    try sites.succeed("a", ["sync"])
    let remoteBefore = try sites.git(["-C", sites.remote.path, "rev-parse", "main"])
    let conflict = try sites.ardoise("b", ["sync"])
    #expect(conflict.status != 0)
    #expect(conflict.stderr.contains("a conflict git cannot merge, nothing was sent"))
    #expect(conflict.stderr.contains("— config.toml") && conflict.stderr.contains("Le Petit Zinc") && conflict.stderr.contains("Le Grand Zinc"))
    #expect(conflict.stderr.contains("ardoise sync --resolve theirs config.toml"))
    #expect(try sites.git(["-C", sites.remote.path, "rev-parse", "main"]) == remoteBefore)
    // b keeps working with its own settings meanwhile, and says so in --status.
    #expect(try sites.succeed("b", ["config"]).contains("Le Grand Zinc"))
    #expect(try sites.succeed("b", ["sync", "--status"]).contains("In conflict: config.toml"))
    #expect(try sites.ardoise("b", ["sync"]).stderr.contains("— config.toml"))
    #expect(try sites.ardoise("b", ["sync", "--resolve", "ours", "playbook.toml"]).stderr.contains("playbook.toml is not in conflict"))

    try sites.succeed("b", ["sync", "--resolve", "theirs", "config.toml"])
    try sites.succeed("a", ["sync"])
    for site in ["a", "b"] {
      #expect(try sites.succeed(site, ["config"]).contains("Le Petit Zinc"))
      #expect(try sites.succeed(site, ["show", id]).contains("Recorded at b during the conflict"))
    }
  }

  @Test func aRemoteThatIsDownLosesNothingAndTheNextSyncCatchesUp() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    let away = sites.root.appendingPathComponent("away.git")
    try FileManager.default.moveItem(at: sites.remote, to: away)
    try sites.succeed("a", ["note", id, "Written while the remote was down"])
    let down = try sites.ardoise("a", ["sync"])
    #expect(down.status != 0)
    #expect(down.stderr.hasPrefix("ardoise: cannot reach \(sites.remote.path)"))
    #expect(down.stderr.contains("nothing is lost"))
    #expect(down.stderr.split(separator: "\n").count == 1)
    #expect(try sites.succeed("a", ["sync", "--status"]).contains("Not sent yet: 1 event"))
    try sites.succeed("a", ["note", id, "Written after the failed sync"])

    try FileManager.default.moveItem(at: away, to: sites.remote)
    #expect(try sites.succeed("a", ["sync"]).contains("Sent 2 events (1 case)"))
    try sites.succeed("b", ["sync"])
    let atB = try sites.succeed("b", ["show", id])
    #expect(atB.contains("Written while the remote was down") && atB.contains("Written after the failed sync"))
  }

  /// A sync killed with SIGKILL while git holds its index lock (in a commit or a merge) or before
  /// the push: the next sync clears what was left and completes.
  @Test(arguments: ["commit", "merge", "push"])
  func aSyncKilledInTheMiddleIsCompletedByTheNext(step: String) throws {
    let sites = try GitSites()
    defer { sites.remove() }
    let id = try twoSites(sites)
    try sites.succeed("a", ["note", id, "From a"])
    try sites.succeed("a", ["sync"])
    try sites.succeed("b", ["note", id, "From b"])

    // A git that stops for good at `step`, holding the index lock as a killed git would.
    let wrapperFolder = sites.root.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: wrapperFolder, withIntermediateDirectories: true)
    let marker = sites.root.appendingPathComponent("stopped")
    let script = """
      #!/bin/sh
      if [ "$3" = "\(step)" ]; then
        touch "$2/.git/index.lock"
        echo $$ > "\(marker.path).tmp" && mv "\(marker.path).tmp" "\(marker.path)"
        exec sleep 600
      fi
      exec \(try GitSites.gitExecutable().path) "$@"
      """
    let wrapper = wrapperFolder.appendingPathComponent("git")
    try script.write(to: wrapper, atomically: true, encoding: .utf8)
    chmod(wrapper.path, 0o755)
    let running = try sites.start("b", ["sync"], path: wrapperFolder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"))
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: marker.path) && Date() < deadline && running.process.isRunning { usleep(10_000) }
    let stopped = try String(contentsOf: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    kill(running.process.processIdentifier, SIGKILL)
    if let gitPID = Int32(stopped) { kill(gitPID, SIGKILL) }
    #expect(running.wait().status != 0)

    // The store's lock went with the killed process: recording works at once.
    try sites.succeed("b", ["note", id, "After the kill"])
    let next = try sites.ardoise("b", ["sync"])
    #expect(next.status == 0, "\(next.stderr)")
    #expect(next.stderr.contains("left by an interrupted sync, cleared: .git/index.lock"))
    try sites.succeed("a", ["sync"])
    #expect(try state(sites, "a", id) == (try state(sites, "b", id)))
    for note in ["From a", "From b", "After the kill"] { #expect(try sites.succeed("a", ["show", id]).contains(note)) }
    #expect(try sites.ardoise("b", ["check"]).stdout.contains("0 errors, 0 warnings"))
  }

  @Test func syncBeforeInitSaysHowToStart() throws {
    let sites = try GitSites()
    defer { sites.remove() }
    try sites.succeed("a", ["new", "--amount", "10"])
    let result = try sites.ardoise("a", ["sync"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("is not synced yet: run “ardoise sync --init URL” first"))
  }
}
