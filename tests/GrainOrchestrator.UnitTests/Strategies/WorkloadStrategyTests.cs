using GrainOrchestrator.ApiMachinery.Strategies;
using Shouldly;
using Xunit;
using static GrainOrchestrator.UnitTests.Strategies.StrategyKit;

namespace GrainOrchestrator.UnitTests.Strategies;

public sealed class WorkloadStrategyTests
{
    private const string Template = """
        {"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"app","image":"nginx"}]}}
        """;

    private static readonly string Deployment = $$$"""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"default"},
         "spec":{"selector":{"matchLabels":{"app":"web"}},"template":{{{Template}}}}}
        """;

    private static readonly string ReplicaSet = Deployment.Replace("\"Deployment\"", "\"ReplicaSet\"", StringComparison.Ordinal);
    private static readonly string DaemonSet = Deployment.Replace("\"Deployment\"", "\"DaemonSet\"", StringComparison.Ordinal);
    private static readonly string StatefulSet = Deployment.Replace("\"Deployment\"", "\"StatefulSet\"", StringComparison.Ordinal);

    private static readonly string ReplicationController = $$$"""
        {"apiVersion":"v1","kind":"ReplicationController","metadata":{"name":"web","namespace":"default"},
         "spec":{"template":{{{Template}}}}}
        """;

    [Theory]
    [InlineData("apps", "Deployment")]
    [InlineData("apps", "ReplicaSet")]
    [InlineData("apps", "DaemonSet")]
    [InlineData("apps", "StatefulSet")]
    public void Valid_objects_pass(string group, string kind) =>
        Create(ResourceStrategies.For(group, kind), Parse(Deployment.Replace("\"Deployment\"", $"\"{kind}\"", StringComparison.Ordinal))).ShouldBeEmpty();

    [Fact]
    public void Deployment_defaults()
    {
        var obj = Parse(Deployment);
        ResourceStrategies.For("apps", "Deployment").PrepareForCreate(obj);
        At(obj, "spec.replicas").ShouldBe("1");
        At(obj, "spec.strategy").ShouldBe("""{"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"}""");
        At(obj, "spec.revisionHistoryLimit").ShouldBe("10");
        At(obj, "spec.progressDeadlineSeconds").ShouldBe("600");
        At(obj, "spec.template.spec.restartPolicy").ShouldBe("\"Always\"");
        At(obj, "spec.template.spec.containers.0.imagePullPolicy").ShouldBe("\"Always\"");
    }

