using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables;

namespace GrainOrchestrator.UnitTests.Tables;

public sealed class TableBuilderTests
{
    private static readonly JsonObject Cm = TableKit.Parse("""
        {"apiVersion":"v1","kind":"ConfigMap",
         "metadata":{"name":"settings","namespace":"dev","uid":"u-1","resourceVersion":"42","labels":{"app":"web"},
                     "creationTimestamp":"2024-06-01T11:59:00Z"},
         "data":{"a":"1"}}
        """);

    private static ITablePrinter ConfigMaps => TableKit.Printer("", "ConfigMap");

    [Fact]
    public void Builds_a_table_with_column_definitions_and_rows()
    {
        var table = TableBuilder.Build(ConfigMaps, [Cm], TableIncludeObject.Metadata, "100", "next-page", 5, TableKit.Now);

        table["kind"]!.GetValue<string>().ShouldBe("Table");
        table["apiVersion"]!.GetValue<string>().ShouldBe("meta.k8s.io/v1");
        table["metadata"]!.ToJsonString().ShouldBe("""{"resourceVersion":"100","continue":"next-page","remainingItemCount":5}""");
        table["columnDefinitions"]![0]!.ToJsonString().ShouldStartWith("""{"name":"Name","type":"string","format":"name","description":""");
        table["columnDefinitions"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["name", "type", "format", "description", "priority"]);
        table["columnDefinitions"]![1]!["priority"]!.GetValue<int>().ShouldBe(0);
        table["columnDefinitions"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["Name", "Data", "Age"]);
        table["rows"]![0]!["cells"]!.ToJsonString().ShouldBe("""["settings",1,"60s"]""");
    }

    [Fact]
    public void Metadata_rows_carry_partial_object_metadata()
    {
        var table = TableBuilder.Build(ConfigMaps, [Cm], TableIncludeObject.Metadata, null, null, null, TableKit.Now);

        var obj = table["rows"]![0]!["object"]!;
        obj["kind"]!.GetValue<string>().ShouldBe("PartialObjectMetadata");
        obj["apiVersion"]!.GetValue<string>().ShouldBe("meta.k8s.io/v1");
        JsonNode.DeepEquals(obj["metadata"], Cm["metadata"]).ShouldBeTrue();
        obj.AsObject().ContainsKey("data").ShouldBeFalse();
    }

    [Fact]
    public void Empty_include_object_means_metadata()
    {
        var table = TableBuilder.Build(ConfigMaps, [Cm], string.Empty, null, null, null, TableKit.Now);

        table["rows"]![0]!["object"]!["kind"]!.GetValue<string>().ShouldBe("PartialObjectMetadata");
    }

    [Fact]
    public void Object_rows_carry_a_copy_of_the_whole_object()
    {
        var table = TableBuilder.Build(ConfigMaps, [Cm], TableIncludeObject.Object, null, null, null, TableKit.Now);

        var obj = table["rows"]![0]!["object"]!;
        JsonNode.DeepEquals(obj, Cm).ShouldBeTrue();
        ReferenceEquals(obj, Cm).ShouldBeFalse();
    }

    [Fact]
    public void None_rows_carry_a_null_object()
    {
        var table = TableBuilder.Build(ConfigMaps, [Cm], TableIncludeObject.None, null, null, null, TableKit.Now);

        table["rows"]![0]!.ToJsonString().ShouldBe("""{"cells":["settings",1,"60s"],"object":null}""");
    }

    [Fact]
    public void Unset_list_metadata_is_left_out_and_no_objects_give_empty_rows()
    {
        var table = TableBuilder.Build(ConfigMaps, [], TableIncludeObject.Metadata, null, string.Empty, null, TableKit.Now);

        table["metadata"]!.ToJsonString().ShouldBe("{}");
        table["rows"]!.ToJsonString().ShouldBe("[]");
    }

    [Fact]
    public void Rows_keep_the_order_of_the_objects()
    {
        var other = Cm.DeepClone().AsObject();
        other["metadata"]!["name"] = "another";

        var table = TableBuilder.Build(ConfigMaps, [Cm, other], TableIncludeObject.None, "7", null, null, TableKit.Now);

        table["rows"]!.AsArray().Select(r => r!["cells"]![0]!.GetValue<string>()).ShouldBe(["settings", "another"]);
    }

    [Fact]
    public void Column_definitions_can_be_left_out_for_later_watch_events()
    {
        var table = TableBuilder.Build(ConfigMaps, [Cm], TableIncludeObject.Metadata, null, null, null, TableKit.Now, includeColumnDefinitions: false);

        table.ContainsKey("columnDefinitions").ShouldBeTrue();
        table["columnDefinitions"].ShouldBeNull();
        table["rows"]!.AsArray().Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("metadata")]
    [InlineData("All")]
    public void Rejects_unknown_include_object(string includeObject)
    {
        Should.Throw<ArgumentException>(() => TableBuilder.Build(ConfigMaps, [Cm], includeObject, null, null, null, TableKit.Now))
            .ParamName.ShouldBe("includeObject");
    }

    [Fact]
    public void Pod_table_serializes_wide_cells_too()
    {
        var pod = TableKit.Make(
                "p",
                """{"nodeName":"n1","containers":[{"name":"a"}]}""",
                """{"phase":"Running","podIP":"10.0.0.9","containerStatuses":[{"name":"a","ready":true,"state":{"running":{}}}]}""")
            .With("metadata.creationTimestamp", "\"2024-06-01T11:00:00Z\"");

        var table = TableBuilder.Build(TableKit.Printer("", "Pod"), [pod], TableIncludeObject.None, null, null, null, TableKit.Now);

        var expected = JsonNode.Parse("""["p","1/1","Running","0","60m","10.0.0.9","n1","<none>","<none>"]""");
        JsonNode.DeepEquals(table["rows"]![0]!["cells"], expected).ShouldBeTrue();
    }
}
