using GrainOrchestrator.Host.Postgres;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Postgres;

public sealed class ProcStatTests
{
    [Theory]
    [InlineData("4242 (postgres) S 1 4242 4242 0 -1", true)]
    [InlineData("4242 (postgres) R 1 4242 4242 0 -1", true)]
    [InlineData("4242 (postgres) Z 1 4242 4242 0 -1", false)]
    [InlineData("4242 (bash) S 1 4242 4242 0 -1", false)]
    [InlineData("4242 (post gres) S 1", false)]
    [InlineData("garbage", false)]
    public void Only_a_live_postgres_counts(string stat, bool expected) => ProcStat.IsLivePostgres(stat).ShouldBe(expected);
}
