namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Malformed DeleteOptions (and eviction/binding bodies). Deletes carry dryRun=All so that a wrongly accepted one removes nothing.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> DeleteBodies()
    {
        RestCase Delete(string label, string body, IReadOnlyList<int> codes, string fragment, string contentType = Json) =>
            new($"delete options: {label}", "DELETE", $"{SeedConfigMap}?dryRun=All") { Body = Bodies.Utf8(body), ContentType = contentType, Codes = codes, Fragment = fragment };

        yield return Delete("malformed JSON", "{\"propagationPolicy\":", [400], "decod");
        yield return Delete("an array", "[]", [400], "DeleteOptions");
        yield return Delete("a string", "\"Foreground\"", [400], "DeleteOptions");
        yield return Delete("propagationPolicy as a number", "{\"propagationPolicy\":5}", [400], "propagationPolicy");
        yield return Delete("propagationPolicy unknown", "{\"propagationPolicy\":\"Sometimes\"}", [400, 422], "propagationPolicy");
        yield return Delete("gracePeriodSeconds as a string", "{\"gracePeriodSeconds\":\"ten\"}", [400], "gracePeriodSeconds");
        yield return Delete("gracePeriodSeconds as a fraction", "{\"gracePeriodSeconds\":1.5}", [400], "gracePeriodSeconds");
        yield return Delete("preconditions as a string", "{\"preconditions\":\"uid\"}", [400], "preconditions");
        yield return Delete("precondition uid as a number", "{\"preconditions\":{\"uid\":5}}", [400], "uid");
        yield return Delete("precondition uid that does not match", "{\"preconditions\":{\"uid\":\"00000000-0000-0000-0000-000000000000\"}}", [409], "Precondition failed");
        yield return Delete("precondition resourceVersion that does not match", "{\"preconditions\":{\"resourceVersion\":\"1\"}}", [409], "Precondition failed");
        yield return Delete("dryRun as a string", "{\"dryRun\":\"All\"}", [400], "dryRun");
        yield return Delete("dryRun with an unknown value", "{\"dryRun\":[\"Bogus\"]}", [400], "dry run");
        yield return Delete("orphanDependents as a string", "{\"orphanDependents\":\"yes\"}", [400], "orphanDependents");
        yield return Delete("kind is not DeleteOptions", "{\"kind\":\"Pod\",\"apiVersion\":\"v1\"}", [400], "DeleteOptions");
        yield return Delete("malformed YAML", "propagationPolicy: [Foreground", [400], "yaml", Yaml);
        yield return Delete("malformed protobuf", "k8s", [400], "protobuf", Protobufs.MediaType);
        yield return Delete("10000 nested levels", "{}", [400], "depth") with { Body = Bodies.NestedJsonObjects(10_000) };
        yield return Delete("as text/plain", "{\"propagationPolicy\":\"Background\"}", [415], "media type", "text/plain");
        yield return Delete("10 MiB", "{}", [413], "too large") with { Body = Bodies.HugeConfigMap("x", 10 * Bodies.MiB) };

        yield return new RestCase("eviction: malformed body", "POST", $"{SeedPod}/eviction") { Body = Bodies.Utf8("{\"deleteOptions\":"), ContentType = Json, Codes = [400], Fragment = "decod" };
        yield return new RestCase("eviction: an array body", "POST", $"{SeedPod}/eviction") { Body = Bodies.Utf8("[1]"), ContentType = Json, Codes = [400], Fragment = "object" };
        yield return new RestCase("eviction: deleteOptions with a numeric policy", "POST", $"{SeedPod}/eviction") { Body = Bodies.Utf8("{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"seed-pod\"},\"deleteOptions\":{\"propagationPolicy\":7,\"dryRun\":[\"All\"]}}"), ContentType = Json, Codes = [400], Fragment = "propagationPolicy" };
        yield return new RestCase("eviction: for another pod", "POST", $"{SeedPod}/eviction") { Body = Bodies.Utf8("{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"someone-else\"},\"deleteOptions\":{\"dryRun\":[\"All\"]}}"), ContentType = Json, Codes = [400], Fragment = "name" };
        yield return new RestCase("eviction: of a missing pod", "POST", $"{Pods}/no-such-pod/eviction") { Body = Bodies.Utf8("{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"no-such-pod\"}}"), ContentType = Json, Codes = [404], Fragment = "not found" };
        yield return new RestCase("binding: malformed body", "POST", $"{SeedPod}/binding") { Body = Bodies.Utf8("{\"target\":"), ContentType = Json, Codes = [400], Fragment = "decod" };
        yield return new RestCase("binding: target as a string", "POST", $"{SeedPod}/binding") { Body = Bodies.Utf8("{\"apiVersion\":\"v1\",\"kind\":\"Binding\",\"metadata\":{\"name\":\"seed-pod\"},\"target\":\"node-1\"}"), ContentType = Json, Codes = [400, 422], Fragment = "target" };
        yield return new RestCase("scale: replicas as a string", "PUT", $"{SeedDeployment}/scale") { Body = Bodies.Utf8("{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"seed-deploy\"},\"spec\":{\"replicas\":\"many\"}}"), ContentType = Json, Codes = [400, 422], Fragment = "replicas" };
        yield return new RestCase("scale: negative replicas", "PUT", $"{SeedDeployment}/scale") { Body = Bodies.Utf8("{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"seed-deploy\"},\"spec\":{\"replicas\":-4}}"), ContentType = Json, Codes = [422], Fragment = "replicas" };
        yield return Patch("scale: merge patch with negative replicas", $"{SeedDeployment}/scale", MergePatch, "{\"spec\":{\"replicas\":-1}}", [422], "replicas");
        yield return Patch("scale: malformed merge patch", $"{SeedDeployment}/scale", MergePatch, "{\"spec\":", [400], "decod");
    }
}
