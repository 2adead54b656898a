/// Document titles, original and folded, for title suggestions.
struct TitleIndex: Sendable {
    /// Document number to title as written.
    let titles: [String]
    /// Document number to title folded word by word and joined with single spaces.
    let foldedTitles: [String]

    init(titles: [String]) {
        self.init(titles: titles, foldedTitles: titles.map(TextFolding.foldPhrase))
    }

    init(titles: [String], foldedTitles: [String]) {
        self.titles = titles
        self.foldedTitles = foldedTitles
    }
}
