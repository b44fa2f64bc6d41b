using GrainOrchestrator.ApiMachinery.Selectors;
using k8s.Models;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Selectors;

public sealed class LabelSelectorModelTests
{
    [Fact]
    public void Null_model_selects_nothing()
    {
        var selector = LabelSelector.FromModel(null);

        selector.ShouldBeSameAs(LabelSelector.Nothing);
        selector.Matches(new Dictionary<string, string>()).ShouldBeFalse();
    }

    [Fact]
    public void Empty_model_selects_everything()
    {
        LabelSelector.FromModel(new V1LabelSelector()).IsEverything.ShouldBeTrue();
        LabelSelector.FromModel(new V1LabelSelector { MatchLabels = new Dictionary<string, string>(), MatchExpressions = [] })
            .IsEverything.ShouldBeTrue();
    }

    [Fact]
    public void Match_labels_and_expressions_become_requirements()
    {
        var model = new V1LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["tier"] = "fe", ["app"] = "web" },
            MatchExpressions =
            [
                new V1LabelSelectorRequirement { Key = "env", OperatorProperty = "In", Values = ["prod", "dev"] },
                new V1LabelSelectorRequirement { Key = "zone", OperatorProperty = "NotIn", Values = ["z1"] },
                new V1LabelSelectorRequirement { Key = "canary", OperatorProperty = "DoesNotExist" },
                new V1LabelSelectorRequirement { Key = "owner", OperatorProperty = "Exists", Values = [] },
            ],
        };

        var selector = LabelSelector.FromModel(model);

        selector.ToString().ShouldBe("app=web,!canary,env in (dev,prod),owner,tier=fe,zone notin (z1)");
        selector.Matches(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "fe", ["env"] = "dev", ["owner"] = "me" })
            .ShouldBeTrue();
        selector.Matches(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "fe", ["env"] = "dev", ["owner"] = "me", ["zone"] = "z1" })
            .ShouldBeFalse();
    }

    [Theory]
    [InlineData("Gt", new[] { "1" }, "\"Gt\" is not a valid label selector operator")]
    [InlineData("in", new[] { "a" }, "\"in\" is not a valid label selector operator")]
    [InlineData("In", new string[0], "'in' and 'notin' need at least one value")]
    [InlineData("Exists", new[] { "a" }, "exists and does-not-exist take no values")]
    [InlineData("In", new[] { "bad value" }, "invalid label value \"bad value\"")]
    public void Invalid_expressions_are_rejected(string op, string[] values, string expectedFragment)
    {
        var model = new V1LabelSelector
        {
            MatchExpressions = [new V1LabelSelectorRequirement { Key = "k", OperatorProperty = op, Values = values }],
        };

        Should.Throw<SelectorParseException>(() => LabelSelector.FromModel(model)).Message.ShouldContain(expectedFragment);
    }

    [Fact]
    public void Invalid_match_label_key_is_rejected()
    {
        var model = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["bad key"] = "v" } };

        Should.Throw<SelectorParseException>(() => LabelSelector.FromModel(model)).Message.ShouldContain("invalid label key \"bad key\"");
    }

    [Fact]
    public void FromSet_requires_every_pair_and_empty_set_is_everything()
    {
        var selector = LabelSelector.FromSet(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });

        selector.ToString().ShouldBe("a=1,b=2");
        selector.Matches(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" }).ShouldBeTrue();
        selector.Matches(new Dictionary<string, string> { ["a"] = "1" }).ShouldBeFalse();
        LabelSelector.FromSet(null).IsEverything.ShouldBeTrue();
        LabelSelector.FromSet(new Dictionary<string, string>()).IsEverything.ShouldBeTrue();
    }
}
