import Foundation

/// Finds the default rule pack (`Rules/`) that ships with tenderlint.
public enum RulePackLocator {
    /// In order: `$TENDERLINT_RULES`; `share/tenderlint/Rules` beside an installed binary;
    /// the `Rules/` folder of the package the binary was built in (for `swift run`); `Rules/`
    /// in the working directory.
    public static func defaultRulesDirectory(executablePath: String = CommandLine.arguments.first ?? "") -> String? {
        let fileManager = FileManager.default
        if let environment = ProcessInfo.processInfo.environment["TENDERLINT_RULES"], !environment.isEmpty {
            return environment
        }
        var isDirectory: ObjCBool = false
        func isFolder(_ path: String) -> Bool {
            fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = executable.deletingLastPathComponent().appendingPathComponent("share/tenderlint/Rules").path
        if isFolder(installed) { return installed }
        var directory = executable
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Rules").path
            if isFolder(candidate), fileManager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Rules").path
        return isFolder(local) ? local : nil
    }
}
