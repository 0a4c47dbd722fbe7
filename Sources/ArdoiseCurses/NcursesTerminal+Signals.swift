import CNcurses
import Glibc

/// The signal handlers that restore the terminal: SIGTERM, SIGHUP and SIGINT only set a flag that
/// ``NcursesTerminal/nextEvent(timeoutMilliseconds:)`` turns into `.terminate`; a crash (SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) writes precomputed reset bytes, restores the saved tty
/// modes and dies of the same signal.
///
/// The handlers and their state are C in the shim (async-signal-safe, no Swift runtime). Every
/// object file that calls a `static inline` shim function gets its own copy of that state, so the
/// `shim_signal_*` functions are called from this file only, and its functions are never inlined
/// into another file: an optimized build once inlined `stopRequested` into the event loop's file,
/// which then read a copy no handler ever set, and release builds ignored every stop signal.
enum SignalGuard {
  /// Records what a crash must undo, then installs the handlers.
  ///
  /// - Parameters:
  ///   - outputDescriptor: the terminal the reset bytes go to, and whose modes are restored.
  ///   - savedModes: the tty modes from before curses started.
  ///   - resetBytes: leave the alternate screen, show the cursor, reset attributes (at most 512).
  @inline(never)
  static func install(outputDescriptor: Int32, savedModes: termios?, resetBytes: [UInt8]) {
    resetBytes.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { characters in
        if var modes = savedModes {
          shim_signal_prepare(outputDescriptor, outputDescriptor, &modes, characters.baseAddress, characters.count)
        } else {
          shim_signal_prepare(outputDescriptor, outputDescriptor, nil, characters.baseAddress, characters.count)
        }
      }
    }
    shim_signal_install()
  }

  /// Puts back the signal actions that were in place before ``install(outputDescriptor:savedModes:resetBytes:)``.
  @inline(never)
  static func uninstall() {
    shim_signal_uninstall()
  }

  /// Whether SIGTERM, SIGHUP or SIGINT arrived since the handlers were installed.
  static var stopRequested: Bool {
    @inline(never) get { shim_signal_stop_requested() != 0 }
  }
}
