using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Objects;

namespace GrainOrchestrator.UnitTests.Objects;

public sealed class MetaTests
{
    [Theory]
    [InlineData("""{"spec":{"a":1},"metadata":{"labels":{"x":"1"}}}""", """{"spec":{"a":1},"metadata":{"labels":{"x":"2"}}}""", true)]
    [InlineData("""{"spec":{"a":1},"status":{"p":"A"}}""", """{"spec":{"a":1},"status":{"p":"B"}}""", true)]
    [InlineData("""{"apiVersion":"v1","spec":{"a":1}}""", """{"apiVersion":"v2","spec":{"a":1}}""", true)]
    [InlineData("""{"spec":{"a":1}}""", """{"spec":{"a":2}}""", false)]
    [InlineData("""{"spec":{"a":1}}""", """{"spec":{"a":1},"data":{"k":"v"}}""", false)]
    [InlineData("""{"spec":{"a":1},"data":{"k":"v"}}""", """{"spec":{"a":1}}""", false)]
    public void SpecEquals_ignores_metadata_status_and_type(string a, string b, bool equal)
    {
        Meta.SpecEquals(Parse(a), Parse(b)).ShouldBe(equal);
        Meta.SpecEquals(Parse(b), Parse(a)).ShouldBe(equal);
    }

    [Theory]
    [InlineData("""{"metadata":{"resourceVersion":"1","managedFields":[{"manager":"a"}]},"data":{"k":"v"}}""", """{"metadata":{"resourceVersion":"2"},"data":{"k":"v"}}""", true)]
    [InlineData("""{"metadata":{"labels":{"a":"b"}}}""", """{"metadata":{}}""", false)]
    [InlineData("""{"status":{"p":"A"}}""", """{"status":{"p":"B"}}""", false)]
    public void SemanticallyEqual_ignores_only_resourceVersion_and_managedFields(string a, string b, bool equal)
    {
        var x = Parse(a);
        var before = x.ToJsonString();
        Meta.SemanticallyEqual(x, Parse(b)).ShouldBe(equal);
        x.ToJsonString().ShouldBe(before, "the comparison must not modify its arguments");
    }

    [Theory]
    [InlineData("""{"metadata":{"generation":3}}""", 3L)]
    [InlineData("""{"metadata":{"generation":"4"}}""", 4L)]
    [InlineData("""{"metadata":{"generation":"x"}}""", 0L)]
    [InlineData("""{"metadata":{}}""", 0L)]
    [InlineData("""{}""", 0L)]
    public void GetLong_reads_numbers_and_numeric_strings(string json, long expected) =>
        Meta.GetLong(Parse(json), "generation").ShouldBe(expected);

    [Fact]
    public void Timestamps_are_RFC3339_seconds_in_UTC()
    {
        var time = new DateTimeOffset(2025, 6, 7, 10, 11, 12, 999, TimeSpan.FromHours(2));
        Meta.Timestamp(time).ShouldBe("2025-06-07T08:11:12Z");
        Meta.ParseTimestamp("2025-06-07T08:11:12Z").ShouldBe(new DateTimeOffset(2025, 6, 7, 8, 11, 12, TimeSpan.Zero));
        Meta.ParseTimestamp(null).ShouldBeNull();
        Meta.ParseTimestamp("not a time").ShouldBeNull();
    }

    [Fact]
    public void Finalizers_round_trip_and_an_empty_list_removes_the_field()
    {
        var obj = Parse("""{"metadata":{"name":"x"}}""");
        Meta.Finalizers(obj).ShouldBeEmpty();
        Meta.SetFinalizers(obj, ["a", "b"]);
        Meta.Finalizers(obj).ShouldBe(["a", "b"]);
        Meta.SetFinalizers(obj, []);
        obj["metadata"]!.AsObject().ContainsKey("finalizers").ShouldBeFalse();
    }

    [Fact]
    public void Metadata_is_created_when_missing()
    {
        var obj = new JsonObject();
        Meta.Set(obj, "name", "x");
        Meta.GetString(obj, "name").ShouldBe("x");
        Meta.Remove(obj, "name");
        Meta.GetString(obj, "name").ShouldBeNull();
        Meta.OwnerReferences(obj).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"a":1}""", true)]
    [InlineData("""[1]""", false)]
    [InlineData("""{"a":""", false)]
    public void TryParse_accepts_only_objects(string json, bool ok)
    {
        Meta.TryParse(json, out _, out var error).ShouldBe(ok);
        (error is null).ShouldBe(ok);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
