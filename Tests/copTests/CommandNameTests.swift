import Testing

@testable import cop

/// The subcommands' names: the usage-error hint (`see 'cop search --help'`) finds the subcommand on the
/// command line by the `commandName` each configuration gives.
@Suite struct CommandNameTests {
    @Test("every subcommand names itself, each name once")
    func everySubcommandHasAName() {
        let names = COP.configuration.subcommands.map { $0.configuration.commandName }
        #expect(!names.contains(nil))
        #expect(Set(names).count == names.count)
    }
}
