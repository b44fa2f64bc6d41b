using GrainOrchestrator.Host.Postgres;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Postgres;

public sealed class PortFileTests
{
    [Theory]
    [InlineData("5432", 5432)]
    [InlineData(" 5433\n", 5433)]
    [InlineData("65535", 65535)]
    [InlineData("0", null)]
    [InlineData("65536", null)]
    [InlineData("-1", null)]
    [InlineData("", null)]
    [InlineData("port", null)]
    public void Parses_only_valid_ports(string text, int? expected) => PortFile.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData(5432, true, 5432)]
    [InlineData(5432, false, 40000)]
    [InlineData(null, true, 40000)]
    public void Keeps_the_stored_port_only_while_it_is_free(int? stored, bool storedIsFree, int expected) =>
        PortFile.Choose(stored, _ => storedIsFree, () => 40000).ShouldBe(expected);

    [Fact]
    public void Written_port_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"port-{Guid.NewGuid():N}");
        try
        {
            PortFile.Read(path).ShouldBeNull();
            PortFile.Write(path, 15432);
            PortFile.Read(path).ShouldBe(15432);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_picked_free_port_can_be_bound()
    {
        var port = PortFile.PickFree();

        PortFile.IsFree(port).ShouldBeTrue();
    }
}
