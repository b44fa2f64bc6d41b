using GrainOrchestrator.ApiMachinery.Selectors;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Selectors;

public sealed class LabelSelectorParseTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("a=b", "a=b")]
    [InlineData("a==b", "a==b")]
    [InlineData("a!=b", "a!=b")]
    [InlineData("a in (y,x)", "a in (x,y)")]
    [InlineData("a in (x,x)", "a in (x)")]
    [InlineData("a notin (x)", "a notin (x)")]
    [InlineData("a", "a")]
    [InlineData("!a", "!a")]
    [InlineData(" ! a ", "!a")]
    [InlineData(" b = c , a in ( x , y ) ", "a in (x,y),b=c")]
    [InlineData("a=", "a=")]
    [InlineData("a=,b", "a=,b")]
    [InlineData("a in (x,)", "a in (,x)")]
    [InlineData("x=in", "x=in")]
    [InlineData("in=notin", "in=notin")]
    [InlineData("example.com/app=web", "example.com/app=web")]
    [InlineData("app.kubernetes.io/name in (web, api),tier!=db", "app.kubernetes.io/name in (api,web),tier!=db")]
    [InlineData("a>5", "a>5")]
    [InlineData("a<10", "a<10")]
    [InlineData("z,y,x", "x,y,z")]
    [InlineData("My_Key.v-1=Some.Value_2", "My_Key.v-1=Some.Value_2")]
    public void Parse_accepts_valid_text_and_prints_the_canonical_form(string? text, string canonical)
    {
        var selector = LabelSelector.Parse(text);

        selector.ToString().ShouldBe(canonical);
        LabelSelector.Parse(canonical).ShouldBe(selector);
    }

    [Theory]
    [InlineData("a b", "found 'b', expected one of =, ==, !=, in, notin, >, <")]
    [InlineData("a=b,", "found end of string, expected '!' or a label key")]
    [InlineData(",a", "found ',', expected '!' or a label key")]
    [InlineData("a=b=c", "found '=', expected ',' or end of string")]
    [InlineData("a in x", "found 'x', expected '(' to start the value set")]
    [InlineData("a in (x", "found end of string, expected ',' or ')'")]
    [InlineData("a in (x y)", "found 'y', expected ',' or ')'")]
    [InlineData("a in ()", "'in' and 'notin' need at least one value")]
    [InlineData("a notin ()", "'in' and 'notin' need at least one value")]
    [InlineData("!", "found end of string, expected a label key after '!'")]
    [InlineData("!a=b", "found '=', expected ',' or end of string")]
    [InlineData("a >", "found end of string, expected a value")]
    [InlineData("a>b", "'>' and '<' need an integer value, not \"b\"")]
    [InlineData("a(", "found '(', expected one of =, ==, !=, in, notin, >, <")]
    [InlineData("a==(", "found '(', expected a value")]
    [InlineData("-a=b", "invalid label key \"-a\": name part must consist of alphanumeric characters")]
    [InlineData("a=-b", "invalid label value \"-b\": a valid label value must be empty or must consist of alphanumeric")]
    [InlineData("a/b/c", "invalid label key \"a/b/c\"")]
    [InlineData("/a", "invalid label key \"/a\": prefix part must not be empty")]
    [InlineData("a/", "invalid label key \"a/\": name part must not be empty")]
    [InlineData("Example.com/a", "invalid label key \"Example.com/a\": prefix part must be a lowercase DNS-1123 subdomain")]
    [InlineData("a.-b/c", "prefix part must be a lowercase DNS-1123 subdomain")]
    [InlineData("a=b c", "found 'c', expected ',' or end of string")]
    [InlineData("a=b*", "invalid label value \"b*\"")]
    public void Parse_rejects_invalid_text_with_a_clear_message(string text, string expectedFragment)
    {
        var error = Should.Throw<SelectorParseException>(() => LabelSelector.Parse(text));

        error.Message.ShouldContain(expectedFragment);
        LabelSelector.TryParse(text, out var selector, out var message).ShouldBeFalse();
        selector.ShouldBeNull();
        message.ShouldBe(error.Message);
    }

    [Fact]
    public void Parse_enforces_the_63_character_limits_of_names_and_values()
    {
        var longest = new string('a', 63);
        var tooLong = new string('a', 64);

        LabelSelector.Parse($"{longest}={longest}").Requirements.Count.ShouldBe(1);
        Should.Throw<SelectorParseException>(() => LabelSelector.Parse($"{tooLong}=x"))
            .Message.ShouldContain("name part must be no more than 63 characters");
        Should.Throw<SelectorParseException>(() => LabelSelector.Parse($"x={tooLong}"))
            .Message.ShouldContain("must be no more than 63 characters");
        Should.Throw<SelectorParseException>(() => LabelSelector.Parse($"{new string('a', 254)}/x"))
            .Message.ShouldContain("prefix part must be no more than 253 characters");
    }

    [Fact]
    public void Parse_exposes_requirements_with_operator_and_sorted_values()
    {
        var selector = LabelSelector.Parse("tier notin (web,cache),app=nginx,!canary");

        selector.Requirements.Select(r => (r.Key, r.Operator, string.Join('|', r.Values))).ShouldBe(
        [
            ("app", LabelOperator.Equal, "nginx"),
            ("canary", LabelOperator.DoesNotExist, string.Empty),
            ("tier", LabelOperator.NotIn, "cache|web"),
        ]);
        selector.IsEverything.ShouldBeFalse();
        selector.IsNothing.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void Blank_text_is_everything(string? text)
    {
        var selector = LabelSelector.Parse(text);

        selector.IsEverything.ShouldBeTrue();
        selector.ShouldBeSameAs(LabelSelector.Everything);
    }
}
