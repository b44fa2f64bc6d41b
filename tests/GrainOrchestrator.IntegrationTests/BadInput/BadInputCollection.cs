namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// The bad-input corpus shares one real <c>server</c> process and runs alone (like the other
/// process tests): a parallel silo would starve its membership probes on a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BadInputCollection : ICollectionFixture<BadInputServer>
{
    public const string Name = "bad input against a real server";
}
