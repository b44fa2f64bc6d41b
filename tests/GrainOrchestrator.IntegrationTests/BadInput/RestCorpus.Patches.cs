namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Invalid patches of each of the four kinds against the seed objects (which must not change).</summary>
public static partial class RestCorpus
{
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicPatch = "application/strategic-merge-patch+json";
    public const string ApplyPatch = "application/apply-patch+yaml";

    private static IEnumerable<RestCase> Patches()
    {
        // JSON patch (RFC 6902)
        yield return Patch("json patch: malformed", SeedConfigMap, JsonPatch, "[{\"op\":", [400], "decod");
        yield return Patch("json patch: an object instead of an array", SeedConfigMap, JsonPatch, "{\"op\":\"add\",\"path\":\"/data/x\",\"value\":\"y\"}", [400, 422], "array");
        yield return Patch("json patch: array of numbers", SeedConfigMap, JsonPatch, "[1,2,3]", [400, 422], "operation");
        yield return Patch("json patch: missing op", SeedConfigMap, JsonPatch, "[{\"path\":\"/data/value\",\"value\":\"x\"}]", [400, 422], "op");
        yield return Patch("json patch: unknown op", SeedConfigMap, JsonPatch, "[{\"op\":\"frobnicate\",\"path\":\"/data/value\"}]", [400, 422], "frobnicate");
        yield return Patch("json patch: numeric op", SeedConfigMap, JsonPatch, "[{\"op\":1,\"path\":\"/data/value\"}]", [400, 422], "op");
        yield return Patch("json patch: missing path", SeedConfigMap, JsonPatch, "[{\"op\":\"remove\"}]", [400, 422], "path");
        yield return Patch("json patch: path without leading slash", SeedConfigMap, JsonPatch, "[{\"op\":\"replace\",\"path\":\"data/value\",\"value\":\"x\"}]", [400, 422], "data/value");
        yield return Patch("json patch: bad escape in path", SeedConfigMap, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/data/a~2b\",\"value\":\"x\"}]", [400, 422], "~2");
        yield return Patch("json patch: test fails", SeedConfigMap, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/data/other\",\"value\":\"changed\"},{\"op\":\"test\",\"path\":\"/data/value\",\"value\":\"not-the-value\"}]", [422], "test");
        yield return Patch("json patch: test of a missing path", SeedConfigMap, JsonPatch, "[{\"op\":\"test\",\"path\":\"/data/missing\",\"value\":\"x\"}]", [422], "missing");
        yield return Patch("json patch: remove a path to nowhere", SeedConfigMap, JsonPatch, "[{\"op\":\"remove\",\"path\":\"/spec/nothing/here\"}]", [422], "/spec/nothing/here");
        yield return Patch("json patch: replace a path to nowhere", SeedDeployment, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/spec/nope/deeper\",\"value\":1}]", [422], "/spec/nope");
        yield return Patch("json patch: add past the end of an array", SeedDeployment, JsonPatch, "[{\"op\":\"add\",\"path\":\"/spec/template/spec/containers/99\",\"value\":{\"name\":\"x\",\"image\":\"y\"}}]", [422], "99");
        yield return Patch("json patch: huge array index", SeedDeployment, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/99999999999999999999/image\",\"value\":\"x\"}]", [422], "99999999999999999999");
        yield return Patch("json patch: negative array index", SeedDeployment, JsonPatch, "[{\"op\":\"remove\",\"path\":\"/spec/template/spec/containers/-1\"}]", [422], "-1");
        yield return Patch("json patch: move from nowhere", SeedConfigMap, JsonPatch, "[{\"op\":\"move\",\"from\":\"/data/ghost\",\"path\":\"/data/value\"}]", [422], "ghost");
        yield return Patch("json patch: copy from nowhere", SeedConfigMap, JsonPatch, "[{\"op\":\"copy\",\"from\":\"/data/ghost\",\"path\":\"/data/new\"}]", [422], "ghost");
        yield return Patch("json patch: move into itself", SeedDeployment, JsonPatch, "[{\"op\":\"move\",\"from\":\"/spec\",\"path\":\"/spec/template/inner\"}]", [422], "spec");
        yield return Patch("json patch: add without a value", SeedConfigMap, JsonPatch, "[{\"op\":\"add\",\"path\":\"/data/x\"}]", [400, 422], "value");
        yield return Patch("json patch: remove the whole object", SeedConfigMap, JsonPatch, "[{\"op\":\"remove\",\"path\":\"\"}]", [400, 422], string.Empty);
        yield return Patch("json patch: change the kind", SeedConfigMap, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/kind\",\"value\":\"Secret\"}]", [400, 422], "kind");
        yield return Patch("json patch: change the name", SeedConfigMap, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/metadata/name\",\"value\":\"renamed\"}]", [400, 422], "name");
        yield return Patch("json patch: negative replicas", SeedDeployment, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":-1}]", [422], "spec.replicas");
        yield return Patch("json patch: replicas of the wrong type", SeedDeployment, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":\"many\"}]", [400, 422], "replicas");
        yield return Patch("json patch: data of the wrong type", SeedConfigMap, JsonPatch, "[{\"op\":\"replace\",\"path\":\"/data\",\"value\":[1,2]}]", [400, 422], "data");

        // JSON merge patch (RFC 7386)
        yield return Patch("merge patch: malformed", SeedConfigMap, MergePatch, "{\"data\":", [400], "decod");
        yield return Patch("merge patch: an array", SeedConfigMap, MergePatch, "[{\"data\":{}}]", [400, 422], "object");
        yield return Patch("merge patch: a string", SeedConfigMap, MergePatch, "\"data\"", [400, 422], "object");
        yield return Patch("merge patch: replicas of the wrong type", SeedDeployment, MergePatch, "{\"spec\":{\"replicas\":\"many\"}}", [400, 422], "replicas");
        yield return Patch("merge patch: negative replicas", SeedDeployment, MergePatch, "{\"spec\":{\"replicas\":-5}}", [422], "spec.replicas");
        yield return Patch("merge patch: remove the template", SeedDeployment, MergePatch, "{\"spec\":{\"template\":null}}", [422], "template");
        yield return Patch("merge patch: data as a string", SeedConfigMap, MergePatch, "{\"data\":\"flat\"}", [400, 422], "data");
        yield return Patch("merge patch: rename", SeedConfigMap, MergePatch, "{\"metadata\":{\"name\":\"renamed\"}}", [400, 422], "name");
        yield return Patch("merge patch: change the kind", SeedConfigMap, MergePatch, "{\"kind\":\"Secret\"}", [400, 422], "kind");
        yield return Patch("merge patch: stale resourceVersion", SeedConfigMap, MergePatch, "{\"metadata\":{\"resourceVersion\":\"1\"},\"data\":{\"value\":\"stale\"}}", [409], "the object has been modified");
        yield return Patch("merge patch: unknown field with Strict", SeedConfigMap + "?fieldValidation=Strict", MergePatch, "{\"data\":{\"value\":\"x\"},\"spec\":{\"oops\":1}}", [400], "unknown field \"spec\"");
        yield return Patch("merge patch: 10000 nested levels", SeedConfigMap, MergePatch, "{}", [400], "depth") with { Body = Bodies.NestedJsonObjects(10_000) };
        yield return Patch("merge patch: empty body", SeedConfigMap, MergePatch, string.Empty, [400], "decod");
        yield return Patch("merge patch: missing object", $"{ConfigMaps}/does-not-exist", MergePatch, "{\"data\":{\"a\":\"b\"}}", [404], "not found");
        yield return Patch("merge patch: on the collection", ConfigMaps, MergePatch, "{\"data\":{\"a\":\"b\"}}", [405], "method");

        // Strategic merge patch
        yield return Patch("strategic patch: malformed", SeedDeployment, StrategicPatch, "{\"spec\":{", [400], "decod");
        yield return Patch("strategic patch: an array", SeedDeployment, StrategicPatch, "[]", [400, 422], "object");
        yield return Patch("strategic patch: unknown top-level $patch", SeedDeployment, StrategicPatch, "{\"$patch\":\"explode\"}", [400, 422], "explode");
        yield return Patch("strategic patch: unknown $patch in a list item", SeedDeployment, StrategicPatch, "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"$patch\":\"frobnicate\"}]}}}}", [400, 422], "frobnicate");
        yield return Patch("strategic patch: numeric $patch", SeedDeployment, StrategicPatch, "{\"spec\":{\"$patch\":5}}", [400, 422], "$patch");
        yield return Patch("strategic patch: $setElementOrder not a list", SeedDeployment, StrategicPatch, "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":\"web\"}}}}", [400, 422], "setElementOrder");
        yield return Patch("strategic patch: $retainKeys not a list", SeedDeployment, StrategicPatch, "{\"spec\":{\"strategy\":{\"$retainKeys\":\"type\",\"type\":\"Recreate\"}}}", [400, 422], "retainKeys");
        yield return Patch("strategic patch: list item without its merge key", SeedDeployment, StrategicPatch, "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"image\":\"nginx:2\"}]}}}}", [400, 422], "name");
        yield return Patch("strategic patch: list as a string", SeedDeployment, StrategicPatch, "{\"spec\":{\"template\":{\"spec\":{\"containers\":\"web\"}}}}", [400, 422], "containers");
        yield return Patch("strategic patch: delete the only container", SeedDeployment, StrategicPatch, "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"$patch\":\"delete\"}]}}}}", [422], "containers");
        yield return Patch("strategic patch: negative replicas", SeedDeployment, StrategicPatch, "{\"spec\":{\"replicas\":-1}}", [422], "spec.replicas");
        yield return Patch("strategic patch: replicas of the wrong type", SeedDeployment, StrategicPatch, "{\"spec\":{\"replicas\":[]}}", [400, 422], "replicas");
        yield return Patch("strategic patch: $deleteFromPrimitiveList not a list", SeedConfigMap + "?dryRun=All", StrategicPatch, "{\"metadata\":{\"$deleteFromPrimitiveList/finalizers\":\"x\"}}", [400, 422], "finalizers");

        // Server-side apply
        yield return Patch("apply: malformed YAML", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n", [400], "yaml");
        yield return Patch("apply: alias bomb", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, string.Empty, [400], "nodes") with { Body = Bodies.YamlAliasBomb("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: seed-cm\n") };
        yield return Patch("apply: malformed JSON", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "{\"apiVersion\":\"v1\",", [400], "decod");
        yield return Patch("apply: a YAML list", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "- apiVersion: v1\n", [400, 422], "object");
        yield return Patch("apply: kind does not match", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: seed-cm\nstringData:\n  value: hijack\n", [400, 422], "Secret");
        yield return Patch("apply: name does not match", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: another\ndata:\n  value: hijack\n", [400, 422], "name");
        yield return Patch("apply: without kind", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: v1\nmetadata:\n  name: seed-cm\ndata:\n  value: hijack\n", [400, 422], "kind");
        yield return Patch("apply: negative replicas", SeedDeployment + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: seed-deploy\nspec:\n  replicas: -2\n", [422], "spec.replicas");
        yield return Patch("apply: data as a list", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: seed-cm\ndata:\n- a\n", [400, 422], "data");
        yield return Patch("apply: unknown field with Strict", SeedConfigMap + "?fieldManager=bad&fieldValidation=Strict", ApplyPatch, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: seed-cm\nspce:\n  value: typo\n", [400], "unknown field \"spce\"");
        yield return Patch("apply: without fieldManager", SeedConfigMap + "?dryRun=All", ApplyPatch, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: seed-cm\ndata:\n  value: no-manager\n", [400, 422], "fieldManager");
        yield return Patch("apply: two documents", SeedConfigMap + "?fieldManager=bad&force=true&dryRun=All", ApplyPatch, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: seed-cm\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: seed-cm\n", [400], "document");
    }
}
