import ArgumentParser

/// `ExportFormat` on the command line (`--format csv|json`).
extension ExportFormat: CommandLineChoice {
  init?(argument: String) { self.init(choice: argument) }

  var spellings: [String] { [] }
}
