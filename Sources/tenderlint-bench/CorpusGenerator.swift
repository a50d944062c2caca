/// Generates Swedish tender-like text: numbered headings, paragraphs of requirement
/// sentences with abbreviations, amounts, legal citations, jargon and line wrapping.
struct CorpusGenerator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    private static let subjects = [
        "Leverantören", "Kommunen", "Anbudsgivaren", "Beställaren", "Den upphandlande myndigheten", "Entreprenören",
        "Ni", "Vi", "Personalen", "Underleverantören",
    ]
    private static let verbs = ["ska", "ska", "ska", "bör", "kan", "får", "måste", "kommer att"]
    private static let actions = [
        "leverera varor till alla enheter", "få betalt varje månad", "ha personal med rätt kompetens",
        "lämna en redovisning varje kvartal", "kontrollera kvaliteten på arbetet", "åtgärda fel inom två dagar",
        "ha ett system för kvalitetsledning", "ange kontaktuppgifter till en ansvarig person",
        "planera arbetet tillsammans med förvaltningen", "informera brukarna om förändringar i god tid",
        "lämna uppgifter om underleverantörer", "följa gällande kollektivavtal", "svara på frågor inom tre dagar",
        "rapportera avvikelser till kontaktpersonen", "städa lokalerna enligt bilaga 2", "röja snö vid snödjup över 5 cm",
    ]
    private static let tails = [
        "enligt avtalet", "vid akuta fel", "i skolor och förskolor", "från den 1 maj 2026", "inom 30 dagar",
        "till ett värde av ca 2 400 000 kr per år", "senast 2026-03-15 kl. 14.00", "om inget annat har avtalats",
        "under hela avtalstiden", "(se avsnitt 5.3)", "enligt bilaga 2", "i samråd med kommunen", "t.ex. vid akuta fel",
        "bl.a. i skolor och förskolor", "fr.o.m. den 1 maj 2026", "enligt 4 kap. 17 § LOU", "m.m.",
    ]
    /// Bureaucratic variants, used in about one sentence in four, as in real tenders.
    private static let jargonVerbs = ["skall", "äger rätt att", "åligger det att"]
    private static let jargonActions = [
        "erhålla ersättning månadsvis", "tillhandahålla personal med rätt kompetens", "inkomma med en redovisning",
        "utföra en kontroll av kvaliteten", "vidta åtgärder utan dröjsmål", "erlägga vite om leveransen försenas",
        "tillse att personalen har ID-kort", "beakta miljökraven i avsnitt 4.2", "leverera varor till samtliga enheter",
    ]
    private static let jargonTails = [
        "i enlighet med avtalet", "beträffande leveranser", "avseende fakturering", "jämte eventuella tillägg",
        "såsom anges i bilaga 3",
    ]
    private static let headings = [
        "Inledning", "Upphandlingens omfattning", "Kvalificeringskrav", "Referensuppdrag", "Ekonomisk ställning",
        "Kravspecifikation", "Utvärdering", "Avtalsvillkor", "Fakturering", "Vite", "Hävning", "Bilagor",
    ]

    private mutating func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }

    mutating func sentence() -> String {
        let jargon = random.next() % 4 == 0 ? Int(random.next() % 3) : -1
        let verb = jargon == 0 ? pick(Self.jargonVerbs) : pick(Self.verbs)
        let action = jargon == 1 ? pick(Self.jargonActions) : pick(Self.actions)
        var words = "\(pick(Self.subjects)) \(verb) \(action)"
        if jargon == 2 {
            words += " " + pick(Self.jargonTails)
        } else if random.next() % 3 != 0 {
            words += " " + pick(Self.tails)
        }
        if random.next() % 4 == 0 { words += " och " + pick(Self.actions) }
        return words + (words.hasSuffix(".") ? "" : ".")
    }

    /// One document of roughly `bytes` UTF-8 bytes, lines wrapped at 80 columns.
    mutating func document(bytes target: Int, markdown: Bool) -> String {
        var text = markdown ? "# Upphandling av tjänster\n\n" : "Upphandling av tjänster\n\n"
        var chapter = 1
        while text.utf8.count < target {
            let heading = "\(chapter).\(Int(random.next() % 5) + 1) \(pick(Self.headings))"
            text += (markdown ? "## " : "") + heading + "\n\n"
            chapter += 1
            for _ in 0..<(2 + Int(random.next() % 4)) {
                var line = markdown && random.next() % 5 == 0 ? "- " : ""
                var width = line.unicodeScalars.count
                for _ in 0..<(2 + Int(random.next() % 5)) {
                    var words = sentence().split(separator: " ").map(String.init)
                    // Inline markup in a third of the Markdown sentences: emphasis or a link.
                    if markdown, random.next() % 3 == 0, words.count > 3 {
                        let at = 1 + Int(random.next() % UInt64(words.count - 2))
                        words[at] = random.next() % 2 == 0 ? "**\(words[at])**" : "[\(words[at])](https://kommun.example.se/\(at))"
                    }
                    for word in words {
                        let length = word.unicodeScalars.count
                        if width + length > 80 {
                            text += line + "\n"
                            line = ""
                            width = 0
                        }
                        line += width == 0 ? word : " " + word
                        width += length + 1
                    }
                }
                text += line + "\n\n"
            }
        }
        return text
    }

    /// A pseudo-word that is not Swedish, for growing term lists.
    mutating func pseudoWord() -> String {
        let letters = Array("abdefghijklmnoprstuvyåäö")
        let length = 5 + Int(random.next() % 8)
        return String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
    }
}
