// swift-tools-version:5.4
// Coverage-guided fuzz targets (libFuzzer) for ardoise's readers, in a package of their own so
// the product builds as before. Build and run them with ./run (see README.md, "Fuzzing").
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's `main` on Linux and
// expects `<target>_main`, which a libFuzzer target (`-parse-as-library`, libFuzzer's own `main`)
// does not have.
import PackageDescription

let core = Target.Dependency.product(name: "ArdoiseCore", package: "ardoise")
let ui = Target.Dependency.product(name: "ArdoiseUI", package: "ardoise")

/// One executable per target: `Sources/<name>/main.swift` defines `LLVMFuzzerTestOneInput`.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency] = [core]) -> Target {
  .executableTarget(name: name, dependencies: dependencies, path: "Sources/\(name)")
}

let package = Package(
  name: "ardoise-fuzz",
  dependencies: [.package(name: "ardoise", path: "../..")],
  targets: [
    fuzzTarget("fuzz-log-line"),
    fuzzTarget("fuzz-flat-json"),
    fuzzTarget("fuzz-money"),
    fuzzTarget("fuzz-time"),
    fuzzTarget("fuzz-config"),
    fuzzTarget("fuzz-playbook"),
    fuzzTarget("fuzz-theme", [core, ui]),
    fuzzTarget("fuzz-template"),
    fuzzTarget("fuzz-summary-cache"),
    fuzzTarget("fuzz-rendered-cache"),
  ]
)
