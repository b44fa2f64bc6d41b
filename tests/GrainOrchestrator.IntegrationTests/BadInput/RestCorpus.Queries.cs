namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Query parameters with values the API does not define. Writes carry dryRun=All where that keeps a wrongly accepted request harmless.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> Queries()
    {
        RestCase CreateWith(string label, string query, IReadOnlyList<int> codes, string fragment, string name) =>
            PostJson($"query: {label}", $"{ConfigMaps}?{query}", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"__NAME__"},"data":{"a":"b"}}""".Replace("__NAME__", name, StringComparison.Ordinal), codes, fragment);

        yield return CreateWith("dryRun=Bogus", "dryRun=Bogus", [400], "dry run", "q-dryrun-bogus");
        yield return CreateWith("dryRun=all (lower case)", "dryRun=all", [400], "dry run", "q-dryrun-lower");
        yield return CreateWith("dryRun=All and dryRun=Bogus", "dryRun=All&dryRun=Bogus", [400], "dry run", "q-dryrun-two");
        yield return CreateWith("fieldValidation=Bogus", "dryRun=All&fieldValidation=Bogus", [400], "fieldValidation", "q-fv-bogus");
        yield return CreateWith("fieldValidation=strict (lower case)", "dryRun=All&fieldValidation=strict", [400], "fieldValidation", "q-fv-lower");
        yield return CreateWith("fieldManager of 200 characters", $"dryRun=All&fieldManager={new string('m', 200)}", [422], "fieldManager", "q-fm-long");
        yield return Patch("query: force on a merge patch", $"{SeedConfigMap}?force=true&dryRun=All", MergePatch, "{\"data\":{\"value\":\"forced\"}}", [422], "force");

        yield return Get("query: watch from resourceVersion=abc", $"{ConfigMaps}?watch=true&resourceVersion=abc", [400], "resource version") with { Streaming = true };
        yield return Get("query: watch from a negative resourceVersion", $"{ConfigMaps}?watch=true&resourceVersion=-5", [400], "resource version") with { Streaming = true };
        yield return Get("query: watch from an overflowing resourceVersion", $"{ConfigMaps}?watch=true&resourceVersion=99999999999999999999999", [400], "resource version") with { Streaming = true };
        yield return Get("query: watch from a fractional resourceVersion", $"{ConfigMaps}?watch=true&resourceVersion=1.5", [400], "resource version") with { Streaming = true };
        yield return Get("query: watch with timeoutSeconds=abc", $"{ConfigMaps}?watch=true&timeoutSeconds=abc", [400], "timeoutSeconds") with { Streaming = true };
        yield return Get("query: list at resourceVersion=abc", $"{ConfigMaps}?resourceVersion=abc", [400], "resource version");
        yield return Get("query: list with resourceVersionMatch=Sometimes", $"{ConfigMaps}?resourceVersion=0&resourceVersionMatch=Sometimes", [400, 422], "resourceVersionMatch");

        yield return Get("query: garbage continue token", $"{ConfigMaps}?limit=1&continue=garbage", [400], "continue");
        yield return Get("query: continue token of base64 garbage", $"{ConfigMaps}?limit=1&continue={Uri.EscapeDataString(Convert.ToBase64String("{\"v\":\"x\",\"rv\":-1,\"start\":5}"u8.ToArray()))}", [400, 410], "continue");
        yield return Get("query: continue token of binary base64", $"{ConfigMaps}?limit=1&continue={Uri.EscapeDataString(Convert.ToBase64String(new byte[] { 0, 1, 2, 255, 254 }))}", [400], "continue");
        yield return Get("query: continue token of 4 KiB", $"{ConfigMaps}?limit=1&continue={new string('A', 4 * 1024)}", [400], "continue");
        yield return Get("query: continue token without a limit", $"{ConfigMaps}?continue=garbage", [400], "continue");
        yield return Get("query: limit=abc", $"{ConfigMaps}?limit=abc", [400], "limit");
        yield return Get("query: limit beyond int64", $"{ConfigMaps}?limit=99999999999999999999999", [400], "limit");
        yield return Get("query: limit=1e99", $"{ConfigMaps}?limit=1e99", [400], "limit");

        yield return new RestCase("query: delete with gracePeriodSeconds=abc", "DELETE", $"{SeedConfigMap}?dryRun=All&gracePeriodSeconds=abc") { Codes = [400], Fragment = "gracePeriodSeconds" };
        yield return new RestCase("query: delete with propagationPolicy=Sometimes", "DELETE", $"{SeedConfigMap}?dryRun=All&propagationPolicy=Sometimes") { Codes = [400, 422], Fragment = "propagationPolicy" };
        yield return new RestCase("query: delete with orphanDependents and propagationPolicy", "DELETE", $"{SeedConfigMap}?dryRun=All&orphanDependents=true&propagationPolicy=Foreground") { Codes = [422], Fragment = "propagationPolicy" };
    }
}
