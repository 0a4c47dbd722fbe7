// playbook.toml: any text gives a playbook (the built-in one when the file is bad) and problems
// with their lines, never a crash.
import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
  let result = Playbook.load(tomlText: text, file: "playbook.toml")
  precondition(!result.playbook.steps.isEmpty, "a playbook with no step")
  for error in result.errors { _ = error.message(.french) + error.message(.english) }
  return 0
}
