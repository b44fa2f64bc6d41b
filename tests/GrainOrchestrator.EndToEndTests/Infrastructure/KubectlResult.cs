namespace GrainOrchestrator.EndToEndTests.Infrastructure;

/// <summary>What a user sees from one kubectl command: exit code, stdout and stderr.</summary>
public sealed record KubectlResult(string CommandLine, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Asserts exit code 0 and returns stdout.</summary>
    public string ShouldSucceed()
    {
        ExitCode.ShouldBe(0, ToString());
        return Stdout;
    }

    /// <summary>Asserts a non-zero exit code and returns stderr.</summary>
    public string ShouldFail()
    {
        ExitCode.ShouldNotBe(0, ToString());
        return Stderr;
    }

    public override string ToString() =>
        $"kubectl {CommandLine} exited {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Stdout}--- stderr ---{Environment.NewLine}{Stderr}";
}
