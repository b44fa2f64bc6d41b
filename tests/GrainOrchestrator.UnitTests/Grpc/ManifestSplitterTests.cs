using GrainOrchestrator.Gateway.Grpc.Manifests;

namespace GrainOrchestrator.UnitTests.Grpc;

public sealed class ManifestSplitterTests
{
    private static IReadOnlyList<string> Names(string manifest) =>
        [.. ManifestSplitter.Split(manifest).Select(o => o["metadata"]!["name"]!.GetValue<string>())];

    [Fact]
    public void Yaml_documents_split_on_separator_lines_and_empty_ones_are_skipped()
    {
        var manifest = "---\n# leading comment only\n---\nkind: A\nmetadata:\n  name: a\n--- # with a comment\nkind: B\nmetadata:\n  name: b\n---\n\n---\nkind: C\nmetadata: {name: c}\n...\n";

        Names(manifest).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Windows_line_endings_split_the_same()
    {
        Names("kind: A\r\nmetadata:\r\n  name: a\r\n---\r\nkind: B\r\nmetadata:\r\n  name: b\r\n").ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Dashes_inside_content_are_not_separators()
    {
        var objects = ManifestSplitter.Split("kind: A\nmetadata:\n  name: a\ndata:\n  text: |\n    ----\n    ---x\n");

        objects.Count.ShouldBe(1);
        objects[0]["data"]!["text"]!.GetValue<string>().ShouldBe("----\n---x\n");
    }

    [Fact]
    public void A_json_object_is_one_document_with_exact_numbers()
    {
        var objects = ManifestSplitter.Split("  {\"kind\":\"A\",\"metadata\":{\"name\":\"a\"},\"spec\":{\"big\":9007199254740993}}");

        objects.Count.ShouldBe(1);
        objects[0]["spec"]!["big"]!.GetValue<long>().ShouldBe(9007199254740993L);
    }

    [Theory]
    [InlineData("{\"kind\":\"List\",\"items\":[{\"metadata\":{\"name\":\"a\"}},{\"metadata\":{\"name\":\"b\"}}]}")]
    [InlineData("[{\"metadata\":{\"name\":\"a\"}},{\"metadata\":{\"name\":\"b\"}}]")]
    [InlineData("apiVersion: v1\nkind: ConfigMapList\nitems:\n- metadata: {name: a}\n- metadata: {name: b}\n")]
    public void Lists_contribute_their_items(string manifest) =>
        Names(manifest).ShouldBe(["a", "b"]);

    [Fact]
    public void A_yaml_flow_mapping_that_is_not_json_still_reads()
    {
        Names("{kind: A, metadata: {name: a}}").ShouldBe(["a"]);
    }

    [Theory]
    [InlineData("kind: A\nmetadata: [unclosed\n", "YAML document 0")]
    [InlineData("kind: A\n---\njust a scalar\n", "document 1 is not an object")]
    [InlineData("kind: A\n---\n- just\n- a list\n", "document 1: every item of an array must be an object")]
    [InlineData("{\"kind\": ", "as JSON")]
    [InlineData("[1, 2]", "every item of an array must be an object")]
    [InlineData("kind: List\nitems:\n- 3\n", "every item of a List must be an object")]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", "more than")]
    public void Unreadable_manifests_say_why(string manifest, string expected)
    {
        var error = Should.Throw<ManifestException>(() => ManifestSplitter.Split(manifest));

        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void An_empty_manifest_has_no_objects()
    {
        ManifestSplitter.Split("# nothing here\n---\n").ShouldBeEmpty();
    }
}
