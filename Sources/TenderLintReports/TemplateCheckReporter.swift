import TenderLintRules

/// The text `tenderlint template check` prints: each problem of the template with its
/// position, then what the template holds, so its maintainers see what tenders are checked
/// against.
public enum TemplateCheckReporter {
    public static func render(_ template: Template) -> String {
        var lines: [String] = []
        for problem in template.problems {
            var location = template.path
            if let line = problem.line { location += ":\(line)" + (problem.column.map { ":\($0)" } ?? "") }
            if problem.message.hasPrefix("sidofilen"), let sidecar = template.sidecarPath { location = sidecar }
            lines.append("\(location): fel: \(problem.message)")
        }
        let sections = template.sections
        let paragraphs = sections.flatMap(\.paragraphs)
        let optional = sections.filter(\.optional).count
        let boilerplate = paragraphs.filter(\.isBoilerplate).count
        let editable = paragraphs.filter(\.editable).count
        let fillIns = paragraphs.reduce(0) { $0 + $1.fillIns }
        lines.append("")
        lines.append("Mall: \(template.path)")
        lines.append("Sidofil: " + (template.sidecarPath ?? "ingen (inga valfria avsnitt eller fritt redigerbara stycken)"))
        lines.append("Avsnitt: \(sections.count), varav \(optional) valfria")
        lines.append("Stycken: \(paragraphs.count): \(boilerplate) standardtexter, \(editable) fritt redigerbara, "
            + "\(paragraphs.count - boilerplate - editable) med ifyllnadsställen (\(fillIns) ifyllnadsställen)")
        for section in sections {
            let indent = String(repeating: "  ", count: max(section.level - 1, 0))
            lines.append("  " + indent + section.heading + (section.optional ? " (valfritt)" : ""))
        }
        lines.append(template.problems.isEmpty ? "Inga fel i mallen." : "\(template.problems.count) fel i mallen.")
        return lines.joined(separator: "\n") + "\n"
    }
}
