namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Bodies that cannot be decoded: broken JSON and YAML, bombs, depth, size.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> Decoding()
    {
        yield return PostJson("json: truncated object", ConfigMaps, "{\"apiVersion\":", [400], "decod");
        yield return PostJson("json: lone brace", ConfigMaps, "{", [400], "decod");
        yield return PostJson("json: trailing garbage", ConfigMaps, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"tg"}} trailing""", [400], "decod");
        yield return PostJson("json: single quotes", ConfigMaps, "{'apiVersion':'v1'}", [400], "decod");
        yield return PostJson("json: unquoted keys", ConfigMaps, "{apiVersion: v1}", [400], "decod");
        yield return PostJson("json: trailing comma", ConfigMaps, """{"apiVersion":"v1","kind":"ConfigMap",}""", [400], "decod");
        yield return PostJson("json: comment", ConfigMaps, """{"apiVersion":"v1" /* hi */}""", [400], "decod");
        yield return PostJson("json: NaN literal", ConfigMaps, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"nan","generation":NaN}}""", [400], "decod");
        yield return PostJson("json: array body", ConfigMaps, "[]", [400], "object");
        yield return PostJson("json: string body", ConfigMaps, "\"configmap\"", [400], "object");
        yield return PostJson("json: number body", ConfigMaps, "42", [400], "object");
        yield return PostJson("json: null body", ConfigMaps, "null", [400], "object");
        yield return PostJson("json: empty object", ConfigMaps, "{}", [400, 422], "name");
        yield return Post("json: empty body", ConfigMaps, Bodies.Raw(), [400], "empty");
        yield return PostJson("json: whitespace body", ConfigMaps, "  \n\t ", [400], "decod");
        yield return Post("json: invalid utf-8", ConfigMaps, Bodies.Raw(0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D), [400], "decod");
        yield return Post("json: utf-16 body", ConfigMaps, () => System.Text.Encoding.Unicode.GetBytes("""{"apiVersion":"v1","kind":"ConfigMap"}"""), [400], "decod");
        yield return Post("json: 10000 nested objects", ConfigMaps, Bodies.NestedJsonObjects(10_000), [400], "depth");
        yield return Post("json: 10000 nested arrays", ConfigMaps, Bodies.NestedJsonArrays(10_000), [400], "depth");
        yield return Post("json: 10000 nested levels inside data", ConfigMaps, Bodies.ConfigMapWithNestedData("deep", 10_000), [400], "depth");
        yield return Post("json: 100000 nested objects", ConfigMaps, Bodies.NestedJsonObjects(100_000), [400, 413], "depth");
        yield return Post("size: 10 MiB JSON body", ConfigMaps, Bodies.HugeConfigMap("huge", 10 * Bodies.MiB), [413], "too large") with { Reason = "RequestEntityTooLarge" };
        yield return Post("size: 10 MiB chunked body", ConfigMaps, Bodies.HugeConfigMap("huge-chunked", 10 * Bodies.MiB), [413], "too large") with { Chunked = true };
        yield return Post("size: 3 MiB + 1 byte", ConfigMaps, Bodies.HugeConfigMap("just-over", (3 * Bodies.MiB) + 1), [413], "too large");
        yield return Post("size: 10 MiB YAML body", ConfigMaps, Bodies.HugeConfigMap("huge-yaml", 10 * Bodies.MiB), [413], "too large", Yaml);
        yield return Post("size: 10 MiB random protobuf", ConfigMaps, Bodies.RandomBytes(10 * Bodies.MiB, 7, Protobufs.Magic), [413], "too large", Protobufs.MediaType);
        yield return new RestCase("size: 10 MiB PUT", "PUT", SeedConfigMap) { Body = Bodies.HugeConfigMap(BadInputServer.SeedConfigMap, 10 * Bodies.MiB), ContentType = Json, Codes = [413], Fragment = "too large" };
        yield return Patch("size: 10 MiB merge patch", SeedConfigMap, "application/merge-patch+json", "{}", [413], "too large") with { Body = Bodies.HugeConfigMap(BadInputServer.SeedConfigMap, 10 * Bodies.MiB) };

        yield return Post("yaml: unclosed flow sequence", ConfigMaps, Bodies.Utf8("apiVersion: v1\nkind: ConfigMap\ndata: [a, b\n"), [400], "yaml", Yaml);
        yield return Post("yaml: tab indentation", ConfigMaps, Bodies.Utf8("apiVersion: v1\nmetadata:\n\tname: tabs\n"), [400], "yaml", Yaml);
        yield return Post("yaml: bad indentation", ConfigMaps, Bodies.Utf8("apiVersion: v1\nmetadata:\n    name: a\n  labels: b\n"), [400], "yaml", Yaml);
        yield return Post("yaml: unterminated quote", ConfigMaps, Bodies.Utf8("apiVersion: \"v1\nkind: ConfigMap\n"), [400], "yaml", Yaml);
        yield return Post("yaml: undefined alias", ConfigMaps, Bodies.Utf8("apiVersion: v1\nkind: ConfigMap\nmetadata: *nowhere\n"), [400], "yaml", Yaml);
        yield return Post("yaml: duplicate keys", ConfigMaps, Bodies.Utf8("apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata:\n  name: dup\n"), [400], "duplicate", Yaml);
        yield return Post("yaml: complex mapping key", ConfigMaps, Bodies.Utf8("apiVersion: v1\nkind: ConfigMap\n? [a, b]\n: c\n"), [400], "key", Yaml);
        yield return Post("yaml: two documents", ConfigMaps, Bodies.Utf8("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: two\n"), [400], "document", Yaml);
        yield return Post("yaml: only a comment", ConfigMaps, Bodies.Utf8("# nothing here\n"), [400], "document", Yaml);
        yield return Post("yaml: a scalar document", ConfigMaps, Bodies.Utf8("just a string\n"), [400], "object", Yaml);
        yield return Post("yaml: a sequence document", ConfigMaps, Bodies.Utf8("- a\n- b\n"), [400], "object", Yaml);
        yield return Post("yaml: alias bomb (billion laughs)", ConfigMaps, Bodies.YamlAliasBomb(), [400], "nodes", Yaml);
        yield return Post("yaml: 10000 nested flow sequences", ConfigMaps, Bodies.NestedYamlFlow(10_000), [400], "nested", Yaml);
        yield return Post("yaml: 1000 nested block mappings", ConfigMaps, Bodies.NestedYamlBlock(1_000), [400], "nested", Yaml);
        yield return Post("yaml: binary garbage", ConfigMaps, Bodies.RandomBytes(4096, 11), [400], "UTF-8", Yaml);
        yield return Post("yaml: an empty document", ConfigMaps, Bodies.Utf8("---\n"), [400], "object", Yaml);
    }
}
