import Foundation

/// glibc's allocator settings for a process that reads many cases at once.
enum MallocTuning {
  /// Makes every allocation of 128 KiB or more get its own pages, given back when freed. By
  /// default glibc raises that threshold each time such a block is freed, after which large
  /// buffers (a log, the summary cache, a batch of JSON) stay in the heap: at a hundred thousand
  /// cases the peak was 34 MiB higher. `mallopt` is not in Swift's Glibc module, so it is looked
  /// up by name; without it (another C library) nothing changes.
  static func returnLargeBuffers() {
    #if os(Linux)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
      _ = mallopt(mmapThreshold, 128 * 1024)
    #endif
  }
}
