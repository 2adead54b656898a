/// Document titles, original and folded, for title suggestions.
struct TitleIndex: Sendable {
    /// Document number to title as written.
    let titles: StringTable
    /// Document number to title folded word by word and joined with single spaces.
    let foldedTitles: StringTable

    init(titles: [String]) {
        self.init(titles: StringTable(titles), foldedTitles: StringTable(titles.map(TextFolding.foldPhrase)))
    }

    init(titles: StringTable, foldedTitles: StringTable) {
        self.titles = titles
        self.foldedTitles = foldedTitles
    }
}
