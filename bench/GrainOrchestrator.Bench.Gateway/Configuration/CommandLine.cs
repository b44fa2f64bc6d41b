namespace GrainOrchestrator.Bench.Gateway.Configuration;

/// <summary>The runner's flags: <c>--quick</c>, <c>--out FILE</c>.</summary>
public sealed record CommandLine(GatewayBenchSettings Settings, string? OutputPath)
{
    public const string Usage = "usage: GrainOrchestrator.Bench.Gateway [--quick] [--out FILE]";

    public static CommandLine? Parse(IReadOnlyList<string> args)
    {
        var settings = GatewayBenchSettings.Full;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    settings = GatewayBenchSettings.Quick;
                    break;
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return new CommandLine(settings, output);
    }
}
