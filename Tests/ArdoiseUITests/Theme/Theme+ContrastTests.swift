import Testing
@testable import ArdoiseUI

/// Every text role's foreground against its background, per WCAG 2.
///
/// `default` colours are measured on the backdrops of the theme's declared background (black and
/// dark grey for `dark`, white and off-white for `light`, all four for `terminal`, so the
/// `default` theme must read on both black and white). `reverse` swaps the colours first. `dim`
/// is measured as the foreground mixed half-way into the background and needs 3:1, like
/// `border` (see `Theme+Contrast.swift`); other roles need 4.5:1. Checked at every colour depth,
/// since an 8-colour console shows the mapped colours, not the declared ones.
@Suite struct ThemeContrastTests {
  static let colouredThemes = ["colorblind", "dark", "default", "high-contrast", "light"]

  @Test func luminanceAndRatioMatchWCAG() {
    let black = RGBColor(red: 0, green: 0, blue: 0), white = RGBColor(red: 255, green: 255, blue: 255)
    #expect(black.relativeLuminance == 0)
    #expect(white.relativeLuminance == 1)
    #expect(abs(white.contrastRatio(against: black) - 21) < 1e-9)
    // #767676 is the lightest grey that passes 4.5:1 on white.
    let grey = RGBColor(red: 0x76, green: 0x76, blue: 0x76)
    #expect(grey.contrastRatio(against: white) > 4.5)
    #expect(RGBColor(red: 0x77, green: 0x77, blue: 0x77).contrastRatio(against: white) < 4.54)
    #expect(TerminalColor.indexed(1).contrastRatio(against: .indexed(15)).map { abs($0 - 5.84) < 0.01 } == true)
    #expect(TerminalColor.terminalDefault.contrastRatio(against: .indexed(0)) == nil)
  }

  @Test func reverseSwapsAndDimBlends() {
    let backdrop = TerminalBackdrop.black
    let reversed = CellStyle(foreground: .indexed(4), attributes: .reverse).effectiveColors(on: backdrop)
    #expect(reversed.text == backdrop.background)
    #expect(reversed.background == XtermPalette.color(at: 4))
    let dimmed = CellStyle(foreground: .rgb(200, 200, 200), attributes: .dim).effectiveColors(on: backdrop)
    #expect(dimmed.text == RGBColor(red: 100, green: 100, blue: 100))
  }

  @Test(arguments: colouredThemes, ColorDepth.allCases.filter { $0 != .monochrome })
  func everyRoleIsReadable(name: String, depth: ColorDepth) throws {
    let theme = try ThemeFixtures.theme(name)
    let shortfalls = theme.contrastShortfalls(in: theme.palette(for: depth))
    #expect(shortfalls.isEmpty, "\(name) at \(depth): \(shortfalls.map(\.description).joined(separator: "; "))")
  }

  @Test func defaultThemeIsCheckedOnBlackAndWhite() throws {
    let theme = try ThemeFixtures.theme("default")
    #expect(theme.background == .terminal)
    #expect(theme.background.backdrops.contains(.black))
    #expect(theme.background.backdrops.contains(.white))
  }

  @Test func colorblindThemeAvoidsRedAgainstGreen() throws {
    let theme = try ThemeFixtures.theme("colorblind")
    let colours = theme.styles.values.flatMap { [$0.foreground, $0.background] }.compactMap(\.rgbValue)
    // No pure or near-pure red or green hue: every colour has blue or is an orange/yellow with red > green.
    for colour in colours where colour.red != colour.green || colour.green != colour.blue {
      let isGreenish = Int(colour.green) > Int(colour.red) + 40 && Int(colour.green) > Int(colour.blue) + 40
      let isPureRed = colour.red > 150 && colour.green < 60 && colour.blue < 60
      #expect(!isGreenish && !isPureRed, "\(colour)")
    }
  }

  @Test func lowContrastIsFound() throws {
    let text = ThemeFixtures.minimalText(replacing: "title", with: #"title = { fg = "blue" }"#,
                                         header: "[theme]\nname = \"t\"\nbackground = \"dark\"")
    let shortfalls = try Theme(toml: text, file: "t.toml").contrastShortfalls()
    #expect(shortfalls.map(\.role) == [.title, .title])
  }
}
