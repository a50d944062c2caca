/// A citation of a legal source found in text: its tokens and what it points at.
public struct LegalCitation: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Chapters, sections, paragraphs (stycken), points of a Swedish statute.
        case provision
        /// A statute named by its SFS number or full name, without a provision.
        case statute
        /// A provision or act of EU law.
        case euLaw
        /// Preparatory works: propositions, SOU, Ds.
        case preparatoryWork
        /// Court decisions: HFD, RÅ, NJA, EU court cases, case numbers.
        case caseLaw
        /// A statute or act by its name or abbreviation alone: `LOU`, `GDPR`, `dataskyddsförordningen`.
        case name
    }

    /// A chapter and the sections cited in it (no sections: the whole chapter).
    public struct Provision: Sendable, Equatable {
        public var chapter: String?
        public var sections: [String]
    }

    public var kind: Kind
    /// Token indices of the whole citation.
    public var tokens: Range<Int>
    /// The statute's abbreviation when it is known (`LOU`), from the name, the abbreviation or
    /// the SFS number.
    public var statute: String?
    /// The SFS number when the citation gives it (`2016:1145`).
    public var sfs: String?
    public var provisions: [Provision]
}
