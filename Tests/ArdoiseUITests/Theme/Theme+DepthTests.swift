import Testing
@testable import ArdoiseUI

@Suite struct ThemeDepthTests {
  static func theme(_ style: CellStyle, background: Theme.Background = .dark) -> Theme {
    Theme(name: "t", background: background, styles: [.title: style])
  }

  @Test func trueColorKeepsRGB() {
    let style = CellStyle(foreground: .rgb(255, 136, 0))
    #expect(Self.theme(style).palette(for: .trueColor)[.title] == style)
  }

  @Test func orangeGoesTo208At256Colours() {
    let palette = Self.theme(CellStyle(foreground: .rgb(0xFF, 0x88, 0x00))).palette(for: .indexed256)
    #expect(palette[.title]?.foreground == .indexed(208))
  }

  @Test func greysUseTheGreyRampAt256Colours() {
    let palette = Self.theme(CellStyle(foreground: .rgb(0x76, 0x76, 0x76), background: .rgb(0x30, 0x30, 0x30)))
      .palette(for: .indexed256)
    #expect(palette[.title]?.foreground == .indexed(243))
    #expect(palette[.title]?.background == .indexed(236))
  }

  @Test func orangeGoesToTheNearestBasicColourAt16And8() {
    let theme = Self.theme(CellStyle(foreground: .rgb(0xFF, 0x88, 0x00)))
    #expect(theme.palette(for: .sixteen)[.title]?.foreground == .indexed(3))
    #expect(theme.palette(for: .eight)[.title]?.foreground == .indexed(3))
  }

  @Test func indexesAreKeptWhereTheTerminalHasThem() {
    let style = CellStyle(foreground: .indexed(9), background: .indexed(24))
    #expect(Self.theme(style).palette(for: .indexed256)[.title] == style)
    #expect(Self.theme(style).palette(for: .sixteen)[.title]?.foreground == .indexed(9))
  }

  @Test func brightForegroundsFoldToBoldAt8Colours() {
    let style = CellStyle(foreground: .indexed(15), background: .indexed(12))
    let mapped = Self.theme(style).palette(for: .eight)[.title]
    #expect(mapped == CellStyle(foreground: .indexed(7), background: .indexed(4), attributes: .bold))
  }

  @Test func mappingKeepsTextReadable() {
    // A mid grey on a light terminal: the nearest basic colour (white) would vanish, so a darker one is used.
    let theme = Self.theme(CellStyle(foreground: .rgb(0x58, 0x58, 0x58)), background: .light)
    for depth in [ColorDepth.eight, .sixteen, .indexed256] {
      let style = theme.palette(for: depth)[.title] ?? CellStyle()
      for backdrop in Theme.Background.light.backdrops {
        #expect(style.contrastRatio(on: backdrop) >= 4.5, "\(depth) \(style)")
      }
    }
  }

  @Test(arguments: ThemeFixtures.shippedNames)
  func monochromeHasNoColoursAndAReversedSelection(name: String) throws {
    let palette = try ThemeFixtures.theme(name).palette(for: .monochrome)
    for style in palette.values {
      #expect(style.foreground == .terminalDefault)
      #expect(style.background == .terminalDefault)
    }
    #expect(palette[.selectedRow]?.attributes.contains(.reverse) == true)
    #expect(palette[.selectedRow] != palette[.listRow])
    #expect(palette[.formFieldFocused] != palette[.formField])
  }

  /// Where the terminal has colours, every shipped colour theme draws the selection bar as a
  /// background colour, never `reverse`: ncurses can erase a run of coloured blanks (`ech`, `el`
  /// with back_color_erase) but must send every reversed blank, so a move costs fewer bytes. The
  /// bar stays bold, so the selected row does not rest on colour alone.
  @Test(arguments: ["colorblind", "dark", "default", "high-contrast", "light"])
  func theSelectionIsABackgroundColourWhereColoursExist(name: String) throws {
    let theme = try ThemeFixtures.theme(name)
    for depth in ColorDepth.allCases where depth != .monochrome {
      let style = theme.palette(for: depth)[.selectedRow] ?? CellStyle()
      #expect(style.background != .terminalDefault, "\(name) at \(depth)")
      #expect(style.foreground != .terminalDefault, "\(name) at \(depth)")
      #expect(!style.attributes.contains(.reverse), "\(name) at \(depth)")
      #expect(style.attributes.contains(.bold), "\(name) at \(depth)")
    }
  }

  @Test func theDefaultSelectionIsBoldBrightWhiteOnBlue() throws {
    let theme = try ThemeFixtures.theme("default")
    let bar = CellStyle(foreground: .indexed(15), background: .indexed(4), attributes: .bold)
    #expect(theme.palette(for: .trueColor)[.selectedRow] == bar)
    #expect(theme.palette(for: .indexed256)[.selectedRow] == bar)
    #expect(theme.palette(for: .sixteen)[.selectedRow] == bar)
    // Eight colours fold bright white onto white, which bold draws bright.
    #expect(theme.palette(for: .eight)[.selectedRow] == CellStyle(foreground: .indexed(7), background: .indexed(4), attributes: .bold))
    // Without colours the bar is reversed, as before.
    #expect(theme.palette(for: .monochrome)[.selectedRow] == CellStyle(attributes: [.bold, .reverse]))
    // The badges are coloured without bold: switching bold off costs a reset on every badge.
    #expect(theme.palette(for: .indexed256)[.moneyOwed] == CellStyle(foreground: .indexed(15), background: .indexed(1)))
    #expect(theme.palette(for: .indexed256)[.overdue] == CellStyle(foreground: .indexed(15), background: .indexed(1)))
  }

  @Test func colouredBackgroundsBecomeReverseInMonochrome() {
    let palette = Self.theme(CellStyle(foreground: .indexed(15), background: .indexed(1), attributes: .bold))
      .palette(for: .monochrome)
    #expect(palette[.title] == CellStyle(attributes: [.bold, .reverse]))
  }

  @Test func monochromeThemeUsesAttributesOnly() throws {
    let theme = try ThemeFixtures.theme("monochrome")
    for style in theme.styles.values {
      #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
      #expect(style.attributes.isSubset(of: [.bold, .reverse, .underline, .dim]))
    }
    #expect(theme.palette(for: .monochrome) == theme.styles)
  }
}
