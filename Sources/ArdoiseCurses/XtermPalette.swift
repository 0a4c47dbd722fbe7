/// The xterm 256-colour palette: the RGB value of each index, and the nearest index to a colour.
enum XtermPalette {
  /// The usual RGB values of the 16 basic colours (xterm's defaults).
  private static let basic: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six levels of each axis of the 6×6×6 colour cube (indices 16–231).
  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The RGB value of palette index `index` (0–255; out-of-range indices are clamped).
  static func rgb(_ index: Int) -> (red: Int, green: Int, blue: Int) {
    let index = min(max(index, 0), 255)
    if index < 16 {
      let (red, green, blue) = basic[index]
      return (red, green, blue)
    }
    if index < 232 {
      let cube = index - 16
      return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    }
    let grey = 8 + (index - 232) * 10
    return (grey, grey, grey)
  }

  /// The index among the first `count` palette entries (at most 256) closest to the colour.
  static func nearest(red: Int, green: Int, blue: Int, among count: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    for index in 0..<max(1, min(count, 256)) {
      let candidate = rgb(index)
      let distance = square(candidate.red - red) * 3 + square(candidate.green - green) * 4 + square(candidate.blue - blue) * 2
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return best
  }

  private static func square(_ value: Int) -> Int { value * value }
}
