import Dispatch

/// Maps over an array on every core; results keep the input order.
enum ParallelMap {
  static func map<Input: Sendable, Output>(_ inputs: [Input], minimumCount: Int = 64, _ transform: @Sendable (Input) -> Output) -> [Output] {
    guard inputs.count >= minimumCount else { return inputs.map(transform) }
    let results = ResultSlots<Output>(count: inputs.count)
    let chunks = min(inputs.count, 64)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var index = chunk
      while index < inputs.count {
        results.set(index, transform(inputs[index]))
        index += chunks
      }
    }
    return results.values()
  }
}

/// Write-once slots filled from several threads; each index is written by exactly one thread,
/// through a raw buffer allocated up front (no exclusivity check on a shared array).
private final class ResultSlots<Value>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Value?>
  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }
  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }
  func set(_ index: Int, _ value: Value) { buffer[index] = value }
  func values() -> [Value] { buffer.compactMap { $0 } }
}
