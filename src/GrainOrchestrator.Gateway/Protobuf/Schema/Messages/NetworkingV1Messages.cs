// Field numbers and JSON names of the networking.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class NetworkingV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "networking.v1.HTTPIngressPath",
            Str(1, "path"),
            Str(3, "pathType").KeepZeroValue(),
            Message(2, "backend", "networking.v1.IngressBackend"));
        yield return Define(
            "networking.v1.HTTPIngressRuleValue",
            Message(1, "paths", "networking.v1.HTTPIngressPath").Repeated());
        yield return Define(
            "networking.v1.IPBlock",
            Str(1, "cidr"),
            Str(2, "except").Repeated());
        yield return Define(
            "networking.v1.Ingress",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "networking.v1.IngressSpec"),
            Message(3, "status", "networking.v1.IngressStatus"));
        yield return Define(
            "networking.v1.IngressBackend",
            Message(4, "service", "networking.v1.IngressServiceBackend"),
            Message(3, "resource", "core.v1.TypedLocalObjectReference"));
        yield return Define(
            "networking.v1.IngressClass",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "networking.v1.IngressClassSpec"));
        yield return Define(
            "networking.v1.IngressClassParametersReference",
            Str(1, "apiGroup").KeepZeroValue(),
            Str(2, "kind"),
            Str(3, "name"),
            Str(4, "scope").KeepZeroValue(),
            Str(5, "namespace").KeepZeroValue());
        yield return Define(
            "networking.v1.IngressClassSpec",
            Str(1, "controller"),
            Message(2, "parameters", "networking.v1.IngressClassParametersReference"));
        yield return Define(
            "networking.v1.IngressLoadBalancerIngress",
            Str(1, "ip"),
            Str(2, "hostname"),
            Message(4, "ports", "networking.v1.IngressPortStatus").Repeated());
        yield return Define(
            "networking.v1.IngressLoadBalancerStatus",
            Message(1, "ingress", "networking.v1.IngressLoadBalancerIngress").Repeated());
        yield return Define(
            "networking.v1.IngressPortStatus",
            Int32(1, "port"),
            Str(2, "protocol"),
            Str(3, "error"));
        yield return Define(
            "networking.v1.IngressRule",
            Str(1, "host"),
            Message(2, "ingressRuleValue", "networking.v1.IngressRuleValue").Inlined());
        yield return Define(
            "networking.v1.IngressRuleValue",
            Message(1, "http", "networking.v1.HTTPIngressRuleValue"));
        yield return Define(
            "networking.v1.IngressServiceBackend",
            Str(1, "name"),
            Message(2, "port", "networking.v1.ServiceBackendPort"));
        yield return Define(
            "networking.v1.IngressSpec",
            Str(4, "ingressClassName").KeepZeroValue(),
            Message(1, "defaultBackend", "networking.v1.IngressBackend"),
            Message(2, "tls", "networking.v1.IngressTLS").Repeated(),
            Message(3, "rules", "networking.v1.IngressRule").Repeated());
        yield return Define(
            "networking.v1.IngressStatus",
            Message(1, "loadBalancer", "networking.v1.IngressLoadBalancerStatus"));
        yield return Define(
            "networking.v1.IngressTLS",
            Str(1, "hosts").Repeated(),
            Str(2, "secretName"));
        yield return Define(
            "networking.v1.NetworkPolicy",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "networking.v1.NetworkPolicySpec"));
        yield return Define(
            "networking.v1.NetworkPolicyEgressRule",
            Message(1, "ports", "networking.v1.NetworkPolicyPort").Repeated(),
            Message(2, "to", "networking.v1.NetworkPolicyPeer").Repeated());
        yield return Define(
            "networking.v1.NetworkPolicyIngressRule",
            Message(1, "ports", "networking.v1.NetworkPolicyPort").Repeated(),
            Message(2, "from", "networking.v1.NetworkPolicyPeer").Repeated());
        yield return Define(
            "networking.v1.NetworkPolicyPeer",
            Message(1, "podSelector", "meta.v1.LabelSelector"),
            Message(2, "namespaceSelector", "meta.v1.LabelSelector"),
            Message(3, "ipBlock", "networking.v1.IPBlock"));
        yield return Define(
            "networking.v1.NetworkPolicyPort",
            Str(1, "protocol").KeepZeroValue(),
            IntOrString(2, "port"),
            Int32(3, "endPort").KeepZeroValue());
        yield return Define(
            "networking.v1.NetworkPolicySpec",
            Message(1, "podSelector", "meta.v1.LabelSelector"),
            Message(2, "ingress", "networking.v1.NetworkPolicyIngressRule").Repeated(),
            Message(3, "egress", "networking.v1.NetworkPolicyEgressRule").Repeated(),
            Str(4, "policyTypes").Repeated());
        yield return Define(
            "networking.v1.ServiceBackendPort",
            Str(1, "name"),
            Int32(2, "number"));
    }
}
