namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// Corpus cases the server still gets wrong, each confirmed against the running server, with
/// where the bug is (in code outside this area) and what upstream Kubernetes answers. A case
/// listed here is skipped while it fails and passes once the bug is fixed; remove it then.
/// </summary>
public static class KnownFailures
{
    private const string WrongTypes = "ApiMachinery (lead): ResourceGrain create/update/patch calls Strategy.PrepareForCreate/PrepareForUpdate first, and TypedStrategy.Read throws JsonException on a value of the wrong JSON type before ValidateCreate/ValidateUpdate (TryRead) can report it -> 500 with an empty body; upstream answers 400 BadRequest naming the field";
    private const string StatusNotDecoded = "ApiMachinery (lead): ResourceGrain.Create drops status before the body is decoded, so a status of the wrong type is never checked and the Pod is created; upstream 400 (decode error)";
    private const string KindMismatchMessage = "ApiMachinery (lead): ResourceGrain.CheckIdentity reports a kind that differs from the URL as \"the API version in the data (v1) does not match the expected API version (v1)\", naming neither kind; the message should name both kinds (code 400 is right)";
    private const string BindingRefused = "KubernetesRestHandler.BindAsync (other helper) passes the Binding body to UpdateAsync, and ResourceGrain.CheckIdentity refuses it as a kind mismatch (\"API version v1 does not match v1\") for every binding, so the target is never looked at";
    private const string DotSegments = "host pipeline (not the gateway handlers): Kestrel decodes %2E and removes dot segments before routing, so .../configmaps/%2E%2E reaches .../namespaces/badinput (GET returns the Namespace, DELETE deletes it) and .../%2E lists the collection; needs a check of the raw request target (IHttpRequestFeature.RawTarget) that refuses \".\" and \"..\" segments; upstream refuses such names (400/404)";
    private const string KestrelNul = "Kestrel itself rejects %00 in the path with an empty 400 before any middleware runs; not fixable in the gateway without a Kestrel-level hook (upstream answers a Status)";
    private const string NoFallbackRoute = "Hosting/KubernetesApiEndpoints (other helper): no fallback endpoint, so unknown paths and other methods on /api and /apis get ASP.NET Core's empty 404/405 instead of a Status (add MapFallback writing NotFound and 405 Status for /api, /apis)";
    private const string DryRunValues = "RestQuery.DryRun (other helper): dryRun values other than \"All\" are ignored instead of refused; upstream 400 \"Invalid dry run value\"";
    private const string FieldValidationValues = "RestQuery.FieldValidation (other helper): unknown fieldValidation values behave like Warn; upstream 400 \"invalid fieldValidation directive\"";
    private const string FieldManagerLength = "RestQuery/ApiMachinery: fieldManager length is not checked; upstream 422 \"fieldManager: Too long: may not be more than 128 bytes\"";
    private const string ForceOnNonApply = "RestQuery/KubernetesRestHandler (other helper): force=true is accepted on non-apply patches; upstream 422 \"force: Invalid value: true: may not be specified for non-apply patch\"";
    private const string TimeoutSecondsValue = "RestQuery.TimeoutSeconds (other helper): an unparsable timeoutSeconds is ignored and the watch starts; upstream 400";
    private const string ListResourceVersion = "KubernetesRestHandler.ListAsync (other helper): resourceVersion/resourceVersionMatch of a list are ignored, so garbage is accepted; upstream 400";
    private const string LimitValue = "RestQuery.Limit (other helper): an unparsable limit silently means \"no limit\"; upstream 400 (query parameter decoding)";
    private const string DeleteQuery = "DeleteOptionsReader.Read (other helper): unparsable gracePeriodSeconds, unknown propagationPolicy and orphanDependents together with propagationPolicy are ignored or accepted; upstream 400/422";
    private const string DeleteOptionsBody = "KubernetesRestHandler.ReadDeleteOptionsAsync / DeleteOptionsReader (other helper): a DeleteOptions body that is not an object, has fields of the wrong type or unknown values, or fails to decode (its 400 is swallowed as \"no body\") is ignored and the delete proceeds with defaults; upstream 400";
    private const string DeleteOptionsCrash = "DeleteOptionsReader.FromJson (other helper): GetValue<string>() on a non-string propagationPolicy / preconditions.uid throws InvalidOperationException -> 500 with an empty body; upstream 400";
    private const string EvictionName = "KubernetesRestHandler.EvictAsync (other helper): the Eviction body's metadata.name is not compared with the URL, so evicting \"someone-else\" evicts the URL's pod; upstream 400";
    private const string ScalePatchMessage = "ScaleSubresource (other helper): a malformed scale patch answers the bare System.Text.Json message (\"Expected depth to be zero...\") without saying that the patch could not be decoded";
    private const string PatchIdentity = "ApiMachinery (lead): a JSON/merge patch that changes metadata.name or kind is silently dropped (200, object unchanged); upstream refuses it (400/422)";
    private const string ApplyWithoutKind = "ApiMachinery server-side apply (lead): an apply patch without kind (with force=true) is accepted and applied; upstream 400 \"Object 'Kind' is missing\"";
    private const string SmpDirective = "ApiMachinery StrategicMergePatch (lead): a $deleteFromPrimitiveList directive whose value is not a list is ignored (200); upstream 400";

