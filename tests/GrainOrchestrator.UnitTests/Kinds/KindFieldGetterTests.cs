using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Kinds;

public sealed class KindFieldGetterTests
{
    private const string FullPod = """
        {"metadata":{"name":"web","namespace":"prod"},
         "spec":{"nodeName":"n1","restartPolicy":"Always","schedulerName":"default-scheduler","serviceAccountName":"sa1","hostNetwork":true},
         "status":{"phase":"Running","podIP":"10.0.0.9","podIPs":[{"ip":"10.0.0.1"},{"ip":"fd00::1"}],"nominatedNodeName":"n2"}}
        """;

    private const string FullEvent = """
        {"metadata":{"name":"e1","namespace":"prod"},
         "involvedObject":{"kind":"Pod","namespace":"prod","name":"web","uid":"u-1","apiVersion":"v1","resourceVersion":"42","fieldPath":"spec.containers{app}"},
         "reason":"Pulled","type":"Normal","source":{"component":"kubelet"},"reportingComponent":"kubelet-rc"}
        """;

    [Theory]
    [InlineData("Pod", FullPod, "metadata.name", "web")]
    [InlineData("Pod", FullPod, "metadata.namespace", "prod")]
    [InlineData("Pod", FullPod, "spec.nodeName", "n1")]
    [InlineData("Pod", FullPod, "spec.restartPolicy", "Always")]
    [InlineData("Pod", FullPod, "spec.schedulerName", "default-scheduler")]
    [InlineData("Pod", FullPod, "spec.serviceAccountName", "sa1")]
    [InlineData("Pod", FullPod, "spec.hostNetwork", "true")]
    [InlineData("Pod", FullPod, "status.phase", "Running")]
    [InlineData("Pod", FullPod, "status.podIP", "10.0.0.1")]
    [InlineData("Pod", FullPod, "status.nominatedNodeName", "n2")]
    [InlineData("Pod", """{"status":{"podIP":"10.0.0.9"}}""", "status.podIP", "10.0.0.9")]
    [InlineData("Pod", "{}", "spec.nodeName", "")]
    [InlineData("Pod", "{}", "spec.hostNetwork", "false")]
    [InlineData("Pod", "{}", "status.podIP", "")]
    [InlineData("Pod", "{}", "metadata.name", "")]
    [InlineData("Node", """{"metadata":{"name":"n1"},"spec":{"unschedulable":true}}""", "spec.unschedulable", "true")]
    [InlineData("Node", """{"spec":{"unschedulable":false}}""", "spec.unschedulable", "false")]
    [InlineData("Node", """{"spec":{}}""", "spec.unschedulable", "false")]
    [InlineData("Node", """{"metadata":{"name":"n1"}}""", "metadata.namespace", "")]
    [InlineData("Event", FullEvent, "involvedObject.kind", "Pod")]
    [InlineData("Event", FullEvent, "involvedObject.namespace", "prod")]
    [InlineData("Event", FullEvent, "involvedObject.name", "web")]
    [InlineData("Event", FullEvent, "involvedObject.uid", "u-1")]
    [InlineData("Event", FullEvent, "involvedObject.apiVersion", "v1")]
    [InlineData("Event", FullEvent, "involvedObject.resourceVersion", "42")]
    [InlineData("Event", FullEvent, "involvedObject.fieldPath", "spec.containers{app}")]
    [InlineData("Event", FullEvent, "reason", "Pulled")]
    [InlineData("Event", FullEvent, "type", "Normal")]
    [InlineData("Event", FullEvent, "source", "kubelet")]
    [InlineData("Event", FullEvent, "reportingComponent", "kubelet-rc")]
    [InlineData("Event", """{"reportingComponent":"ctrl"}""", "source", "ctrl")]
    [InlineData("Secret", """{"type":"kubernetes.io/tls"}""", "type", "kubernetes.io/tls")]
    [InlineData("Secret", "{}", "type", "")]
    [InlineData("Namespace", """{"status":{"phase":"Terminating"}}""", "status.phase", "Terminating")]
    [InlineData("ReplicaSet", """{"status":{"replicas":3}}""", "status.replicas", "3")]
    [InlineData("ReplicaSet", "{}", "status.replicas", "0")]
    [InlineData("ReplicationController", """{"status":{"replicas":2}}""", "status.replicas", "2")]
    [InlineData("Job", """{"status":{"succeeded":5}}""", "status.successful", "5")]
    [InlineData("Job", "{}", "status.successful", "0")]
    [InlineData("Deployment", """{"metadata":{"name":"d","namespace":"ns1"}}""", "metadata.namespace", "ns1")]
    public void Getters_read_wire_json_as_upstream_formats_it(string kindName, string json, string field, string expected)
    {
        var kind = KindRegistry.Default.All.Single(k => k.Kind == kindName);
        var obj = JsonNode.Parse(json)!.AsObject();

        kind.SupportsField(field).ShouldBeTrue();
        kind.GetField(obj, field).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Pod", "spec.unschedulable")]
    [InlineData("Node", "spec.nodeName")]
    [InlineData("Deployment", "status.replicas")]
    [InlineData("Service", "status.phase")]
    [InlineData("Secret", "reason")]
    [InlineData("Job", "status.succeeded")]
    public void Fields_of_other_kinds_are_not_supported(string kindName, string field)
    {
        var kind = KindRegistry.Default.All.Single(k => k.Kind == kindName);

        kind.SupportsField(field).ShouldBeFalse();
        kind.GetField(new JsonObject(), field).ShouldBeNull();
    }

    [Fact]
    public void Kinds_without_specific_fields_support_only_name_and_namespace()
    {
        var plain = KindRegistry.Default.All.Where(k => k.Kind is "ConfigMap" or "Deployment" or "ClusterRole" or "Lease");

        foreach (var kind in plain)
        {
            string.Join(",", kind.SupportedFields.Order(StringComparer.Ordinal)).ShouldBe("metadata.name,metadata.namespace", kind.Kind);
        }
    }
}
