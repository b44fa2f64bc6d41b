using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Selectors;
using k8s.Models;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Selectors;

public sealed class LabelSelectorMatchTests
{
    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "a=1", true)]
    [InlineData("a=1", "a=1", true)]
    [InlineData("a=1", "a=2", false)]
    [InlineData("a=1", "", false)]
    [InlineData("a==1", "a=1", true)]
    [InlineData("a!=1", "a=2", true)]
    [InlineData("a!=1", "a=1", false)]
    [InlineData("a!=1", "", true)]
    [InlineData("a=", "a=", true)]
    [InlineData("a=", "", false)]
    [InlineData("a in (1,2)", "a=2", true)]
    [InlineData("a in (1,2)", "a=3", false)]
    [InlineData("a in (1,2)", "b=1", false)]
    [InlineData("a notin (1,2)", "a=3", true)]
    [InlineData("a notin (1,2)", "a=1", false)]
    [InlineData("a notin (1,2)", "", true)]
    [InlineData("a", "a=", true)]
    [InlineData("a", "b=1", false)]
    [InlineData("!a", "b=1", true)]
    [InlineData("!a", "a=1", false)]
    [InlineData("a>5", "a=6", true)]
    [InlineData("a>5", "a=5", false)]
    [InlineData("a>5", "a=x", false)]
    [InlineData("a>5", "", false)]
    [InlineData("a<5", "a=4", true)]
    [InlineData("a<5", "a=5", false)]
    [InlineData("a=1,b=2", "a=1;b=2", true)]
    [InlineData("a=1,b=2", "a=1;b=3", false)]
    [InlineData("a=1,b=2", "a=1", false)]
    [InlineData("A=1", "a=1", false)]
    [InlineData("a=X", "a=x", false)]
    public void Matches_follows_upstream_semantics(string selectorText, string labels, bool expected)
    {
        var selector = LabelSelector.Parse(selectorText);
        var map = ParseLabels(labels);

        selector.Matches(map).ShouldBe(expected);
        selector.Matches(new V1ObjectMeta { Labels = map }).ShouldBe(expected);
        selector.Matches(WithLabels(map)).ShouldBe(expected);
    }

    [Fact]
    public void Objects_without_labels_match_only_requirements_that_allow_absence()
    {
        var noLabels = new JsonObject { ["metadata"] = new JsonObject { ["name"] = "x" } };
        var noMetadata = new JsonObject();

        LabelSelector.Parse("a!=1,b notin (x),!c").Matches(noLabels).ShouldBeTrue();
        LabelSelector.Parse("a!=1,b notin (x),!c").Matches(noMetadata).ShouldBeTrue();
        LabelSelector.Parse("a").Matches(noLabels).ShouldBeFalse();
        LabelSelector.Parse("a").Matches((IReadOnlyDictionary<string, string>?)null).ShouldBeFalse();
        LabelSelector.Parse("!a").Matches((V1ObjectMeta?)null).ShouldBeTrue();
    }

    [Fact]
    public void Nothing_matches_no_object_and_everything_matches_every_object()
    {
        var labels = new Dictionary<string, string> { ["a"] = "1" };

        LabelSelector.Nothing.Matches(labels).ShouldBeFalse();
        LabelSelector.Nothing.Matches(new Dictionary<string, string>()).ShouldBeFalse();
        LabelSelector.Nothing.Matches(new JsonObject()).ShouldBeFalse();
        LabelSelector.Nothing.IsEverything.ShouldBeFalse();
        LabelSelector.Nothing.IsNothing.ShouldBeTrue();
        LabelSelector.Everything.Matches(labels).ShouldBeTrue();
        LabelSelector.Everything.Matches((IReadOnlyDictionary<string, string>?)null).ShouldBeTrue();
    }

    [Theory]
    [InlineData("app=web,tier in (fe)", "app", "web")]
    [InlineData("app==web", "app", "web")]
    [InlineData("app=web,tier in (fe)", "tier", "fe")]
    [InlineData("tier in (fe,be)", "tier", null)]
    [InlineData("app!=web", "app", null)]
    [InlineData("app", "app", null)]
    [InlineData("app=web", "other", null)]
    public void TryGetExactMatch_reports_single_required_values(string text, string key, string? expected)
    {
        var found = LabelSelector.Parse(text).TryGetExactMatch(key, out var value);

        found.ShouldBe(expected is not null);
        value.ShouldBe(expected);
    }

    private static Dictionary<string, string> ParseLabels(string text) =>
        text.Length == 0
            ? []
            : text.Split(';').Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static JsonObject WithLabels(Dictionary<string, string> labels)
    {
        var json = new JsonObject();
        foreach (var (key, value) in labels)
        {
            json[key] = value;
        }

        return new JsonObject { ["metadata"] = new JsonObject { ["name"] = "x", ["labels"] = json } };
    }
}
