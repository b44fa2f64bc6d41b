using GrainOrchestrator.Gateway.Tables;

namespace GrainOrchestrator.UnitTests.Tables;

public sealed class HumanDurationTests
{
    [Theory]
    [InlineData(-3, "<invalid>")]
    [InlineData(-2, "<invalid>")]
    [InlineData(-1.5, "0s")]
    [InlineData(-1, "0s")]
    [InlineData(0, "0s")]
    [InlineData(0.9, "0s")]
    [InlineData(5, "5s")]
    [InlineData(59, "59s")]
    [InlineData(60, "60s")]
    [InlineData(119, "119s")]
    [InlineData(120, "2m")]
    [InlineData(150, "2m30s")]
    [InlineData(599, "9m59s")]
    [InlineData(600, "10m")]
    [InlineData(659, "10m")]
    [InlineData(3 * 3600 - 1, "179m")]
    [InlineData(3 * 3600, "3h")]
    [InlineData(3 * 3600 + 5 * 60 + 30, "3h5m")]
    [InlineData(8 * 3600 - 1, "7h59m")]
    [InlineData(8 * 3600, "8h")]
    [InlineData(47 * 3600 + 3599, "47h")]
    [InlineData(48 * 3600, "2d")]
    [InlineData(3 * 86400 + 4 * 3600, "3d4h")]
    [InlineData(8 * 86400 - 1, "7d23h")]
    [InlineData(8 * 86400, "8d")]
    [InlineData(300 * 86400, "300d")]
    [InlineData(730 * 86400 - 1, "729d")]
    [InlineData(730 * 86400, "2y")]
    [InlineData(760 * 86400, "2y30d")]
    [InlineData(8 * 365 * 86400 - 1, "7y364d")]
    [InlineData(8 * 365 * 86400, "8y")]
    [InlineData(10 * 365 * 86400 + 100 * 86400, "10y")]
    public void Format_matches_upstream_HumanDuration(double seconds, string expected) =>
        HumanDuration.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Fact]
    public void Since_an_unset_timestamp_is_unknown() =>
        HumanDuration.Since(null, TableKit.Now).ShouldBe("<unknown>");

    [Fact]
    public void Since_measures_up_to_now() =>
        HumanDuration.Since(TableKit.Now.AddMinutes(-5), TableKit.Now).ShouldBe("5m");
}
