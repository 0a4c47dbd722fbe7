import ArdoiseUI
import CNcurses
import Foundation

/// A pseudo-terminal pair with an ``NcursesTerminal`` on its slave side, for benchmarks and tests:
/// reads back exactly what ncurses sent, and types keys into it.
///
/// Everything runs on the calling thread, so one present must fit in the kernel's pty buffer
/// (tens of kilobytes; a full 80×24 screen is a few kilobytes).
public final class PseudoTerminal {
  /// Why a pseudo-terminal could not be used.
  public enum Failure: Error, Sendable, Equatable {
    /// `openpty` failed with this `errno`.
    case openFailed(Int32)
    /// Reading the master side failed with this `errno`, or the terminal closed it.
    case readFailed(Int32)
    /// The terminal's output did not arrive in time.
    case timedOut
  }

  /// The terminal running on the slave side.
  public let terminal: NcursesTerminal
  /// The size the pseudo-terminal reports to programs.
  public private(set) var size: Size
  private let master: Int32
  private let slave: Int32
  private var drainCount = 0
  private var isClosed = false
  private var isHungUp = false

  /// Opens a pseudo-terminal of `size` and starts an ``NcursesTerminal`` on it as `terminalName`;
  /// with `handlesSignals`, the terminal installs its restoring signal handlers as the real one does.
  ///
  /// - Throws: ``Failure/openFailed(_:)``, or ``TerminalUnavailable`` from the terminal.
  public init(
    terminalName: String = "xterm-256color", size: Size = Size(width: 80, height: 24),
    environment: [String: String] = [:], noColor: Bool = false, handlesSignals: Bool = false
  ) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    guard shim_open_pseudo_terminal(&master, &slave, Int32(size.height), Int32(size.width)) == 0 else {
      throw Failure.openFailed(errno)
    }
    _ = shim_set_nonblocking(master)
    do {
      terminal = try NcursesTerminal(
        inputDescriptor: slave, outputDescriptor: slave, terminalName: terminalName,
        environment: environment, noColor: noColor, handlesSignals: handlesSignals)
    } catch {
      Glibc.close(master)
      Glibc.close(slave)
      throw error
    }
    self.master = master
    self.slave = slave
    self.size = size
  }

  deinit { close() }

  /// Everything the terminal wrote since the last call, removed from the pseudo-terminal.
  ///
  /// Exact rather than timed: it writes a marker behind the terminal's output on the slave side
  /// and reads the master side until the marker comes through.
  public func takeOutput(timeout: Duration = .seconds(5)) throws -> [UInt8] {
    drainCount += 1
    let marker = Array("<ardoise-pseudo-terminal-drain-\(drainCount)>".utf8)
    var written = 0
    while written < marker.count {
      let count = marker[written...].withUnsafeBytes { write(slave, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw Failure.readFailed(errno) }
      written += count
    }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16_384)
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while !output.ends(with: marker) {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        output.append(contentsOf: buffer[0..<count])
        continue
      }
      if count == 0 { throw Failure.readFailed(0) }
      guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { throw Failure.readFailed(errno) }
      let remaining = clock.now.duration(to: deadline)
      guard remaining > .zero else { throw Failure.timedOut }
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      _ = poll(&descriptor, 1, Int32(min(100, remaining.components.seconds * 1000 + 1)))
    }
    output.removeLast(marker.count)
    return output
  }

  /// The bytes the terminal sends to present `grid` after what it presented before.
  public func output(presenting grid: Grid, cursor: Position? = nil) throws -> [UInt8] {
    _ = try takeOutput()
    terminal.present(grid, cursor: cursor)
    return try takeOutput()
  }

  /// How many bytes the terminal sends to present `grid` after what it presented before.
  public func bytesWritten(presenting grid: Grid, cursor: Position? = nil) throws -> Int {
    try output(presenting: grid, cursor: cursor).count
  }

  /// Types `bytes` into the terminal, as a user's keyboard would (`"\u{1B}[A"` is Up).
  public func type(_ bytes: [UInt8]) {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return }
      written += count
    }
  }

  /// Types the UTF-8 bytes of `text` into the terminal.
  public func type(_ text: String) { type(Array(text.utf8)) }

  /// Changes the size the pseudo-terminal reports and signals the process (SIGWINCH; the process,
  /// not the thread, which may block it), so that
  /// the terminal's next ``NcursesTerminal/nextEvent(timeoutMilliseconds:)`` returns the resize.
  public func resize(to size: Size) {
    _ = shim_set_window_size(master, Int32(size.height), Int32(size.width))
    self.size = size
    kill(getpid(), SIGWINCH)
  }

  /// Closes the master side, as a terminal window closing or an ssh link dropping does: the
  /// program on the slave side is hung up.
  public func hangUp() {
    guard !isHungUp else { return }
    isHungUp = true
    Glibc.close(master)
  }

  /// Closes the terminal, then both sides of the pseudo-terminal. Safe to call more than once.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    terminal.close()
    Glibc.close(slave)
    hangUp()
  }
}

extension Array where Element == UInt8 {
  /// Whether the array ends with `suffix`.
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
