namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>
/// Real-process tests run one at a time and not alongside other tests: on a small machine,
/// parallel silos starve each other's membership probes (2 s timeouts) and turn into false deaths.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTestsCollection
{
    public const string Name = "grainorchestrator processes";
}
