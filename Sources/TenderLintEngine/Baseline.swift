import Foundation
import TenderLintCore

/// Findings accepted earlier, read from a previous JSON report. A finding is known when the
/// same file had a finding with the same fingerprint (rule, matched words, words around it);
/// line numbers play no part, so an edit above does not bring old findings back. Repeated
/// identical findings are counted, so a new copy of an old problem is still reported.
public struct Baseline: Sendable {
    private var counts: [String: [String: Int]] = [:]

    public init() {}

    /// Paths are compared absolute and standardized: `a.md`, `./a.md` and `/work/a.md` are
    /// one file. Relative paths in a baseline are taken from the working directory, as the
    /// report that made it was.
    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    public static func load(path: String) throws(TenderLintError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TenderLintError(path: path, message: "baslinjefilen finns inte eller kunde inte läsas")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw TenderLintError(path: path, message: "baslinjefilen är inte giltig JSON (ska vara en tidigare rapport från --format json)")
        }
        guard let report = object as? [String: Any], let files = report["files"] as? [[String: Any]] else {
            throw TenderLintError(path: path, message: "baslinjefilen saknar ”files”; använd en rapport från --format json")
        }
        var baseline = Baseline()
        for file in files {
            guard let filePath = file["path"] as? String, let findings = file["findings"] as? [[String: Any]] else { continue }
            for finding in findings {
                guard let fingerprint = finding["fingerprint"] as? String else {
                    throw TenderLintError(path: path, message: "ett fynd i baslinjefilen saknar ”fingerprint”")
                }
                baseline.counts[Self.key(filePath), default: [:]][fingerprint, default: 0] += 1
            }
        }
        return baseline
    }

    /// The findings of one file that the baseline does not already hold.
    public func newFindings(_ findings: [Finding], path: String) -> [Finding] {
        guard var remaining = counts[Self.key(path)] else { return findings }
        return findings.filter { finding in
            if let count = remaining[finding.fingerprint], count > 0 {
                remaining[finding.fingerprint] = count - 1
                return false
            }
            return true
        }
    }
}
