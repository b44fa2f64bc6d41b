// A tour of the gRPC client: apply a manifest, list, watch a few events, scale, delete.
using GrainOrchestrator.Client;
using GrainOrchestrator.Client.Errors;
using GrainOrchestrator.Client.Model;
using GrainOrchestrator.Sample;

var arguments = SampleArguments.Parse(args);
using var client = new GrainOrchestratorClient(new GrainOrchestratorClientOptions { Address = arguments.Address, Token = arguments.Token });

try
{
    var manifest = await File.ReadAllTextAsync(arguments.ManifestPath);
    foreach (var applied in await client.ApplyAsync(manifest, new ApplyOptions { FieldManager = "sample" }))
    {
        Console.WriteLine($"{applied.Object.Kind}/{applied.Object.Name} {(applied.Created ? "created" : "configured")}");
    }

    var deployments = await client.ListAsync("deployments", "sample", new ListOptions { LabelSelector = "app=hello" });
    foreach (var deployment in deployments.Objects)
    {
        Console.WriteLine($"deployment {deployment["metadata"]!["name"]} replicas={deployment["spec"]!["replicas"]}");
    }

    // Watch from the list's version, then cause two changes: scale up, and delete the deployment.
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
    var watching = Task.Run(async () =>
    {
        var seen = 0;
        await foreach (var e in client.WatchAsync("deployments", "sample", new WatchOptions { ResourceVersion = deployments.ResourceVersion }, stop.Token))
        {
            Console.WriteLine($"watch: {e.Type} {e.ToJsonObject()?["metadata"]?["name"]} (resourceVersion {e.ResourceVersion})");
            if (++seen == 2)
            {
                break;
            }
        }
    });

    var scaled = await client.ScaleAsync("deployments", "sample", "hello", 3);
    Console.WriteLine($"scaled to {scaled.Replicas} (selector {scaled.Selector})");
    var deleted = await client.DeleteAsync("deployments", "sample", "hello");
    Console.WriteLine($"deployment/hello deleted{(deleted.Finished ? string.Empty : " (pending)")}");
    await watching;
    return 0;
}
catch (GrainOrchestratorException e)
{
    Console.Error.WriteLine($"error from server ({e.Reason}, {e.StatusCode}): {e.Message}");
    foreach (var violation in e.FieldViolations)
    {
        Console.Error.WriteLine($"  {violation.Field}: {violation.Description}");
    }

    return 1;
}
