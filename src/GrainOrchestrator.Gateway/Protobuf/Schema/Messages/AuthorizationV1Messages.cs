// Field numbers and JSON names of the authorization.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class AuthorizationV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "authorization.v1.FieldSelectorAttributes",
            Str(1, "rawSelector"),
            Message(2, "requirements", "meta.v1.FieldSelectorRequirement").Repeated());
        yield return Define(
            "authorization.v1.LabelSelectorAttributes",
            Str(1, "rawSelector"),
            Message(2, "requirements", "meta.v1.LabelSelectorRequirement").Repeated());
        yield return Define(
            "authorization.v1.NonResourceAttributes",
            Str(1, "path"),
            Str(2, "verb"));
        yield return Define(
            "authorization.v1.NonResourceRule",
            Str(1, "verbs").Repeated(),
            Str(2, "nonResourceURLs").Repeated());
        yield return Define(
            "authorization.v1.ResourceAttributes",
            Str(1, "namespace"),
            Str(2, "verb"),
            Str(3, "group"),
            Str(4, "version"),
            Str(5, "resource"),
            Str(6, "subresource"),
            Str(7, "name"),
            Message(8, "fieldSelector", "authorization.v1.FieldSelectorAttributes"),
            Message(9, "labelSelector", "authorization.v1.LabelSelectorAttributes"));
        yield return Define(
            "authorization.v1.ResourceRule",
            Str(1, "verbs").Repeated(),
            Str(2, "apiGroups").Repeated(),
            Str(3, "resources").Repeated(),
            Str(4, "resourceNames").Repeated());
        yield return Define(
            "authorization.v1.SelfSubjectAccessReview",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "authorization.v1.SelfSubjectAccessReviewSpec"),
            Message(3, "status", "authorization.v1.SubjectAccessReviewStatus"));
        yield return Define(
            "authorization.v1.SelfSubjectAccessReviewSpec",
            Message(1, "resourceAttributes", "authorization.v1.ResourceAttributes"),
            Message(2, "nonResourceAttributes", "authorization.v1.NonResourceAttributes"));
        yield return Define(
            "authorization.v1.SelfSubjectRulesReview",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "authorization.v1.SelfSubjectRulesReviewSpec"),
            Message(3, "status", "authorization.v1.SubjectRulesReviewStatus"));
        yield return Define(
            "authorization.v1.SelfSubjectRulesReviewSpec",
            Str(1, "namespace"));
        yield return Define(
            "authorization.v1.SubjectAccessReviewStatus",
            Bool(1, "allowed"),
            Bool(4, "denied"),
            Str(2, "reason"),
            Str(3, "evaluationError"));
        yield return Define(
            "authorization.v1.SubjectRulesReviewStatus",
            Message(1, "resourceRules", "authorization.v1.ResourceRule").Repeated(),
            Message(2, "nonResourceRules", "authorization.v1.NonResourceRule").Repeated(),
            Bool(3, "incomplete"),
            Str(4, "evaluationError"));
    }
}
