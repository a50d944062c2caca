/// The `{{…}}` marks in a rule's flagged examples.
public enum ExampleMarkup {
    /// The example's text without marks, and the scalar ranges that were marked; nil when the
    /// example has no marks or unbalanced ones.
    public static func parse(_ example: String) -> (text: String, marks: [Range<Int>])? {
        let scalars = Array(example.unicodeScalars)
        var text = String.UnicodeScalarView()
        var marks: [Range<Int>] = []
        var open: Int?
        var index = 0
        var count = 0
        while index < scalars.count {
            if index + 1 < scalars.count, scalars[index] == "{", scalars[index + 1] == "{" {
                guard open == nil else { return nil }
                open = count
                index += 2
            } else if index + 1 < scalars.count, scalars[index] == "}", scalars[index + 1] == "}" {
                guard let start = open, start < count else { return nil }
                marks.append(start..<count)
                open = nil
                index += 2
            } else {
                text.append(scalars[index])
                count += 1
                index += 1
            }
        }
        guard open == nil, !marks.isEmpty else { return nil }
        return (String(text), marks)
    }
}
