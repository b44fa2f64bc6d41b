namespace GrainOrchestrator.Sample;

/// <summary>Command line: <c>[--address URL] [--token TOKEN] [--manifest FILE]</c>; the environment may give the first two.</summary>
internal sealed record SampleArguments(Uri Address, string? Token, string ManifestPath)
{
    public static SampleArguments Parse(string[] args)
    {
        string? address = Environment.GetEnvironmentVariable("GRAINORCHESTRATOR_ADDRESS");
        string? token = Environment.GetEnvironmentVariable("GRAINORCHESTRATOR_TOKEN");
        var manifest = Path.Combine(AppContext.BaseDirectory, "app.yaml");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--address":
                    address = args[i + 1];
                    break;
                case "--token":
                    token = args[i + 1];
                    break;
                case "--manifest":
                    manifest = args[i + 1];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new SampleArguments(new Uri(address ?? "https://127.0.0.1:6443"), token, manifest);
    }
}
