namespace GrainOrchestrator.UnitTests.Tables;

public sealed class NodePrinterTests
{
    [Theory]
    [InlineData("""[{"type":"Ready","status":"True"}]""", false, "Ready")]
    [InlineData("""[{"type":"Ready","status":"True"}]""", true, "Ready,SchedulingDisabled")]
    [InlineData("""[{"type":"MemoryPressure","status":"False"},{"type":"Ready","status":"False"}]""", false, "NotReady")]
    [InlineData("""[{"type":"Ready","status":"Unknown"}]""", false, "NotReady")]
    [InlineData("[]", false, "Unknown")]
    [InlineData("[]", true, "Unknown,SchedulingDisabled")]
    public void Status(string conditions, bool unschedulable, string expected)
    {
        var node = TableKit.Make("n", unschedulable ? """{"unschedulable":true}""" : "{}", "{\"conditions\":" + conditions + "}");

        TableKit.Row("", "Node", node)["Status"].ShouldBe(expected);
    }

    [Theory]
    [InlineData("{}", "<none>")]
    [InlineData("""{"node-role.kubernetes.io/control-plane":"","kubernetes.io/hostname":"n1"}""", "control-plane")]
    [InlineData("""{"node-role.kubernetes.io/worker":"","node-role.kubernetes.io/control-plane":"","node-role.kubernetes.io/":"x"}""", "control-plane,worker")]
    [InlineData("""{"kubernetes.io/role":"master","node-role.kubernetes.io/master":""}""", "master")]
    [InlineData("""{"kubernetes.io/role":""}""", "<none>")]
    public void Roles(string labels, string expected)
    {
        var node = TableKit.Make("n").With("metadata.labels", labels);

        TableKit.Row("", "Node", node)["Roles"].ShouldBe(expected);
    }

    [Fact]
    public void Version_and_wide_cells()
    {
        var node = TableKit.Make("n1", status: """
            {"addresses":[{"type":"Hostname","address":"n1"},{"type":"InternalIP","address":"192.168.1.10"},{"type":"InternalIP","address":"192.168.1.11"}],
             "nodeInfo":{"kubeletVersion":"v1.32.0","osImage":"Debian GNU/Linux 12","kernelVersion":"6.1.0","containerRuntimeVersion":"docker://20.10.24"}}
            """);

        var row = TableKit.Row("", "Node", node);

        row["Version"].ShouldBe("v1.32.0");
        row["Internal-IP"].ShouldBe("192.168.1.10");
        row["External-IP"].ShouldBe("<none>");
        row["OS-Image"].ShouldBe("Debian GNU/Linux 12");
        row["Kernel-Version"].ShouldBe("6.1.0");
        row["Container-Runtime"].ShouldBe("docker://20.10.24");
    }

    [Fact]
    public void Missing_node_info_prints_unknown()
    {
        var row = TableKit.Row("", "Node", TableKit.Make("n1"));

        row["Version"].ShouldBe(string.Empty);
        row["OS-Image"].ShouldBe("<unknown>");
        row["Kernel-Version"].ShouldBe("<unknown>");
        row["Container-Runtime"].ShouldBe("<unknown>");
    }
}
