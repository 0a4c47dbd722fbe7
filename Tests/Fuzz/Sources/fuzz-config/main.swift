// config.toml: any text gives a config and a list of problems, never a crash.
import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
  let (config, errors) = Config.parse(text, file: "config.toml")
  for error in errors { _ = error.message(.french) + error.message(.english) }
  _ = config.language(flag: nil, environment: [:])
  return 0
}
