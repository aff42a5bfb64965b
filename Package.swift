// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "attend",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "attend", targets: ["attend"]),
        .library(name: "AttendanceRules", targets: ["AttendanceRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Property tests of the rules' invariants (test targets only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Letter templates (Mustache) and the DOCX package (a ZIP).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The shared store for organisations: PostgreSQL's Swift driver, its TLS and logging.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // SHA-256 for `attend store copy`'s check of every document (already postgres-nio's).
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Pure domain rules: value types, calendars, counting, triggers, duties, checks.
        // No I/O: callers hand it the bytes of policy and bank-holiday files.
        .target(name: "AttendanceRules"),
        // The JSON-file store: documents, atomic writes, locking, migration, audit log.
        .target(name: "AttendanceStore", dependencies: ["AttendanceRules"]),
        // The shared PostgreSQL store behind the same RecordStore protocol (docs/postgresql.md):
        // documents as jsonb rows, saves as transactions, access by row-level security.
        .target(name: "AttendancePostgres", dependencies: [
            "AttendanceStore", "AttendanceRules",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Pure exports: CSV tables of absences and triggers, iCalendar meeting invitations. No file I/O.
        .target(name: "AttendanceReports", dependencies: ["AttendanceRules", "AttendanceStore"]),
        // Pure demo generator for `attend init --demo`: a realistic organisation as of a given day. No I/O, no clock.
        .target(name: "AttendanceDemo", dependencies: ["AttendanceRules", "AttendanceStore"]),
        // Letters to the employee: fields from the store and the policy, Mustache templates
        // checked before use, the manager's checklist, plain text and DOCX. No file I/O.
        .target(name: "AttendanceLetters", dependencies: [
            "AttendanceRules", "AttendanceStore",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The pure TUI core: cell buffer, keys, state, reducer and views. No ncurses here.
        .target(name: "TUICore", dependencies: ["AttendanceRules", "AttendanceStore", "AttendanceReports", "AttendanceLetters"]),
        // ncursesw as a C module: a module map and a shim header only (see docs/architecture.md).
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncursesw5-dev"])]),
        // The thin ncursesw backend: the only code that imports CNCurses.
        .target(name: "TUINCurses", dependencies: ["CNCurses", "TUICore"]),
        // The shipped data files (policies, GOV.UK bank holidays) as bundle resources.
        .target(
            name: "AttendanceData",
            path: ".",
            // The target sits at the root only so that `data/` can stay a top-level folder;
            // every other target's folder is excluded from it.
            exclude: ["Sources/AttendanceRules", "Sources/AttendanceStore", "Sources/AttendancePostgres", "Sources/AttendanceDemo", "Sources/AttendanceReports", "Sources/AttendanceLetters", "Sources/TUICore", "Sources/CNCurses", "Sources/TUINCurses", "Sources/attend", "Benchmarks", "Tests", "README.md", "docs"],
            sources: ["Sources/AttendanceData"],
            resources: [.copy("data/policies"), .copy("data/bank-holidays.json"), .copy("data/letters")]
        ),
        .executableTarget(
            name: "attend",
            dependencies: [
                "AttendanceRules",
                "AttendanceStore",
                "AttendancePostgres",
                "AttendanceData",
                "AttendanceReports",
                "AttendanceLetters",
                "AttendanceDemo",
                "TUICore",
                "TUINCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // What several test targets share: the shipped policies and bank holidays, loaded once.
        .target(name: "TestSupport", dependencies: ["AttendanceData", "AttendanceRules"], path: "Tests/TestSupport"),
        .testTarget(name: "AttendanceRulesTests", dependencies: [
            "AttendanceRules", "AttendanceData", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        // Letters: every kind for every policy, golden texts, template errors, the DOCX package,
        // and a real LibreOffice conversion of a generated DOCX.
        .testTarget(name: "AttendanceLettersTests", dependencies: [
            "AttendanceLetters", "AttendanceRules", "AttendanceStore", "AttendanceData", "TestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], resources: [.copy("Golden")]),
        .testTarget(name: "AttendanceReportsTests", dependencies: ["AttendanceReports", "AttendanceRules", "AttendanceStore"]),
        .testTarget(name: "AttendanceDemoTests", dependencies: ["AttendanceDemo", "AttendanceRules", "AttendanceStore", "AttendanceData", "TestSupport"]),
        // The store's fault tools: a writer that acknowledges each durable save, the kill loop
        // around it, and the mutation fuzzer that runs attend on damaged stores.
        .executableTarget(
            name: "attend-store-torture",
            dependencies: ["AttendanceStore", "AttendanceRules"],
            path: "Benchmarks/attend-store-torture"
        ),
        .testTarget(name: "AttendanceStoreTests", dependencies: ["AttendanceStore", "AttendanceRules", "attend-store-torture"]),
        // The PostgreSQL store against a real server the tests start themselves (initdb into a
        // temporary folder, pg_ctl on a private socket), with the folder's behaviour suite.
        .testTarget(name: "AttendancePostgresTests", dependencies: [
            "AttendancePostgres", "AttendanceStore", "AttendanceRules", "AttendanceDemo", "TUICore", "TestSupport", "attend",
        ]),
        .testTarget(name: "TUICoreTests", dependencies: ["TUICore", "AttendanceLetters", "AttendanceRules", "AttendanceStore", "AttendanceDemo", "AttendanceData", "TestSupport"]),
        // Runs the built `attend` binary as a user would: exit codes, text and JSON output.
        .testTarget(name: "AttendCLITests", dependencies: ["attend", "attend-store-torture", "TestSupport"]),
        // Real ncursesw with no tty: newterm on pipes, key decoding and draw readback.
        .testTarget(name: "TUINCursesTests", dependencies: ["TUINCurses", "TUICore"]),
        // The built `attend` in a real terminal under tmux: screens, resize, quit, signals.
        .testTarget(name: "TUIEndToEndTests", dependencies: ["attend", "TestSupport"]),
    ]
)
