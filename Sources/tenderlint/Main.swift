import ArgumentParser
import Foundation

/// Runs the command, mapping every kind of failure onto the documented exit statuses:
/// 0 and 1 from the lint result, 2 for bad usage, configuration or input.
@main
enum Main {
    static func main() async {
        do {
            var command = try TenderLintCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("tenderlint: \(failure.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = TenderLintCommand.exitCode(for: error)
            if code == .success {
                TenderLintCommand.exit(withError: error)  // help and version
            }
            FileHandle.standardError.write(Data((TenderLintCommand.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
