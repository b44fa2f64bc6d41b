namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Label and field selectors that do not parse or name fields that cannot be selected.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> Selectors()
    {
        foreach (var (label, selector, fragment) in (IEnumerable<(string, string, string)>)
                 [
                     ("no key", "=x", "selector"),
                     ("triple equals", "a===b", "selector"),
                     ("unclosed set", "a in (b,c", "selector"),
                     ("set without parentheses", "a in b", "selector"),
                     ("empty set", "a notin ()", "selector"),
                     ("lone bang", "!", "selector"),
                     ("bang after key", "a!", "selector"),
                     ("empty term", "a=b,,c=d", "selector"),
                     ("space inside value", "a=b c", "selector"),
                     ("space inside key", "my key=1", "selector"),
                     ("greater than a word", "a>b", "selector"),
                     ("key of 64 characters", new string('k', 64) + "=v", "invalid label"),
                     ("value of 64 characters", "k=" + new string('v', 64), "invalid label"),
                     ("value with an at sign", "k=a@b", "invalid label"),
                     ("invalid prefix", "-bad.prefix/k=v", "invalid label"),
                     ("unicode key", "ключ=v", "invalid label"),
                     ("only a comma", ",", "selector"),
                 ])
        {
            yield return Get($"label selector: {label}", $"{ConfigMaps}?labelSelector={Uri.EscapeDataString(selector)}", [400], fragment);
        }

        yield return Get("label selector: undecodable percent escape", $"{ConfigMaps}?labelSelector=%ZZ", [400], "invalid label");
        yield return Get("label selector: on a cluster-wide list", $"/api/v1/configmaps?labelSelector={Uri.EscapeDataString("a in (")}", [400], "selector");
        yield return Get("label selector: on a watch", $"{ConfigMaps}?watch=true&labelSelector={Uri.EscapeDataString("a in (")}", [400], "selector") with { Streaming = true };
        yield return new RestCase("label selector: on delete collection", "DELETE", $"{ConfigMaps}?dryRun=All&labelSelector={Uri.EscapeDataString("=x")}") { Codes = [400], Fragment = "selector" };

        foreach (var (label, url, selector, fragment) in (IEnumerable<(string, string, string, string)>)
                 [
                     ("unknown field", ConfigMaps, "foo.bar=x", "foo.bar"),
                     ("pod field on configmaps", ConfigMaps, "spec.nodeName=n1", "spec.nodeName"),
                     ("status.phase on deployments", Deployments, "status.phase=Running", "status.phase"),
                     ("label path as field", ConfigMaps, "metadata.labels.app=x", "metadata.labels"),
                     ("set-based", ConfigMaps, "metadata.name in (a,b)", "field"),
                     ("greater than", ConfigMaps, "metadata.name>5", "field"),
                     ("no operator", ConfigMaps, "metadata.name", "field"),
                     ("no key", ConfigMaps, "=seed-cm", "field"),
                     ("negated existence", ConfigMaps, "!metadata.name", "field"),
                     ("unknown pod field", Pods, "spec.hostname=h", "spec.hostname"),
                 ])
        {
            yield return Get($"field selector: {label}", $"{url}?fieldSelector={Uri.EscapeDataString(selector)}", [400], fragment);
        }

        yield return Get("field selector: on a watch", $"{ConfigMaps}?watch=true&fieldSelector=foo.bar%3Dx", [400], "foo.bar") with { Streaming = true };
        yield return new RestCase("field selector: on delete collection", "DELETE", $"{ConfigMaps}?dryRun=All&fieldSelector=foo.bar%3Dx") { Codes = [400], Fragment = "foo.bar" };
    }
}
