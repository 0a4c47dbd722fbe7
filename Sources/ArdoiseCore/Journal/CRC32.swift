/// CRC-32 (IEEE 802.3, the zlib one) of a record, to tell a damaged or hand-edited line.
enum CRC32 {
  /// The byte-at-a-time table: `table[n]` is the CRC of the single byte `n`.
  static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = (value & 1) != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// Eight tables of 256 entries, one after the other, for slicing-by-8: entry `k * 256 + n` is
  /// the CRC of byte `n` followed by `k` zero bytes, so eight bytes fold into the CRC with eight
  /// independent look-ups instead of eight dependent ones.
  static let slicingTables: [UInt32] = {
    var tables = table
    tables.reserveCapacity(8 * 256)
    for slice in 1..<8 {
      for index in 0..<256 {
        let previous = tables[(slice - 1) * 256 + index]
        tables.append(table[Int(previous & 0xFF)] ^ (previous >> 8))
      }
    }
    return tables
  }()

  static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
    if let crc = bytes.withContiguousStorageIfAvailable({ checksum(buffer: $0) }) { return crc }
    var crc: UInt32 = 0xFFFF_FFFF
    table.withUnsafeBufferPointer { table in
      for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// The CRC of contiguous bytes, eight at a time, then the last few one by one.
  static func checksum(buffer bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    slicingTables.withUnsafeBufferPointer { tables in
      var index = 0
      let count = bytes.count
      while index + 8 <= count {
        let low = crc ^ (UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
          | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
        crc = tables[7 * 256 + Int(low & 0xFF)] ^ tables[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ tables[5 * 256 + Int((low >> 16) & 0xFF)] ^ tables[4 * 256 + Int(low >> 24)]
          ^ tables[3 * 256 + Int(bytes[index + 4])] ^ tables[2 * 256 + Int(bytes[index + 5])]
          ^ tables[1 * 256 + Int(bytes[index + 6])] ^ tables[Int(bytes[index + 7])]
        index += 8
      }
      while index < count {
        crc = tables[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// The checksum a line states after its tab: exactly eight hex digits, either case, read
  /// straight from the bytes; nil for anything else. The reverse of ``hex(_:)``.
  static func value(hex digits: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard digits.count == 8 else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      let nibble: UInt8
      switch byte {
      case 0x30...0x39: nibble = byte - 0x30
      case 0x61...0x66: nibble = byte - 0x61 + 10
      case 0x41...0x46: nibble = byte - 0x41 + 10
      default: return nil
      }
      value = value << 4 | UInt32(nibble)
    }
    return value
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }
}
