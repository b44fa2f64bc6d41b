using GrainOrchestrator.ApiMachinery.Strategies;
using Shouldly;
using Xunit;
using static GrainOrchestrator.UnitTests.Strategies.StrategyKit;

namespace GrainOrchestrator.UnitTests.Strategies;

public sealed class PodStrategyTests
{
    private const string ValidPod = """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"default"},
         "spec":{"containers":[{"name":"app","image":"nginx:1.27","ports":[{"containerPort":80}],
                 "volumeMounts":[{"name":"data","mountPath":"/data"}],
                 "livenessProbe":{"httpGet":{"port":80}}}],
                 "volumes":[{"name":"data"}]}}
        """;

    private static readonly IResourceStrategy Strategy = ResourceStrategies.For("", "Pod");

    [Fact]
    public void Valid_pod_passes() => Create(Strategy, Parse(ValidPod)).ShouldBeEmpty();

    [Fact]
    public void Create_applies_upstream_defaults()
    {
        var pod = Parse(ValidPod);
        Strategy.PrepareForCreate(pod);
        At(pod, "spec.restartPolicy").ShouldBe("\"Always\"");
        At(pod, "spec.dnsPolicy").ShouldBe("\"ClusterFirst\"");
        At(pod, "spec.schedulerName").ShouldBe("\"default-scheduler\"");
        At(pod, "spec.terminationGracePeriodSeconds").ShouldBe("30");
        At(pod, "spec.securityContext").ShouldBe("{}");
        At(pod, "spec.enableServiceLinks").ShouldBe("true");
        At(pod, "spec.priority").ShouldBe("0");
        At(pod, "spec.containers.0.imagePullPolicy").ShouldBe("\"IfNotPresent\"");
        At(pod, "spec.containers.0.terminationMessagePath").ShouldBe("\"/dev/termination-log\"");
        At(pod, "spec.containers.0.terminationMessagePolicy").ShouldBe("\"File\"");
        At(pod, "spec.containers.0.ports.0.protocol").ShouldBe("\"TCP\"");
        At(pod, "spec.containers.0.livenessProbe.timeoutSeconds").ShouldBe("1");
        At(pod, "spec.containers.0.livenessProbe.periodSeconds").ShouldBe("10");
        At(pod, "spec.containers.0.livenessProbe.successThreshold").ShouldBe("1");
        At(pod, "spec.containers.0.livenessProbe.failureThreshold").ShouldBe("3");
        At(pod, "spec.containers.0.livenessProbe.httpGet.path").ShouldBe("\"/\"");
        At(pod, "spec.containers.0.livenessProbe.httpGet.scheme").ShouldBe("\"HTTP\"");
        At(pod, "spec.volumes.0.emptyDir").ShouldBe("{}");
        At(pod, "status.phase").ShouldBe("\"Pending\"");
        At(pod, "status.qosClass").ShouldBe("\"BestEffort\"");
    }

    [Theory]
    [InlineData("nginx", "Always")]
    [InlineData("nginx:latest", "Always")]
    [InlineData("registry:5000/team/nginx", "Always")]
    [InlineData("registry:5000/team/nginx:1.2", "IfNotPresent")]
    [InlineData("nginx@sha256:abc", "IfNotPresent")]
    public void Image_pull_policy_follows_tag(string image, string expected) =>
        PodSpecDefaults.ImagePullPolicyFor(image).ShouldBe(expected);

    [Fact]
    public void Explicit_values_are_kept()
    {
        var pod = Patch(ValidPod, """{"spec":{"restartPolicy":"Never","terminationGracePeriodSeconds":5}}""");
        Strategy.PrepareForCreate(pod);
        At(pod, "spec.restartPolicy").ShouldBe("\"Never\"");
        At(pod, "spec.terminationGracePeriodSeconds").ShouldBe("5");
    }

    [Fact]
    public void Limits_default_requests_and_make_pod_guaranteed()
    {
        var pod = Patch(ValidPod, """{"spec":{"containers":[{"name":"app","image":"a:1","resources":{"limits":{"cpu":"1","memory":"1Gi"}}}],"volumes":null}}""");
        Create(Strategy, pod).ShouldBeEmpty();
        At(pod, "spec.containers.0.resources.requests.cpu").ShouldBe("\"1\"");
        At(pod, "status.qosClass").ShouldBe("\"Guaranteed\"");
    }

