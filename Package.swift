// swift-tools-version:6.0
import PackageDescription

// Release builds on Linux allocate through jemalloc (Debian's libjemalloc-dev): parsing and
// rendering on every core make millions of small allocations, and glibc's malloc spent about a
// tenth of the build in its bins and arena locks (BENCHMARKS.md, stop 18). SITEGEN_SYSTEM_MALLOC=1
// builds with the C library's malloc instead. Debug builds (and so the sanitizer runs) keep it too.
let mallocLinkerSettings: [LinkerSetting] =
    Context.environment["SITEGEN_SYSTEM_MALLOC"] != nil
    ? [] : [.linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
        .plugin(name: "SitegenCheck", targets: ["SitegenCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // swift-mustache 2.1.1 with a small speed patch (Vendor/swift-mustache/SITEGEN.md).
        .package(path: "Vendor/swift-mustache"),
        // The dev server's HTTP: SwiftNIO (request-size limits, no leaks under load; FlyingFox had neither).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    ],
    targets: [
        // The C library, found through pkg-config. Only Read/MarkdownParser.swift imports it.
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Lets cmark-gfm parses run on several threads (see CMarkSharedTable.c).
        .target(name: "CMarkSharedTable", linkerSettings: [.linkedLibrary("dl")]),
        // Serves each cmark-gfm parse from a per-thread arena (see CMarkArena.c).
        .target(name: "CMarkArena"),
        // jemalloc's options (`malloc_conf`), linked into the executable only.
        .target(name: "SitegenMallocConf"),
        .target(
            name: "SitegenCore",
            dependencies: [
                "CCMarkGFM",
                "CMarkSharedTable",
                "CMarkArena",
                "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.embedInCode("Theme")]
        ),
        // `sitegen serve`: HTTP, file watching, live reload. Its own target so the core stays light.
        .target(
            name: "SitegenServer",
            dependencies: [
                "SitegenCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenServer",
                "SitegenMallocConf",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: mallocLinkerSettings
        ),
        // `swift package sitegen-check`: runs the checker in any package that keeps docs with decision tables.
        .plugin(
            name: "SitegenCheck",
            capability: .command(intent: .custom(
                verb: "sitegen-check", description: "Check the decision tables of the package's sitegen site")),
            dependencies: ["sitegen"]
        ),
        // The fuzz target's body (in-memory file system, whole-build checks, HTML safety oracle),
        // a library so the tests replay the fuzz corpus through the same code.
        .target(name: "SitegenFuzzing", dependencies: ["SitegenCore"]),
        .testTarget(name: "SitegenCoreTests", dependencies: [
            "SitegenCore", "SitegenFuzzing", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "SitegenCLITests", dependencies: ["SitegenCore"]),
        .testTarget(name: "SitegenServerTests", dependencies: [
            "SitegenServer", "SitegenCore", .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
    ]
)

// The libFuzzer target (Scripts/fuzz). It links only with `-sanitize=fuzzer` (libFuzzer's driver),
// so it exists only when SITEGEN_FUZZ is set and stays out of the normal build.
if Context.environment["SITEGEN_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "sitegen-fuzz", dependencies: ["SitegenFuzzing"]))
}
