extension Page {
    /// The option this page is about, when its front matter names exactly one (`option:`):
    /// the page's two-column tables then state that option's values, one criterion a row.
    var soleOption: String? {
        frontMatter.options.count == 1 ? frontMatter.options[0] : nil
    }

    /// Whether `table` is a key → value table of the page's option: two columns on a page
    /// about one option, a criterion in each row's first cell and its value in the second
    /// (`| 操作耗时 | 1-3天 |`). Its values answer different questions, so they are not one
    /// column of comparable values; fact-conflict compares each with the same criterion's
    /// other statements instead.
    func isKeyValueTable(_ table: DecisionTable) -> Bool {
        soleOption != nil && (table.kind == .plain || table.kind == .requirements) && table.columnCount == 2
    }
}
