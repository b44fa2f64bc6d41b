using GrainOrchestrator.Gateway.Protobuf;
using GrainOrchestrator.Gateway.Protobuf.Decoding;
using GrainOrchestrator.Gateway.Protobuf.Schema;
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.UnitTests.Protobuf;

public sealed class ProtobufSchemaTests
{
    [Theory]
    [InlineData("v1", "Namespace")]
    [InlineData("v1", "Pod")]
    [InlineData("v1", "Service")]
    [InlineData("v1", "ConfigMap")]
    [InlineData("v1", "Secret")]
    [InlineData("v1", "ServiceAccount")]
    [InlineData("v1", "ResourceQuota")]
    [InlineData("apps/v1", "Deployment")]
    [InlineData("batch/v1", "Job")]
    [InlineData("batch/v1", "CronJob")]
    [InlineData("rbac.authorization.k8s.io/v1", "Role")]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole")]
    [InlineData("rbac.authorization.k8s.io/v1", "RoleBinding")]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRoleBinding")]
    [InlineData("networking.k8s.io/v1", "Ingress")]
    [InlineData("policy/v1", "PodDisruptionBudget")]
    public void Every_kind_kubectl_generators_create_has_a_schema(string apiVersion, string kind)
    {
        ProtobufSchema.Kubernetes.TryGetKind(apiVersion, kind, out var message).ShouldBeTrue();
        message.TryGetField(1, out var metadata).ShouldBeTrue();
        metadata.JsonName.ShouldBe("metadata");
    }

    [Fact]
    public void A_reference_to_a_missing_message_type_fails_when_the_schema_is_built()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            new ProtobufSchema([Define("t.Parent", Message(1, "child", "t.Missing"))], []));

        error.Message.ShouldContain("t.Parent.child refers to unknown message type 't.Missing'");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected()
    {
        var schema = new ProtobufSchema([Define("t.Node", Message(1, "child", "t.Node"))], []);
        var decoder = new ProtobufJsonDecoder(schema, maxDepth: 64);

        Should.NotThrow(() => decoder.Decode(Nested(63), schema.Get("t.Node")));
        var error = Should.Throw<ProtobufDecodeException>(() => decoder.Decode(Nested(200), schema.Get("t.Node")));

        error.Message.ShouldContain("nested deeper than 64 levels");
    }

    /// <summary>A t.Node whose child chain is <paramref name="depth"/> messages long.</summary>
    private static byte[] Nested(int depth)
    {
        var bytes = Array.Empty<byte>();
        for (var i = 0; i < depth; i++)
        {
            bytes = new ProtobufTestWriter().Bytes(1, bytes).ToArray();
        }

        return bytes;
    }
}
