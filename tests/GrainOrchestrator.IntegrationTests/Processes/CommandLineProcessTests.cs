using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>Bad command lines end the process at once with a non-zero code and a message, not a stack trace.</summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class CommandLineProcessTests
{
    [Theory]
    [InlineData("server --runtime foo", "--runtime 'foo' is not supported; use docker, process or simulated.")]
    [InlineData("agent --node-name agent-x", "an agent joins an existing cluster: pass --postgres")]
    [InlineData("server --silo-port 70000", "--silo-port must be between 0 and 65535, got 70000.")]
    [InlineData("server --node-name Not_A_Name", "--node-name 'Not_A_Name' is not a valid node name")]
    [InlineData("agent --postgres Host=127.0.0.1 --health-address nowhere", "--health-address 'nowhere'")]
    public async Task Bad_options_exit_non_zero_with_a_clear_message(string commandLine, string expectedMessage)
    {
        using var dataDir = new TempDirectory("go-proc-cli");
        var arguments = commandLine.Split(' ').Concat(["--data-dir", dataDir.Path]).ToList();

        await using var process = NodeProcess.Start(commandLine, arguments);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        exitCode.ShouldNotBe(0, process.Tail());
        process.StandardError.ShouldContain(expectedMessage, Case.Sensitive, process.Tail());
        process.Output.ShouldNotContain("Exception", Case.Sensitive, process.Tail());
        process.Output.ShouldNotContain("   at ", Case.Sensitive, process.Tail());
    }
}
