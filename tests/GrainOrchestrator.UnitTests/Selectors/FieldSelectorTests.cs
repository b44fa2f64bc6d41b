using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ApiMachinery.Selectors;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Selectors;

public sealed class FieldSelectorTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    [InlineData("a==b", "a=b")]
    [InlineData("a!=b", "a!=b")]
    [InlineData("a=", "a=")]
    [InlineData("b=2,a=1", "a=1,b=2")]
    [InlineData("a=1,,b=2", "a=1,b=2")]
    [InlineData("metadata.name=x,status.phase!=Running", "metadata.name=x,status.phase!=Running")]
    [InlineData(@"a=x\,y", @"a=x\,y")]
    [InlineData(@"a=x\=y", @"a=x\=y")]
    [InlineData(@"a=x\\y", @"a=x\\y")]
    [InlineData("a!b=c", "a!b=c")]
    [InlineData("a=!b", "a=!b")]
    public void Parse_accepts_valid_text_and_prints_the_canonical_form(string? text, string canonical)
    {
        var selector = FieldSelector.Parse(text);

        selector.ToString().ShouldBe(canonical);
        FieldSelector.Parse(canonical).ShouldBe(selector);
    }

    [Theory]
    [InlineData("a=b", "a", FieldOperator.Equal, "b")]
    [InlineData("a==b", "a", FieldOperator.Equal, "b")]
    [InlineData("a!=b", "a", FieldOperator.NotEqual, "b")]
    [InlineData(@"a=x\,y\=z\\", "a", FieldOperator.Equal, @"x,y=z\")]
    [InlineData(" spec.nodeName =n1", "spec.nodeName", FieldOperator.Equal, "n1")]
    [InlineData("=v", "", FieldOperator.Equal, "v")]
    public void Parse_splits_field_operator_and_unescaped_value(string text, string field, FieldOperator op, string value)
    {
        FieldSelector.Parse(text).Requirements.ShouldBe([new FieldRequirement(field, op, value)]);
    }

    [Theory]
    [InlineData("a", "term \"a\" needs an operator")]
    [InlineData("a=b,c", "term \"c\" needs an operator")]
    [InlineData("a=b=c", "'=' in a value must be escaped")]
    [InlineData(@"a=b\x", @"invalid escape sequence '\x'")]
    [InlineData(@"a=b\", @"invalid escape sequence '\'")]
    public void Parse_rejects_invalid_text(string text, string expectedFragment)
    {
        Should.Throw<SelectorParseException>(() => FieldSelector.Parse(text)).Message.ShouldContain(expectedFragment);
        FieldSelector.TryParse(text, out var selector, out var error).ShouldBeFalse();
        selector.ShouldBeNull();
        error.ShouldContain(expectedFragment);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b=c\\d", @"a\,b\=c\\d")]
    public void EscapeValue_round_trips_through_parse(string value, string escaped)
    {
        FieldSelector.EscapeValue(value).ShouldBe(escaped);
        FieldSelector.Parse("f=" + escaped).Requirements[0].Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("a=1", "a=1", true)]
    [InlineData("a=1", "a=2", false)]
    [InlineData("a!=1", "a=2", true)]
    [InlineData("a!=1", "a=1", false)]
    [InlineData("a=", "", true)]
    [InlineData("a!=", "", false)]
    [InlineData("a!=1", "", true)]
    [InlineData("a=1", "", false)]
    [InlineData("a=1,b=2", "a=1;b=2", true)]
    [InlineData("a=1,b=2", "a=1;b=3", false)]
    [InlineData("", "a=1", true)]
    public void Matches_compares_exact_values_and_reads_missing_fields_as_empty(string text, string fields, bool expected)
    {
        var values = fields.Length == 0
            ? []
            : fields.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        FieldSelector.Parse(text).Matches(field => values.GetValueOrDefault(field)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("metadata.name=x,spec.nodeName=n1", null)]
    [InlineData("status.phase=Running,metadata.namespace=default", null)]
    [InlineData("spec.foo=1", "field label not supported: spec.foo")]
    [InlineData("metadata.name=x,zzz=1", "field label not supported: zzz")]
    [InlineData("metadata.labels=x", "field label not supported: metadata.labels")]
    public void Validate_checks_fields_against_the_kind(string text, string? expected)
    {
        KindRegistry.Default.TryGetByKind("", "Pod", out var pod).ShouldBeTrue();

        FieldSelector.Parse(text).Validate(pod).ShouldBe(expected);
    }

    [Fact]
    public void Matches_reads_the_objects_wire_json_through_the_kind()
    {
        KindRegistry.Default.TryGetByKind("", "Pod", out var pod).ShouldBeTrue();
        var obj = JsonNode.Parse("""
            {"metadata":{"name":"web-1","namespace":"prod"},"spec":{"nodeName":"n1"},"status":{"phase":"Running"}}
            """)!.AsObject();

        FieldSelector.Parse("spec.nodeName=n1,status.phase=Running").Matches(obj, pod).ShouldBeTrue();
        FieldSelector.Parse("spec.nodeName=n2").Matches(obj, pod).ShouldBeFalse();
        FieldSelector.Parse("spec.nodeName!=n2,metadata.namespace=prod").Matches(obj, pod).ShouldBeTrue();
        FieldSelector.Parse("status.nominatedNodeName=").Matches(obj, pod).ShouldBeTrue();
    }

    [Theory]
    [InlineData("metadata.name=x,spec.nodeName=n", "metadata.name", "x")]
    [InlineData("metadata.name==x", "metadata.name", "x")]
    [InlineData("metadata.name!=x", "metadata.name", null)]
    [InlineData("spec.nodeName=n", "metadata.name", null)]
    public void TryGetExactMatch_offers_a_fast_path(string text, string field, string? expected)
    {
        var found = FieldSelector.Parse(text).TryGetExactMatch(field, out var value);

        found.ShouldBe(expected is not null);
        value.ShouldBe(expected);
    }
}
