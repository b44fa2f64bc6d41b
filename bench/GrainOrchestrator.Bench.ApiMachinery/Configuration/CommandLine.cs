namespace GrainOrchestrator.Bench.ApiMachinery.Configuration;

/// <summary>The runner's few flags: <c>--quick</c>, <c>--out FILE</c>, <c>--no-pgbench</c>.</summary>
public sealed record CommandLine(BenchSettings Settings, string? OutputPath, bool RunPgBench)
{
    public const string Usage = "usage: GrainOrchestrator.Bench.ApiMachinery [--quick] [--out FILE] [--no-pgbench]";

    public static CommandLine? Parse(IReadOnlyList<string> args)
    {
        var settings = BenchSettings.Full;
        string? output = null;
        var pgbench = true;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    settings = BenchSettings.Quick;
                    break;
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--no-pgbench":
                    pgbench = false;
                    break;
                default:
                    return null;
            }
        }

        return new CommandLine(settings, output, pgbench);
    }
}