    [Theory]
    [InlineData("""{"spec":{"selector":null}}""", "spec.selector FieldValueRequired")]
    [InlineData("""{"spec":{"selector":{"matchLabels":null}}}""", "spec.selector FieldValueInvalid")]
    [InlineData("""{"spec":{"selector":{"matchLabels":{"app":"other"}}}}""", "spec.template.metadata.labels FieldValueInvalid")]
    [InlineData("""{"spec":{"replicas":-1}}""", "spec.replicas FieldValueInvalid")]
    [InlineData("""{"spec":{"minReadySeconds":-1}}""", "spec.minReadySeconds FieldValueInvalid")]
    [InlineData("""{"spec":{"strategy":{"type":"Recreate","rollingUpdate":{"maxSurge":1}}}}""", "spec.strategy.rollingUpdate FieldValueForbidden")]
    [InlineData("""{"spec":{"strategy":{"type":"Blue"}}}""", "spec.strategy.type FieldValueNotSupported")]
    [InlineData("""{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}""", "spec.strategy.rollingUpdate.maxUnavailable FieldValueInvalid")]
    [InlineData("""{"spec":{"strategy":{"rollingUpdate":{"maxUnavailable":"120%"}}}}""", "spec.strategy.rollingUpdate.maxUnavailable FieldValueInvalid")]
    [InlineData("""{"spec":{"progressDeadlineSeconds":5,"minReadySeconds":10}}""", "spec.progressDeadlineSeconds FieldValueInvalid")]
    [InlineData("""{"spec":{"template":{"spec":{"restartPolicy":"Never"}}}}""", "spec.template.spec.restartPolicy FieldValueNotSupported")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"name":"app"}]}}}}""", "spec.template.spec.containers[0].image FieldValueRequired")]
    public void Invalid_deployment(string patch, string expected) =>
        Describe(Create(ResourceStrategies.For("apps", "Deployment"), Patch(Deployment, patch))).ShouldBe([expected]);

    [Fact]
    public void Selector_mismatch_uses_upstream_message()
    {
        var errors = Create(ResourceStrategies.For("apps", "ReplicaSet"), Patch(ReplicaSet, """{"spec":{"selector":{"matchLabels":{"app":"x"}}}}"""));
        errors.ShouldHaveSingleItem().Detail.ShouldBe("`selector` does not match template `labels`");
    }

    [Theory]
    [InlineData("apps", "Deployment")]
    [InlineData("apps", "ReplicaSet")]
    [InlineData("apps", "DaemonSet")]
    public void Selector_is_immutable(string group, string kind)
    {
        var json = Deployment.Replace("\"Deployment\"", $"\"{kind}\"", StringComparison.Ordinal);
        var updated = Patch(json, """{"spec":{"selector":{"matchLabels":{"app":"web","x":"y"}},"template":{"metadata":{"labels":{"app":"web","x":"y"}}}}}""");
        var error = Update(ResourceStrategies.For(group, kind), Parse(json), updated).ShouldHaveSingleItem();
        error.Field.ShouldBe("spec.selector");
        error.Detail.ShouldBe("field is immutable");
    }

    [Fact]
    public void Deployment_scaling_and_image_change_are_fine()
    {
        Update(ResourceStrategies.For("apps", "Deployment"), Parse(Deployment),
            Patch(Deployment, """{"spec":{"replicas":5,"template":{"spec":{"containers":[{"name":"app","image":"nginx:2"}]}}}}""")).ShouldBeEmpty();
    }

    [Fact]
    public void ReplicaSet_defaults_replicas()
    {
        var obj = Parse(ReplicaSet);
        Create(ResourceStrategies.For("apps", "ReplicaSet"), obj).ShouldBeEmpty();
        At(obj, "spec.replicas").ShouldBe("1");
    }

    [Fact]
    public void ReplicationController_defaults_selector_and_labels_from_template()
    {
        var obj = Parse(ReplicationController);
        Create(ResourceStrategies.For("", "ReplicationController"), obj).ShouldBeEmpty();
        At(obj, "spec.selector").ShouldBe("""{"app":"web"}""");
        At(obj, "metadata.labels").ShouldBe("""{"app":"web"}""");
        At(obj, "spec.replicas").ShouldBe("1");
    }

    [Fact]
    public void ReplicationController_selector_must_match()
    {
        Describe(Create(ResourceStrategies.For("", "ReplicationController"), Patch(ReplicationController, """{"spec":{"selector":{"app":"x"}}}""")))
            .ShouldBe(["spec.template.metadata.labels FieldValueInvalid"]);
    }

    [Fact]
    public void DaemonSet_defaults()
    {
        var obj = Parse(DaemonSet);
        ResourceStrategies.For("apps", "DaemonSet").PrepareForCreate(obj);
        At(obj, "spec.updateStrategy").ShouldBe("""{"rollingUpdate":{"maxSurge":0,"maxUnavailable":1},"type":"RollingUpdate"}""");
        At(obj, "spec.revisionHistoryLimit").ShouldBe("10");
    }

    [Fact]
    public void StatefulSet_defaults_and_allows_empty_service_name()
    {
        var obj = Parse(StatefulSet);
        Create(ResourceStrategies.For("apps", "StatefulSet"), obj).ShouldBeEmpty();
        At(obj, "spec.replicas").ShouldBe("1");
        At(obj, "spec.podManagementPolicy").ShouldBe("\"OrderedReady\"");
        At(obj, "spec.updateStrategy").ShouldBe("""{"rollingUpdate":{"partition":0},"type":"RollingUpdate"}""");
        At(obj, "spec.revisionHistoryLimit").ShouldBe("10");
        At(obj, "spec.persistentVolumeClaimRetentionPolicy").ShouldBe("""{"whenDeleted":"Retain","whenScaled":"Retain"}""");
    }

    [Fact]
    public void StatefulSet_rejects_bad_policy_and_forbidden_updates()
    {
        var strategy = ResourceStrategies.For("apps", "StatefulSet");
        Describe(Create(strategy, Patch(StatefulSet, """{"spec":{"podManagementPolicy":"Random"}}"""))).ShouldBe(["spec.podManagementPolicy FieldValueNotSupported"]);
        Describe(Update(strategy, Parse(StatefulSet), Patch(StatefulSet, """{"spec":{"serviceName":"other"}}"""))).ShouldBe(["spec FieldValueForbidden"]);
        Update(strategy, Parse(StatefulSet), Patch(StatefulSet, """{"spec":{"replicas":3}}""")).ShouldBeEmpty();
    }
}
