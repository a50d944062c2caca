/// Which language a block is written in, told by its function words: English blocks in a
/// Swedish tender (a metadata block, an English summary, "Instructions in English") are not
/// linted with Swedish rules. A stop-word count is enough for a block of a sentence or more;
/// a short block (a heading, a table cell) is left undecided and counts as Swedish.
public enum LanguageGuess {
    /// ISO 639-1 code of the block's language; nil when the block is too short to tell.
    public static func of(_ text: TokenizedText) -> String? {
        var swedish = 0, english = 0, words = 0
        // The first words tell: a long block costs no more than a paragraph.
        for token in text.tokens where token.kind == .word {
            if words == 120 { break }
            words += 1
            if swedishWords.contains(token.hash) { swedish += 1 }
            if englishWords.contains(token.hash) { english += 1 }
        }
        guard words >= 6, swedish + english >= 2 else { return nil }
        if english >= 2 && english > 2 * swedish { return "en" }
        return "sv"
    }

    /// Short, frequent words of each language that the other does not use as words
    /// ("in", "a", "all", "it" are left out of English: Swedish has them too, or IT).
    static let swedishWords = TokenHashSet(words: [
        "och", "att", "det", "som", "är", "för", "på", "med", "av", "till", "den", "om", "inte", "ska",
        "eller", "har", "kan", "vid", "från", "sig", "ett", "en", "de", "vi", "ni", "hos", "enligt", "under",
        "efter", "också", "samt", "där", "detta", "dessa", "skall", "får", "måste", "genom", "utan", "mot",
    ])
    static let englishWords = TokenHashSet(words: [
        "the", "and", "of", "to", "is", "are", "for", "with", "be", "by", "this", "that", "will", "shall",
        "may", "must", "on", "or", "not", "from", "as", "an", "which", "who", "at", "its", "was", "were",
        "has", "have", "been", "their", "these", "those", "should", "would", "can", "any",
        // A metadata block or a summary has few function words: its keys and the field's nouns
        // tell instead (`Title: Procurement strategy`, `Keywords: procurement; SME`).
        "title", "subject", "author", "keywords", "created", "modified", "licence", "license", "description",
        "summary", "abstract", "publisher", "procurement", "agreement", "agreements", "contract", "contracts",
        "supplier", "suppliers", "tender", "tenders", "framework", "services", "authority",
    ])
}
