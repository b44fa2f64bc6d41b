namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>One row of Orleans' membership table (<c>orleans_membership</c>).</summary>
public sealed record MembershipRow(string SiloName, string Address, int Port, int Generation, int Status)
{
    public const int Active = 3;
    public const int Dead = 6;

    public override string ToString() => $"{SiloName}@{Address}:{Port}/{Generation}={Status}";
}
