// swift-tools-version:6.0
import PackageDescription

// Linux only: the store calls `Glibc.open`/`Glibc.write` by name and the terminal code imports
// Glibc unconditionally (signals, pseudo-terminals), so no `platforms:` line promises macOS.
let package = Package(
  name: "ardoise",
  products: [
    .executable(name: "ardoise", targets: ["ardoise"]),
    .executable(name: "ardoise-bench", targets: ["ardoise-bench"]),
    .library(name: "ArdoiseCore", targets: ["ArdoiseCore"]),
    // For the fuzz targets in Tests/Fuzz (a package of their own), which read theme files.
    .library(name: "ArdoiseUI", targets: ["ArdoiseUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
  ],
  targets: [
    // ncursesw, wide-character build, through a small C shim (macros, globals, NCURSES_WIDECHAR).
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The domain and the plain-file store. Foundation only; no terminal code.
    .target(name: "ArdoiseCore"),
    // State, actions, pure update, views into an in-memory cell grid, key table, themes.
    .target(
      name: "ArdoiseUI",
      dependencies: ["ArdoiseCore"]
    ),
    // The only code that touches ncurses.
    .target(
      name: "ArdoiseCurses",
      dependencies: ["ArdoiseCore", "ArdoiseUI", "CNcurses"]
    ),
    .executableTarget(
      name: "ardoise",
      dependencies: [
        "ArdoiseCore", "ArdoiseUI", "ArdoiseCurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    .executableTarget(
      name: "ardoise-bench",
      dependencies: ["ArdoiseCore", "ArdoiseUI", "ArdoiseCurses"]
    ),
    // A writer process for the crash tests: appends events and prints each id once it is durable.
    .executableTarget(
      name: "ardoise-store-writer",
      dependencies: ["ArdoiseCore"],
      path: "Tests/Support/ardoise-store-writer"
    ),
    // Golden documents and screen snapshots are read from the source tree, not bundled.
    .testTarget(name: "ArdoiseCoreTests", dependencies: ["ArdoiseCore"], exclude: ["Documents/Golden"]),
    .testTarget(name: "ArdoiseUITests", dependencies: ["ArdoiseUI", "ArdoiseCurses", "ArdoiseCore"], exclude: ["Snapshots"]),
    // Transcript files and fixtures are read from the source tree, not bundled.
    .testTarget(
      name: "ArdoiseCLITests",
      dependencies: ["ArdoiseCore", .product(name: "CSV", package: "CSV.swift")],
      exclude: ["Transcripts/Files", "Support/smtp-sink.py"]
    ),
  ]
)
