import ArgumentParser

@main
struct Ardoise: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "ardoise", abstract: "Recover the bill of a customer who left without paying.")
  func run() throws { print("ardoise: the terminal UI is not built yet") }
}