    [Theory]
    [InlineData("""{"spec":{"containers":[]}}""", "spec.containers", "FieldValueRequired")]
    [InlineData("""{"spec":{"containers":[{"name":"App","image":"a"}],"volumes":null}}""", "spec.containers[0].name", "FieldValueInvalid")]
    [InlineData("""{"spec":{"containers":[{"image":"a"}],"volumes":null}}""", "spec.containers[0].name", "FieldValueRequired")]
    [InlineData("""{"spec":{"containers":[{"name":"a"}],"volumes":null}}""", "spec.containers[0].image", "FieldValueRequired")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x"},{"name":"a","image":"y"}],"volumes":null}}""", "spec.containers[1].name", "FieldValueDuplicate")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x"}],"initContainers":[{"name":"a","image":"y"}],"volumes":null}}""", "spec.initContainers[0].name", "FieldValueDuplicate")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x","ports":[{"containerPort":70000}]}],"volumes":null}}""", "spec.containers[0].ports[0].containerPort", "FieldValueInvalid")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x","ports":[{"containerPort":80,"protocol":"HTTP"}]}],"volumes":null}}""", "spec.containers[0].ports[0].protocol", "FieldValueNotSupported")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x","ports":[{"containerPort":80,"name":"http"},{"containerPort":81,"name":"http"}]}],"volumes":null}}""", "spec.containers[0].ports[1].name", "FieldValueDuplicate")]
    [InlineData("""{"spec":{"restartPolicy":"Sometimes"}}""", "spec.restartPolicy", "FieldValueNotSupported")]
    [InlineData("""{"spec":{"dnsPolicy":"Mine"}}""", "spec.dnsPolicy", "FieldValueNotSupported")]
    [InlineData("""{"spec":{"volumes":[{"name":"data"},{"name":"data"}]}}""", "spec.volumes[1].name", "FieldValueDuplicate")]
    [InlineData("""{"spec":{"volumes":[{"name":"other"}]}}""", "spec.containers[0].volumeMounts[0].name", "FieldValueNotFound")]
    [InlineData("""{"spec":{"volumes":[{"name":"data","emptyDir":{},"hostPath":{"path":"/x"}}]}}""", "spec.volumes[0]", "FieldValueForbidden")]
    [InlineData("""{"spec":{"terminationGracePeriodSeconds":-1}}""", "spec.terminationGracePeriodSeconds", "FieldValueInvalid")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x","livenessProbe":{"exec":{"command":["true"]},"successThreshold":2}}],"volumes":null}}""", "spec.containers[0].livenessProbe.successThreshold", "FieldValueInvalid")]
    [InlineData("""{"spec":{"containers":[{"name":"a","image":"x","env":[{"name":"A=B"}]}],"volumes":null}}""", "spec.containers[0].env[0].name", "FieldValueInvalid")]
    [InlineData("""{"spec":{"nodeSelector":{"bad key":"x"}}}""", "spec.nodeSelector", "FieldValueInvalid")]
    [InlineData("""{"metadata":{"name":"Web"}}""", "metadata.name", "FieldValueInvalid")]
    public void Invalid_pod_reports_field_and_reason(string patch, string field, string reason) =>
        Describe(Create(Strategy, Patch(ValidPod, patch))).ShouldBe([field + " " + reason]);

    [Theory]
    [InlineData("""{"spec":{"containers":[{"name":"app","image":"nginx:1.28","ports":[{"containerPort":80}],"volumeMounts":[{"name":"data","mountPath":"/data"}],"livenessProbe":{"httpGet":{"port":80}}}]}}""")]
    [InlineData("""{"spec":{"activeDeadlineSeconds":100}}""")]
    [InlineData("""{"spec":{"tolerations":[{"key":"k","operator":"Exists"}]}}""")]
    [InlineData("""{"spec":{"terminationGracePeriodSeconds":10}}""")]
    [InlineData("""{"metadata":{"labels":{"a":"b"}}}""")]
    public void Mutable_fields_may_change(string patch) =>
        Update(Strategy, Parse(ValidPod), Patch(ValidPod, patch)).ShouldBeEmpty();

    [Fact]
    public void Other_spec_changes_are_forbidden_with_upstream_message()
    {
        var errors = Update(Strategy, Parse(ValidPod), Patch(ValidPod, """{"spec":{"hostname":"other"}}"""));
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("spec");
        error.Reason.ShouldBe("FieldValueForbidden");
        error.Message.ShouldStartWith("Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations)");
        error.Message.ShouldContain("spec.hostname");
    }

    [Fact]
    public void Containers_may_not_be_added_on_update()
    {
        var errors = Update(Strategy, Parse(ValidPod), Patch(ValidPod, """{"spec":{"containers":[{"name":"app","image":"a:1"},{"name":"b","image":"b:1"}],"volumes":null}}"""));
        Describe(errors).ShouldContain("spec.containers FieldValueForbidden");
    }

    [Fact]
    public void Active_deadline_may_only_shrink_and_tolerations_only_grow()
    {
        var old = Patch(ValidPod, """{"spec":{"activeDeadlineSeconds":100,"tolerations":[{"key":"k","operator":"Exists"}]}}""");
        Describe(Update(Strategy, old.DeepClone().AsObject(), Patch(ValidPod, """{"spec":{"activeDeadlineSeconds":200,"tolerations":[{"key":"k","operator":"Exists"}]}}""")))
            .ShouldBe(["spec.activeDeadlineSeconds FieldValueInvalid"]);
        Describe(Update(Strategy, old.DeepClone().AsObject(), Patch(ValidPod, """{"spec":{"activeDeadlineSeconds":50}}""")))
            .ShouldBe(["spec.tolerations FieldValueForbidden"]);
    }

    [Fact]
    public void Scheduling_gates_may_only_be_removed()
    {
        var old = Patch(ValidPod, """{"spec":{"schedulingGates":[{"name":"example.com/gate"}]}}""");
        Update(Strategy, old.DeepClone().AsObject(), Parse(ValidPod)).ShouldBeEmpty();
        Describe(Update(Strategy, Parse(ValidPod), Patch(ValidPod, """{"spec":{"schedulingGates":[{"name":"example.com/gate"}]}}""")))
            .ShouldBe(["spec.schedulingGates FieldValueForbidden"]);
    }
}
