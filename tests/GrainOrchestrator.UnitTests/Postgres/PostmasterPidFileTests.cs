using GrainOrchestrator.Host.Postgres;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Postgres;

public sealed class PostmasterPidFileTests
{
    [Fact]
    public void Reads_pid_and_port_of_a_running_postmaster()
    {
        const string text = "12345\n/tmp/pg/data\n1700000000\n45678\n\n127.0.0.1\n  1234567     65539\nready   \n";

        PostmasterPidFile.Parse(text).ShouldBe(new PostmasterPidFile(12345, 45678));
    }

    [Fact]
    public void A_file_still_being_written_has_a_pid_but_no_port() =>
        PostmasterPidFile.Parse("12345\n/tmp/pg/data\n").ShouldBe(new PostmasterPidFile(12345, null));

    [Theory]
    [InlineData("")]
    [InlineData("not-a-pid\n")]
    [InlineData("-5\n")]
    public void Garbage_is_no_postmaster(string text) => PostmasterPidFile.Parse(text).ShouldBeNull();
}