    public static IReadOnlyDictionary<string, string> Rest { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["path: not under /api"] = NoFallbackRoute,
        ["path: unknown top-level path"] = NoFallbackRoute,
        ["identity: Secret posted to configmaps"] = KindMismatchMessage,
        ["identity: Deployment posted to configmaps"] = KindMismatchMessage,
        ["identity: Pod posted to services"] = KindMismatchMessage,
        ["identity: kind Status"] = KindMismatchMessage,
        ["identity: PUT of a Secret onto a configmap"] = KindMismatchMessage,
        ["url name: encoded dot-dot"] = DotSegments,
        ["url name: encoded dot"] = DotSegments,
        ["url name: encoded NUL"] = KestrelNul,
        ["url name: DELETE of dot-dot"] = DotSegments,
        ["type: ConfigMap data.key = 1 (number where string)"] = WrongTypes,
        ["type: Pod spec = \"busybox\" (string where object)"] = WrongTypes,
        ["type: Pod spec = [] (array where object)"] = WrongTypes,
        ["type: Pod status = \"Running\" (string where object)"] = StatusNotDecoded,
        ["type: Service spec.type = 1 (number where enum)"] = WrongTypes,
        ["json patch: change the kind"] = PatchIdentity,
        ["json patch: change the name"] = PatchIdentity,
        ["json patch: replicas of the wrong type"] = WrongTypes,
        ["json patch: data of the wrong type"] = WrongTypes,
        ["merge patch: replicas of the wrong type"] = WrongTypes,
        ["merge patch: data as a string"] = WrongTypes,
        ["merge patch: rename"] = PatchIdentity,
        ["merge patch: change the kind"] = PatchIdentity,
        ["strategic patch: list as a string"] = WrongTypes,
        ["strategic patch: replicas of the wrong type"] = WrongTypes,
        ["apply: kind does not match"] = KindMismatchMessage,
        ["apply: data as a list"] = WrongTypes,
        ["method: DELETE on /api"] = NoFallbackRoute,
        ["method: POST on /apis"] = NoFallbackRoute,
        ["query: dryRun=Bogus"] = DryRunValues,
        ["query: dryRun=all (lower case)"] = DryRunValues,
        ["query: dryRun=All and dryRun=Bogus"] = DryRunValues,
        ["query: fieldValidation=Bogus"] = FieldValidationValues,
        ["query: fieldValidation=strict (lower case)"] = FieldValidationValues,
        ["query: fieldManager of 200 characters"] = FieldManagerLength,
        ["query: force on a merge patch"] = ForceOnNonApply,
        ["query: watch with timeoutSeconds=abc"] = TimeoutSecondsValue,
        ["query: list at resourceVersion=abc"] = ListResourceVersion,
        ["query: list with resourceVersionMatch=Sometimes"] = ListResourceVersion,
        ["query: limit=abc"] = LimitValue,
        ["query: limit beyond int64"] = LimitValue,
        ["query: limit=1e99"] = LimitValue,
        ["query: delete with gracePeriodSeconds=abc"] = DeleteQuery,
        ["query: delete with propagationPolicy=Sometimes"] = DeleteQuery,
        ["delete options: an array"] = DeleteOptionsBody,
        ["delete options: a string"] = DeleteOptionsBody,
        ["delete options: propagationPolicy as a number"] = DeleteOptionsCrash,
        ["delete options: propagationPolicy unknown"] = DeleteOptionsBody,
        ["delete options: gracePeriodSeconds as a string"] = DeleteOptionsBody,
        ["delete options: gracePeriodSeconds as a fraction"] = DeleteOptionsBody,
        ["delete options: preconditions as a string"] = DeleteOptionsBody,
        ["delete options: precondition uid as a number"] = DeleteOptionsCrash,
        ["delete options: dryRun as a string"] = DeleteOptionsBody,
        ["delete options: dryRun with an unknown value"] = DeleteOptionsBody,
        ["delete options: orphanDependents as a string"] = DeleteOptionsBody,
        ["delete options: kind is not DeleteOptions"] = DeleteOptionsBody,
        ["delete options: malformed YAML"] = DeleteOptionsBody,
        ["delete options: malformed protobuf"] = DeleteOptionsBody,
        ["eviction: deleteOptions with a numeric policy"] = DeleteOptionsCrash,
        ["eviction: for another pod"] = EvictionName,
        ["binding: target as a string"] = BindingRefused,
        ["scale: malformed merge patch"] = ScalePatchMessage,
        ["protobuf: a Secret envelope posted to configmaps"] = KindMismatchMessage,
        ["type: ConfigMap metadata.labels = [\"app=x\"] (array where map)"] = WrongTypes,
        ["type: ConfigMap metadata.labels = \"app=x\" (string where map)"] = WrongTypes,
        ["type: ConfigMap metadata.labels.app = 1 (number where string)"] = WrongTypes,
        ["type: ConfigMap metadata.labels.app = {} (object where string)"] = WrongTypes,
        ["type: ConfigMap metadata.annotations = 7 (number where map)"] = WrongTypes,
        ["type: ConfigMap metadata.finalizers = \"f\" (string where array)"] = WrongTypes,
        ["type: ConfigMap metadata.ownerReferences = {} (object where array)"] = WrongTypes,
        ["type: ConfigMap data = [\"key\",\"value\"] (array where map)"] = WrongTypes,
        ["type: ConfigMap data = \"key=value\" (string where map)"] = WrongTypes,
        ["type: ConfigMap data.key = {\"nested\":true} (object where string)"] = WrongTypes,
        ["type: ConfigMap binaryData = {\"b\":\"!!not base64!!\"} (not base64)"] = WrongTypes,
        ["type: ConfigMap immutable = \"yes\" (string where boolean)"] = WrongTypes,
        ["type: Pod spec.containers = {} (object where array)"] = WrongTypes,
        ["type: Pod spec.containers = \"app\" (string where array)"] = WrongTypes,
        ["type: Pod spec.containers[0] = \"app\" (string where object)"] = WrongTypes,
        ["type: Pod spec.containers[0].name = 5 (number where string)"] = WrongTypes,
        ["type: Pod spec.containers[0].image = [\"busybox\"] (array where string)"] = WrongTypes,
        ["type: Pod spec.containers[0].ports = {} (object where array)"] = WrongTypes,
        ["type: Pod spec.containers[0].ports[0].containerPort = \"eighty\" (string where int)"] = WrongTypes,
        ["type: Pod spec.containers[0].ports[0].containerPort = 80.5 (fraction where int)"] = WrongTypes,
        ["type: Pod spec.containers[0].ports[0].containerPort = 99999999999 (int64 where int32)"] = WrongTypes,
        ["type: Pod spec.containers[0].ports[0].protocol = 6 (number where enum)"] = WrongTypes,
        ["type: Pod spec.containers[0].env = {\"A\":\"1\"} (map where array)"] = WrongTypes,
        ["type: Pod spec.containers[0].env[0].value = 1 (number where string)"] = WrongTypes,
        ["type: Pod spec.containers[0].resources.limits = [\"cpu\"] (array where map)"] = WrongTypes,
        ["type: Pod spec.containers[0].resources.limits.cpu = \"lots\" (invalid quantity)"] = WrongTypes,
        ["type: Pod spec.containers[0].resources.limits.cpu = {} (object where quantity)"] = WrongTypes,
        ["type: Pod spec.restartPolicy = true (boolean where enum)"] = WrongTypes,
        ["type: Pod spec.terminationGracePeriodSeconds = \"30\" (string where int)"] = WrongTypes,
        ["type: Pod spec.nodeSelector = [\"a\"] (array where map)"] = WrongTypes,
        ["type: Pod spec.volumes = {\"v\":{}} (map where array)"] = WrongTypes,
        ["type: Deployment spec.replicas = \"three\" (string where int)"] = WrongTypes,
        ["type: Deployment spec.replicas = true (boolean where int)"] = WrongTypes,
        ["type: Deployment spec.replicas = {} (object where int)"] = WrongTypes,
        ["type: Deployment spec.replicas = 1.5 (fraction where int)"] = WrongTypes,
        ["type: Deployment spec.replicas = 4294967296 (beyond int32)"] = WrongTypes,
        ["type: Deployment spec = \"web\" (string where object)"] = WrongTypes,
        ["type: Deployment spec.selector = \"app=x\" (string where selector)"] = WrongTypes,
        ["type: Deployment spec.selector.matchLabels = [\"app\"] (array where map)"] = WrongTypes,
        ["type: Deployment spec.template = [] (array where object)"] = WrongTypes,
        ["type: Deployment spec.template.spec.containers = {} (object where array)"] = WrongTypes,
        ["type: Deployment spec.template.spec.containers[0].image = 7 (number where string)"] = WrongTypes,
        ["type: Deployment spec.strategy = \"Recreate\" (string where object)"] = WrongTypes,
        ["type: Deployment spec.paused = \"yes\" (string where boolean)"] = WrongTypes,
        ["type: Service spec.ports = {\"port\":80} (object where array)"] = WrongTypes,
        ["type: Service spec.ports[0].port = \"http\" (string where int)"] = WrongTypes,
        ["type: Service spec.ports[0].port = 1.5 (fraction where int)"] = WrongTypes,
        ["type: Service spec.ports[0].targetPort = {} (object where int-or-string)"] = WrongTypes,
        ["type: Service spec.ports[0].targetPort = true (boolean where int-or-string)"] = WrongTypes,
        ["type: Service spec.selector = [\"app=x\"] (array where map)"] = WrongTypes,
        ["type: Service spec.clusterIP = 10 (number where string)"] = WrongTypes,
        ["type: Service spec.sessionAffinity = [] (array where enum)"] = WrongTypes,
        ["apply: without kind"] = ApplyWithoutKind,
        ["query: delete with orphanDependents and propagationPolicy"] = DeleteQuery,
        ["strategic patch: $deleteFromPrimitiveList not a list"] = SmpDirective,
    };

    public static IReadOnlyDictionary<string, string> Grpc { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
