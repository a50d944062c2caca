import Foundation

/// `tenderlint rules` and `tenderlint explain`: the rules as documentation, in Swedish.
public enum RuleCatalog {
    /// One line per rule: id, category, severity, summary.
    public static func list(_ rules: [any Rule]) -> String {
        let sorted = rules.map(\.metadata).sorted { $0.id < $1.id }
        let idWidth = max(4, sorted.map(\.id.count).max() ?? 0)
        let categoryWidth = max(9, sorted.map(\.category.rawValue.count).max() ?? 0)
        var output = ""
        for rule in sorted {
            output += rule.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                + rule.category.rawValue.padding(toLength: categoryWidth + 2, withPad: " ", startingAt: 0)
                + rule.severity.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + rule.summary + "\n"
        }
        output += "\n\(sorted.count) \(sorted.count == 1 ? "regel" : "regler")\n"
        return output
    }

    /// A rule's documentation in the fixed shape: what it does, why, examples, what to
    /// write instead, legal basis.
    public static func explain(_ rule: any Rule) -> String {
        let metadata = rule.metadata
        var output = "\(metadata.id) — \(metadata.summary)\n"
        output += "Typ: \(metadata.kind) · Kategori: \(metadata.category.rawValue) (\(metadata.category.swedishName))"
            + " · Allvarlighetsgrad: \(metadata.severity.rawValue)\n\n"
        output += "Vad regeln gör\n" + describe(rule) + "\n\n"
        output += "Varför\n" + wrap(metadata.rationale) + "\n\n"
        output += "Exempel\n"
        for example in metadata.examples.flagged {
            let marked = example.replacingOccurrences(of: "{{", with: "»").replacingOccurrences(of: "}}", with: "«")
            output += "  ✗ \(marked)\n"
        }
        output += "\nSkriv i stället\n"
        if let advice = metadata.advice { output += wrap(advice) + "\n" }
        for example in metadata.examples.accepted { output += "  ✓ \(example)\n" }
        output += "\nRättslig grund\n" + (metadata.legalBasis.map(wrap) ?? "  –") + "\n"
        return output
    }

    private static func describe(_ rule: any Rule) -> String {
        let metadata = rule.metadata
        switch rule {
        case let rule as SubstitutionRule:
            let sample = rule.entries.prefix(8).map { "\($0.term) → \($0.alternatives.joined(separator: "/"))" }
            return wrap("Flaggar \(rule.entries.count) ord och fraser och föreslår enklare ord, t.ex. "
                + sample.joined(separator: ", ") + ".")
        case let rule as ExistenceRule:
            return wrap("Flaggar \(rule.termTexts.count) termer och \(rule.patterns.patterns.count) mönster. "
                + "Meddelande: \(metadata.message)")
        case let rule as PatternRule:
            var text = "Flaggar text som matchar mönstret \(rule.pattern.source)"
            if let unless = rule.unless { text += ", utom i meningar som också matchar \(unless.source)" }
            return wrap(text + ".")
        case let rule as ExplainedTermsRule:
            return wrap("Flaggar första användningen av \(rule.entries.count) upphandlingsbegrepp som inte förklaras där "
                + "(inom parentes, med ”det vill säga”, ”innebär”, ”med … avses”) eller i en ordlista, t.ex. "
                + rule.entries.prefix(6).map(\.term).joined(separator: ", ") + ".")
        case let rule as AbbreviationRule:
            return wrap("Flaggar första användningen av en förkortning som inte har skrivits ut tidigare, bland annat "
                + rule.entries.prefix(8).map(\.abbreviation).joined(separator: ", ")
                + (rule.definedLater ? ", och förkortningar som dokumentet förklarar först längre fram." : "."))
        case let rule as LegalReferenceRule:
            switch rule.report {
            case .citations:
                return wrap("Flaggar varje hänvisning till lagparagrafer, EU-rätt, förarbeten och domar, en gång per hel "
                    + "hänvisning. För de bestämmelser i LOU som upphandlingar oftast hänvisar till förklarar meddelandet "
                    + "vad bestämmelsen innebär.")
            case .unknownProvisions:
                return wrap("Flaggar hänvisningar till kapitel och paragrafer som inte finns i LOU, LUF, LUK eller LUFS, "
                    + "enligt tabeller som tagits fram ur lagtexterna.")
            case .repealed:
                return wrap("Flaggar hänvisningar till de upphävda lagarna från 2007 (LOU 2007:1091, LUF 2007:1092).")
            }
        case let rule as KeyFactsRule:
            return wrap("Jämför uppgifterna " + rule.facts.map { "”\($0.name.lowercased())”" }.joined(separator: ", ")
                + " där de anges i dokumentet, och mellan filerna i samma upphandling (samma mapp).")
        case let rule as TermVariationRule:
            return wrap("Flaggar ord som betyder samma sak som ett annat ord i dokumentet eller upphandlingen: "
                + rule.groups.map { group in group.variants.map { $0[0] }.joined(separator: " / ") }.joined(separator: "; ")
                + ". Det första ordet i varje grupp rekommenderas.")
        case is TemplateRule:
            return wrap(metadata.summary + " Kräver en mall: --template MALL eller template: i .tenderlint.yml.")
        case let rule as WordShapeRule:
            let shape = rule.endings.isEmpty
                ? "ord med minst \(rule.minimumLetters) bokstäver"
                : "ord som slutar på " + rule.endings.prefix(5).map { "-\($0)" }.joined(separator: ", ")
                    + (rule.followedBy.isEmpty ? "" : " följda av " + rule.followedBy.sorted().map { "”\($0)”" }.joined(separator: " eller "))
            return wrap("Flaggar \(shape).")
        default:
            return wrap(metadata.summary)
        }
    }

    /// Indents and wraps prose at 90 columns.
    static func wrap(_ text: String) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = " "
            for word in paragraph.split(separator: " ") {
                if line.count + word.count + 1 > 90, line.count > 1 {
                    lines.append(line)
                    line = " "
                }
                line += " " + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
