// A theme file: any text gives a theme or an error with its line, never a crash.
import ArdoiseCore
import ArdoiseUI

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
  do {
    let theme = try Theme(toml: text, file: "fuzz.toml")
    _ = theme.contrastShortfalls()
  } catch {
    _ = error.message(.french) + error.message(.english)
  }
  return 0
}
