namespace GrainOrchestrator.Host.Postgres;

/// <summary>Exit code and combined output of a finished command.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    internal bool Succeeded => ExitCode == 0;
}
