using GrainOrchestrator.ApiMachinery.Patching;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Patching;

public sealed class JsonMergePatchTests
{
    // The cases of RFC 7386 appendix A, written as (target, patch, result).
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""["a","b"]""", """["c","d"]""", """["c","d"]""")]
    [InlineData("""{"a":"b"}""", """["c"]""", """["c"]""")]
    [InlineData("""{"a":"foo"}""", "null", "null")]
    [InlineData("""{"a":"foo"}""", "\"bar\"", "\"bar\"")]
    [InlineData("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [InlineData("""[1,2]""", """{"a":"b","c":null}""", """{"a":"b"}""")]
    [InlineData("""{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void Applies_rfc7386_examples(string target, string patch, string expected)
    {
        JsonMergePatch.Apply(JsonAssert.Parse(target), JsonAssert.Parse(patch)).ShouldEqualJson(expected);
    }

    [Fact]
    public void Scale_patch_changes_replicas_and_keeps_the_rest()
    {
        var deployment = JsonAssert.Object("""{"metadata":{"name":"web","labels":{"app":"web"}},"spec":{"replicas":1,"template":{"spec":{"containers":[{"name":"c","image":"i"}]}}}}""");

        var result = JsonMergePatch.Apply(deployment, JsonAssert.Parse("""{"spec":{"replicas":3}}"""));

        result.ShouldEqualJson("""{"metadata":{"name":"web","labels":{"app":"web"}},"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"c","image":"i"}]}}}}""");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        var target = JsonAssert.Object("""{"a":{"b":1}}""");
        var patch = JsonAssert.Object("""{"a":{"b":null,"c":{"d":2}}}""");

        var result = JsonMergePatch.Apply(target, patch);

        target.ShouldEqualJson("""{"a":{"b":1}}""");
        patch.ShouldEqualJson("""{"a":{"b":null,"c":{"d":2}}}""");
        result.ShouldEqualJson("""{"a":{"c":{"d":2}}}""");
    }
}
