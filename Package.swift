// swift-tools-version: 6.1
import PackageDescription

// Release builds let the compiler inline across our own modules (the painter compares and copies
// cells and styles of RekindleUI; without it each comparison was a call).
let acrossModules: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

// The release app is one static executable, linked by the toolchain's lld (README, Performance):
// no dynamic loader at start (it made 4,100 symbol look-ups and 92,000 relocations), and the
// functions a start runs laid out side by side in the order of Sources/rekindle/link-order.txt
// (Tests/bench/link-order.sh writes it), so the first frame faults in 9 MB of code, not 15.
// Not static-PIE: glibc's static-PIE start asserts there is no run path, and SwiftPM always adds
// one ($ORIGIN). ncurses needs its terminfo half named when linked statically. Debug builds (the
// tests) stay dynamic.
let packageFolder = String(#filePath.dropLast("Package.swift".count))
let staticRelease: [LinkerSetting] = [
    .unsafeFlags([
        "-static-executable", "-use-ld=lld",
        "-Xlinker", "--symbol-ordering-file=\(packageFolder)Sources/rekindle/link-order.txt",
        "-Xlinker", "--no-warn-symbol-ordering", "-ltinfo",
    ], .when(configuration: .release)),
]

let package = Package(
    name: "rekindle",
    products: [
        .executable(name: "rekindle", targets: ["rekindle"]),
        // Libraries so throwaway harnesses outside the repo can drive the layers directly.
        .library(name: "RekindleKit", targets: ["RekindleKit"]),
        .library(name: "RekindleUI", targets: ["RekindleUI"]),
        .library(name: "RekindleTerminal", targets: ["RekindleTerminal"]),
        .library(name: "RekindleConfig", targets: ["RekindleConfig"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Pure model + SQLite: guide format, store, progress, export, paths, text sanitising.
        .target(
            name: "RekindleKit",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: acrossModules
        ),
        // C shim over libncursesw: the macros and wide-character calls Swift cannot import directly.
        .target(
            name: "CNcurses",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_XOPEN_SOURCE_EXTENDED", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // libsodium, for encrypted backups and exports: Argon2id and XChaCha20-Poly1305 secretstream.
        .systemLibrary(name: "CSodium", providers: [.apt(["libsodium-dev"])]),
        // glibc's mallopt, for how the app's allocator gives memory back (`MemoryUse`).
        .systemLibrary(name: "CMalloc"),
        // The encrypted file format (`SealedFile`) over CSodium.
        .target(name: "RekindleCrypto", dependencies: ["CSodium"]),
        // Pure interface: state, update, layout, render to a Grid. Never imports CNcurses.
        .target(name: "RekindleUI", dependencies: ["RekindleKit"], swiftSettings: acrossModules),
        // The real store behind the interface's `WorkbookStore`, so RekindleUI never depends on it.
        .target(name: "RekindleStoreAdapter", dependencies: ["RekindleKit", "RekindleUI"]),
        // The person's config.toml (TOMLKit parses it) as keys, theme, glyphs and settings.
        .target(name: "RekindleConfig", dependencies: ["RekindleUI", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The only code that touches ncurses.
        .target(name: "RekindleTerminal", dependencies: ["RekindleKit", "RekindleUI", "CNcurses"], swiftSettings: acrossModules),
        .executableTarget(
            name: "rekindle",
            dependencies: [
                "RekindleKit", "RekindleUI", "RekindleStoreAdapter", "RekindleTerminal", "RekindleCrypto", "RekindleConfig", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["link-order.txt"],
            linkerSettings: staticRelease
        ),
        // Benchmarks: the large-database fixture and headless figures (`make bench`).
        // Linked as the app is, so a key's cost is measured on the app's own layout of the code.
        .executableTarget(name: "rekindle-bench", dependencies: ["RekindleKit", "RekindleUI", "RekindleStoreAdapter", "RekindleTerminal"],
                          path: "Sources/RekindleBench", linkerSettings: staticRelease),
        .testTarget(
            name: "RekindleKitTests",
            dependencies: [
                "RekindleKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // Store tests build damaged and future-version databases with raw SQL.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // The terminal layer without a terminal: the input reader on scripted bytes, the painter on a fake surface.
        .testTarget(name: "RekindleCryptoTests", dependencies: ["RekindleCrypto"]),
        // The command line's own logic that needs no process: the interface's fast path against the parser.
        .testTarget(name: "RekindleCLITests", dependencies: ["rekindle"]),
        .testTarget(name: "RekindleTerminalTests", dependencies: ["RekindleTerminal", "RekindleUI"]),
        // Config files: every kind of mistake at its line and column, the default file round trip.
        .testTarget(name: "RekindleConfigTests", dependencies: ["RekindleConfig", "RekindleUI"]),
        .testTarget(
            name: "RekindleUITests",
            dependencies: ["RekindleUI", "RekindleKit", "RekindleStoreAdapter", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ]
)
