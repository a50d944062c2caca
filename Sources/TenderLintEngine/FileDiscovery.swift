import Foundation
import TenderLintCore

/// Expands the paths given on the command line into the files to lint.
public enum FileDiscovery {
    /// Files in a stable order, and an error for each path that gives nothing to lint.
    public static func expand(_ paths: [String]) -> (files: [String], errors: [TenderLintError]) {
        var files: [String] = []
        var errors: [TenderLintError] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.fileNotFound(path))
                continue
            }
            if isDirectory.boolValue {
                let found = walk(path)
                if found.isEmpty { errors.append(.noSupportedFiles(path)) }
                for file in found where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                    files.append(file)
                }
            } else if DocumentFormat(path: path) == nil {
                errors.append(.unsupportedFormat(path))
            } else if seen.insert(URL(fileURLWithPath: path).standardizedFileURL.path).inserted {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// Supported files under a folder, recursively, skipping hidden files and folders, the
    /// copies tenderlint writes itself (`anbud.kommenterad.docx`, `anbud.rättad.md`), and not
    /// following symbolic links to folders (which could loop).
    static func walk(_ directory: String) -> [String] {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let rootPath = root.standardizedFileURL.path
        var files: [String] = []
        for case let url as URL in enumerator {
            // A symbolic link to a file counts as that file (links to folders are not followed).
            guard DocumentFormat(path: url.lastPathComponent) != nil, !GeneratedCopy.isGeneratedCopy(url.lastPathComponent),
                  (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath + "/") else { continue }
            let relative = String(full.dropFirst(rootPath.count + 1))
            files.append(base.isEmpty ? relative : base + "/" + relative)
        }
        return files.sorted()
    }
}
