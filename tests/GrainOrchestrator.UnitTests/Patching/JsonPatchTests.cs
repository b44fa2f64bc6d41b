using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Patching;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Patching;

public sealed class JsonPatchTests
{
    // Operations after RFC 6902 appendix A, written as (document, operations, result).
    [Theory]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux"}]""", """{"baz":"qux","foo":"bar"}""")]
    [InlineData("""{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/1","value":"qux"}]""", """{"foo":["bar","qux","baz"]}""")]
    [InlineData("""{"foo":["bar"]}""", """[{"op":"add","path":"/foo/-","value":["abc","def"]}]""", """{"foo":["bar",["abc","def"]]}""")]
    [InlineData("""{"foo":["bar"]}""", """[{"op":"add","path":"/foo/1","value":"end"}]""", """{"foo":["bar","end"]}""")]
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", """{"foo":"bar"}""")]
    [InlineData("""{"foo":["bar","qux","baz"]}""", """[{"op":"remove","path":"/foo/1"}]""", """{"foo":["bar","baz"]}""")]
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"replace","path":"/baz","value":"boo"}]""", """{"baz":"boo","foo":"bar"}""")]
    [InlineData("""{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}""", """[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]""", """{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}""")]
    [InlineData("""{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/3"}]""", """{"foo":["all","cows","eat","grass"]}""")]
    [InlineData("""{"baz":"qux","foo":["a",2,"c"]}""", """[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]""", """{"baz":"qux","foo":["a",2,"c"]}""")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/child","value":{"grandchild":{}}}]""", """{"foo":"bar","child":{"grandchild":{}}}""")]
    [InlineData("""{"/":9,"~1":10}""", """[{"op":"test","path":"/~01","value":10},{"op":"replace","path":"/~1","value":1}]""", """{"/":1,"~1":10}""")]
    [InlineData("""{"a":{"b":[1]}}""", """[{"op":"copy","from":"/a/b","path":"/c"},{"op":"add","path":"/c/-","value":2}]""", """{"a":{"b":[1]},"c":[1,2]}""")]
    [InlineData("""{"a":1}""", """[{"op":"replace","path":"","value":{"b":2}}]""", """{"b":2}""")]
    [InlineData("""{"metadata":{"annotations":{"x":"1"}}}""", """[{"op":"add","path":"/metadata/annotations/kubernetes.io~1change-cause","value":"v2"}]""", """{"metadata":{"annotations":{"x":"1","kubernetes.io/change-cause":"v2"}}}""")]
    public void Applies_operations(string document, string operations, string expected)
    {
        JsonPatch.Apply(JsonAssert.Parse(document), (JsonArray)JsonAssert.Parse(operations)!).ShouldEqualJson(expected);
    }

    [Theory]
    [InlineData("""{"baz":"qux"}""", """[{"op":"test","path":"/baz","value":"bar"}]""", "jsonpatch test operation does not apply: is: \"qux\" expected: \"bar\"")]
    [InlineData("""{"/":9,"~1":10}""", """[{"op":"test","path":"/~01","value":"10"}]""", "jsonpatch test operation does not apply")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"test","path":"/spec/x","value":1}]""", "doc is missing path: /spec/x")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"remove","path":"/spec/x"}]""", "doc is missing path: /spec/x")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", "doc is missing path: /baz")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"replace","path":"/baz","value":1}]""", "jsonpatch replace operation does not apply: doc is missing path: /baz")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz/bat","value":"qux"}]""", "doc is missing path: /baz/bat")]
    [InlineData("""{"foo":[1]}""", """[{"op":"add","path":"/foo/3","value":2}]""", "out of bounds")]
    [InlineData("""{"foo":[1]}""", """[{"op":"add","path":"/foo/01","value":2}]""", "out of bounds or not a number")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"move","from":"/missing","path":"/x"}]""", "doc is missing path: /missing")]
    [InlineData("""{"foo":{"a":1}}""", """[{"op":"move","from":"/foo","path":"/foo/b"}]""", "into its own child")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"frobnicate","path":"/foo"}]""", "unsupported operation \"frobnicate\"")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"foo","value":1}]""", "invalid JSON pointer")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/foo"}]""", "missing the member \"value\"")]
    [InlineData("""{"foo":"bar"}""", """[{"path":"/foo"}]""", "missing the string member \"op\"")]
    public void Rejects_operations_that_do_not_apply(string document, string operations, string messagePart)
    {
        var error = Should.Throw<PatchException>(() => JsonPatch.Apply(JsonAssert.Parse(document), (JsonArray)JsonAssert.Parse(operations)!));

        error.Message.ShouldContain(messagePart);
    }

    [Fact]
    public void A_failing_operation_leaves_the_input_untouched()
    {
        var document = JsonAssert.Object("""{"a":1}""");

        Should.Throw<PatchException>(() => JsonPatch.Apply(document, (JsonArray)JsonAssert.Parse("""[{"op":"add","path":"/b","value":2},{"op":"test","path":"/a","value":2}]""")!));

        document.ShouldEqualJson("""{"a":1}""");
    }

    [Fact]
    public void Rollout_undo_patch_replaces_template_and_annotations()
    {
        var deployment = JsonAssert.Object("""{"metadata":{"name":"web","annotations":{"deployment.kubernetes.io/revision":"2"}},"spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"c","image":"v2"}]}}}}""");
        var operations = (JsonArray)JsonAssert.Parse("""
            [{"op":"replace","path":"/spec/template","value":{"spec":{"containers":[{"name":"c","image":"v1"}]}}},
             {"op":"replace","path":"/metadata/annotations","value":{"deployment.kubernetes.io/revision":"1"}}]
            """)!;

        JsonPatch.Apply(deployment, operations).ShouldEqualJson(
            """{"metadata":{"name":"web","annotations":{"deployment.kubernetes.io/revision":"1"}},"spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"c","image":"v1"}]}}}}""");
    }
}
