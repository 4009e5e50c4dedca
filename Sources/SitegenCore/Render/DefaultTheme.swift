/// The built-in theme, compiled into the binary (SwiftPM `embedInCode`), so
/// a site needs no `Templates/` folder. Keys are the paths a site uses to
/// override a file (`sitegen init --templates` writes them out).
public enum DefaultTheme {
    /// Templates by override path; a template's name is its file stem.
    public static let templates: [String: [UInt8]] = [
        "layouts/base.mustache": PackageResources.base_mustache,
        "layouts/page.mustache": PackageResources.page_mustache,
        "layouts/section.mustache": PackageResources.section_mustache,
        "layouts/home.mustache": PackageResources.home_mustache,
        "layouts/not-found.mustache": PackageResources.not_found_mustache,
        "partials/header.mustache": PackageResources.header_mustache,
        "partials/footer.mustache": PackageResources.footer_mustache,
        "partials/nav.mustache": PackageResources.nav_mustache,
        "partials/nav-item.mustache": PackageResources.nav_item_mustache,
        "partials/toc.mustache": PackageResources.toc_mustache,
        "partials/breadcrumbs.mustache": PackageResources.breadcrumbs_mustache,
        "partials/pager.mustache": PackageResources.pager_mustache,
        "partials/table.mustache": PackageResources.table_mustache,
        "partials/matrix.mustache": PackageResources.matrix_mustache,
        "partials/decide.mustache": PackageResources.decide_mustache,
    ]

    /// Files copied to the output as they are.
    public static let assets: [String: [UInt8]] = [
        "assets/sitegen.css": PackageResources.sitegen_css,
        "assets/sitegen.js": PackageResources.sitegen_js,
        "assets/search.js": PackageResources.search_js,
        "assets/not-found.js": PackageResources.not_found_js,
        "assets/matrix.css": PackageResources.matrix_css,
    ]

    /// Interface strings by language.
    public static let strings: [String: [UInt8]] = [
        "strings/ar.yml": PackageResources.ar_yml,
        "strings/de.yml": PackageResources.de_yml,
        "strings/en.yml": PackageResources.en_yml,
        "strings/es.yml": PackageResources.es_yml,
        "strings/fr.yml": PackageResources.fr_yml,
        "strings/it.yml": PackageResources.it_yml,
        "strings/ja.yml": PackageResources.ja_yml,
        "strings/ko.yml": PackageResources.ko_yml,
        "strings/pt.yml": PackageResources.pt_yml,
        "strings/ru.yml": PackageResources.ru_yml,
        "strings/zh-CN.yml": PackageResources.zh_CN_yml,
        "strings/zh-TW.yml": PackageResources.zh_TW_yml,
    ]

    /// The languages whose interface strings ship, by tag.
    public static var languages: [String] {
        strings.keys.map { String($0.dropFirst("strings/".count).dropLast(".yml".count)) }.sorted()
    }

    /// Every file of the theme by override path.
    public static var allFiles: [String: [UInt8]] {
        templates.merging(assets) { a, _ in a }.merging(strings) { a, _ in a }
    }
}
