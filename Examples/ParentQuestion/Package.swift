// swift-tools-version: 6.1
import PackageDescription

// A sample client of the ChildOnlineProtection library: answers a parent's question from the bundled
// guidelines, offline. Run from the repository root:
//   swift run --package-path Examples/ParentQuestion ParentQuestion "someone keeps messaging my son in a game"
let package = Package(
    name: "ParentQuestion",
    dependencies: [
        // Named, so that resolution does not depend on the name of the checkout folder.
        .package(name: "cop-guidelines", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "ParentQuestion",
            dependencies: [.product(name: "ChildOnlineProtection", package: "cop-guidelines")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
