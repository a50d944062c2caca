import Testing
import TenderLintTestSupport

/// What a golden-file test prints when its output changed: a unified diff of the whole file.
struct GoldenDiffTests {
    @Test func changedLinesWithTheirContext() {
        let expected = (1...12).map { "rad \($0)" }.joined(separator: "\n")
        var lines = (1...12).map { "rad \($0)" }
        lines[5] = "rad sex"
        lines.insert("ny rad", at: 11)
        let diff = TestSupport.unifiedDiff(expected: expected, actual: lines.joined(separator: "\n"), name: "a.findings")
        #expect(diff == """
            --- a.findings (expected)
            +++ a.findings (actual)
            @@ -3,10 +3,11 @@
             rad 3
             rad 4
             rad 5
            -rad 6
            +rad sex
             rad 7
             rad 8
             rad 9
             rad 10
             rad 11
            +ny rad
             rad 12

            """)
    }

    @Test func separateHunksAndNoDiffForEqualTexts() {
        let expected = (1...30).map { "rad \($0)" }
        var actual = expected
        actual[1] = "två"
        actual[27] = "tjugoåtta"
        let diff = TestSupport.unifiedDiff(expected: expected.joined(separator: "\n"), actual: actual.joined(separator: "\n"), name: "b")
        #expect(diff.components(separatedBy: "\n@@ ").count == 3, "two hunks")
        #expect(diff.contains("@@ -1,5 +1,5 @@\n rad 1\n-rad 2\n+två\n"))
        #expect(diff.contains("@@ -25,6 +25,6 @@\n rad 25\n rad 26\n rad 27\n-rad 28\n+tjugoåtta\n"))
        #expect(TestSupport.unifiedDiff(expected: "a\nb", actual: "a\nb", name: "c").isEmpty)
    }
}
