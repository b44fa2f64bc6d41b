namespace GrainOrchestrator.UnitTests.Security;

/// <summary>A clock standing at one instant.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
