namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Object names that are not names: slashes, dots, case, length, unicode, emptiness.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> Names_()
    {
        // In the URL.
        yield return Get("url name: encoded slash", $"{ConfigMaps}/a%2Fb", [400, 404, 422], string.Empty);
        yield return Get("url name: encoded slash to the seed", $"{ConfigMaps}/x%2F..%2F{BadInputServer.SeedConfigMap}", [400, 404, 422], string.Empty);
        yield return Get("url name: encoded dot-dot", $"{ConfigMaps}/%2E%2E", [400, 404, 422], string.Empty);
        yield return Get("url name: encoded dot", $"{ConfigMaps}/%2E", [400, 404, 422], string.Empty);
        yield return Get("url name: encoded NUL", $"{ConfigMaps}/a%00b", [400, 404, 422], string.Empty);
        yield return Get("url name: percent sign", $"{ConfigMaps}/a%25b", [400, 404, 422], string.Empty);
        yield return Get("url name: 300 characters", $"{ConfigMaps}/{new string('a', 300)}", [400, 404, 422], string.Empty);
        yield return Get("url name: unicode", $"{ConfigMaps}/%C3%A9t%C3%A9", [400, 404, 422], string.Empty);
        yield return Get("url name: upper case", $"{ConfigMaps}/SEED-CM", [400, 404, 422], string.Empty);
        yield return Get("url namespace: encoded slash", $"/api/v1/namespaces/{Ns}%2Fx/configmaps/seed-cm", [400, 404, 422], string.Empty);
        yield return Get("url namespace: dot-dot", "/api/v1/namespaces/%2E%2E/configmaps/seed-cm", [400, 404, 422], string.Empty);
        yield return new RestCase("url name: DELETE with an encoded slash", "DELETE", $"{ConfigMaps}/{Ns}%2F{BadInputServer.SeedConfigMap}?dryRun=All") { Codes = [400, 404, 422], Fragment = string.Empty };
        yield return new RestCase("url name: DELETE of dot-dot", "DELETE", $"{ConfigMaps}/%2E%2E?dryRun=All") { Codes = [400, 404, 422], Fragment = string.Empty };
        yield return new RestCase("url name: PUT of a slash name", "PUT", $"{ConfigMaps}/a%2Fb")
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a/b"}}"""),
            ContentType = Json,
            Codes = [400, 404, 422],
            Fragment = string.Empty,
        };

        // In the body.
        foreach (var (label, name, fragment) in (IEnumerable<(string, string, string)>)
                 [
                     ("slash", "a/b", "metadata.name"),
                     ("dot-dot", "..", "metadata.name"),
                     ("dot", ".", "metadata.name"),
                     ("upper case", "UpperCase", "metadata.name"),
                     ("300 characters", new string('a', 300), "metadata.name"),
                     ("254 characters", new string('a', 254), "metadata.name"),
                     ("unicode", "héllo", "metadata.name"),
                     ("emoji", "cm-😀", "metadata.name"),
                     ("space", "two words", "metadata.name"),
                     ("leading dash", "-lead", "metadata.name"),
                     ("trailing dot", "trail.", "metadata.name"),
                     ("NUL", "a\u0000b", "metadata.name"),
                     ("percent", "a%2Fb", "metadata.name"),
                     ("underscore", "snake_case", "metadata.name"),
                     ("empty", string.Empty, "name"),
                 ])
        {
            var json = new System.Text.Json.Nodes.JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = name } };
            yield return Post($"body name: {label}", ConfigMaps, Manifests.Body(json), [422], fragment) with { Reason = "Invalid" };
        }

        yield return Post("body name: pod upper case", Pods, Manifests.Body(Manifests.Pod("WebPod")), [422], "metadata.name");
        yield return Post("body name: deployment 300 characters", Deployments, Manifests.Body(Manifests.Deployment(new string('d', 300))), [422], "metadata.name");
        yield return Post("body name: service starting with a digit", Services, Manifests.Body(Manifests.Service("1svc")), [422], "metadata.name");
        yield return Post("body name: service of 64 characters", Services, Manifests.Body(Manifests.Service(new string('s', 64))), [422], "metadata.name");
        yield return Post("body name: service with a dot", Services, Manifests.Body(Manifests.Service("a.b")), [422], "metadata.name");
        yield return PostJson("body name: generateName with upper case", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"BAD-"}}""", [422], "generateName");
        yield return PostJson("body name: null name", ConfigMaps, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":null}}""", [422], "name");
        yield return PostJson("body labels: invalid key", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bad-label-key","labels":{"bad key!":"v"}}}""", [422], "metadata.labels");
        yield return PostJson("body labels: value of 64 characters", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bad-label-value","labels":{"k":"__VALUE__"}}}""".Replace("__VALUE__", new string('v', 64), StringComparison.Ordinal), [422], "metadata.labels");
        yield return PostJson("body labels: value with a slash", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bad-label-slash","labels":{"k":"a/b"}}}""", [422], "metadata.labels");
        yield return PostJson("body annotations: invalid key", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bad-annotation","annotations":{"/nokey":"v"}}}""", [422], "metadata.annotations");
        yield return PostJson("body data: invalid key", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bad-data-key"},"data":{"bad key!":"v"}}""", [422], "data");
        yield return PostJson("body data: same key in data and binaryData", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dup-data-key"},"data":{"k":"v"},"binaryData":{"k":"dg=="}}""", [422], "k");
    }
}
