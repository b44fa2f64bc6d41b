namespace GrainOrchestrator.UnitTests.Tables;

public sealed class WorkloadPrinterTests
{
    private const string Template =
        """{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27"},{"name":"log","image":"busybox"}]}}""";

    private static string Spec(string fields) => "{" + fields + (fields.Length > 0 ? "," : string.Empty) + "\"template\":" + Template + "}";

    [Theory]
    [InlineData("\"replicas\":3", """{"readyReplicas":2,"updatedReplicas":3,"availableReplicas":2}""", "2/3", 3L, 2L)]
    [InlineData("\"replicas\":0", "{}", "0/0", 0L, 0L)]
    [InlineData("", """{"readyReplicas":1,"updatedReplicas":1,"availableReplicas":1}""", "1/1", 1L, 1L)]
    public void Deployment_counts(string spec, string status, string ready, long upToDate, long available)
    {
        var row = TableKit.Row("apps", "Deployment", TableKit.Make("web", Spec(spec), status));

        row["Ready"].ShouldBe(ready);
        row["Up-to-date"].ShouldBe(upToDate);
        row["Available"].ShouldBe(available);
    }

    [Fact]
    public void Deployment_wide_cells_list_containers_images_and_the_selector()
    {
        var spec = Spec("""
            "replicas":1,"selector":{"matchLabels":{"tier":"front","app":"web"},
              "matchExpressions":[{"key":"env","operator":"In","values":["prod","dev"]},{"key":"canary","operator":"DoesNotExist"}]}
            """);
        var deployment = TableKit.Make("web", spec).With("metadata.creationTimestamp", "\"" + TableKit.Ago(TimeSpan.FromDays(3)) + "\"");

        var row = TableKit.Row("apps", "Deployment", deployment);

        row["Age"].ShouldBe("3d");
        row["Containers"].ShouldBe("web,log");
        row["Images"].ShouldBe("nginx:1.27,busybox");
        row["Selector"].ShouldBe("app=web,!canary,env in (dev,prod),tier=front");
    }

    [Theory]
    [InlineData("""{"matchExpressions":[{"key":"a","operator":"Bogus"}]}""", "<invalid>")]
    [InlineData("{}", "")]
    public void Deployment_selector_edge_cases_print_like_upstream(string selector, string expected)
    {
        var row = TableKit.Row("apps", "Deployment", TableKit.Make("d", "{\"selector\":" + selector + "}"));

        row["Selector"].ShouldBe(expected);
    }

    [Fact]
    public void ReplicaSet_counts_and_selector()
    {
        var spec = Spec("\"replicas\":3,\"selector\":{\"matchLabels\":{\"app\":\"web\"}}");
        var row = TableKit.Row("apps", "ReplicaSet", TableKit.Make("web-5d4f", spec, """{"replicas":3,"readyReplicas":1}"""));

        row["Desired"].ShouldBe(3L);
        row["Current"].ShouldBe(3L);
        row["Ready"].ShouldBe(1L);
        row["Selector"].ShouldBe("app=web");
        row["Containers"].ShouldBe("web,log");
    }

    [Theory]
    [InlineData("{}", "<none>")]
    [InlineData("""{"matchExpressions":[{"key":"a","operator":"In","values":[]}]}""", "<error>")]
    public void ReplicaSet_selector_edge_cases(string selector, string expected)
    {
        TableKit.Row("apps", "ReplicaSet", TableKit.Make("r", "{\"selector\":" + selector + "}"))["Selector"].ShouldBe(expected);
    }

    [Fact]
    public void ReplicationController_prints_its_map_selector()
    {
        var spec = Spec("\"replicas\":2,\"selector\":{\"b\":\"2\",\"a\":\"1\"}");
        var row = TableKit.Row("", "ReplicationController", TableKit.Make("rc", spec, """{"replicas":2,"readyReplicas":2}"""));

        row["Desired"].ShouldBe(2L);
        row["Ready"].ShouldBe(2L);
        row["Selector"].ShouldBe("a=1,b=2");
    }

    [Fact]
    public void DaemonSet_counts_and_node_selector()
    {
        var daemonSet = TableKit.Make(
            "agent",
            """
            {"selector":{"matchLabels":{"app":"agent"}},
             "template":{"spec":{"nodeSelector":{"kubernetes.io/os":"linux"},"containers":[{"name":"a","image":"agent:1"}]}}}
            """,
            """{"desiredNumberScheduled":3,"currentNumberScheduled":3,"numberReady":2,"updatedNumberScheduled":3,"numberAvailable":2}""");

        var row = TableKit.Row("apps", "DaemonSet", daemonSet);

        string.Join(' ', row["Desired"], row["Current"], row["Ready"], row["Up-to-date"], row["Available"]).ShouldBe("3 3 2 3 2");
        row["Node Selector"].ShouldBe("kubernetes.io/os=linux");
        row["Selector"].ShouldBe("app=agent");
    }

    [Fact]
    public void DaemonSet_without_node_selector_prints_none()
    {
        TableKit.Row("apps", "DaemonSet", TableKit.Make("d", """{"template":{"spec":{}}}"""))["Node Selector"].ShouldBe("<none>");
    }

    [Fact]
    public void StatefulSet_ready_over_desired()
    {
        var row = TableKit.Row("apps", "StatefulSet", TableKit.Make("db", Spec("\"replicas\":3"), """{"readyReplicas":2}"""));

        row["Ready"].ShouldBe("2/3");
        row["Images"].ShouldBe("nginx:1.27,busybox");
    }

    [Theory]
    [InlineData("""{"completions":3}""", """{"succeeded":1}""", "1/3")]
    [InlineData("""{"parallelism":1}""", """{"succeeded":0}""", "0/1")]
    [InlineData("""{"parallelism":4}""", """{"succeeded":2}""", "2/1 of 4")]
    [InlineData("{}", "{}", "0/1")]
    public void Job_completions(string spec, string status, string expected)
    {
        TableKit.Row("batch", "Job", TableKit.Make("j", spec, status))["Completions"].ShouldBe(expected);
    }

    [Theory]
    [InlineData("""[{"type":"Complete","status":"True"}]""", false, "Complete")]
    [InlineData("""[{"type":"Failed","status":"True"}]""", false, "Failed")]
    [InlineData("""[{"type":"Complete","status":"True"}]""", true, "Complete")]
    [InlineData("[]", true, "Terminating")]
    [InlineData("""[{"type":"Suspended","status":"True"}]""", false, "Suspended")]
    [InlineData("""[{"type":"FailureTarget","status":"True"}]""", false, "FailureTarget")]
    [InlineData("""[{"type":"SuccessCriteriaMet","status":"True"}]""", false, "SuccessCriteriaMet")]
    [InlineData("""[{"type":"Suspended","status":"False"}]""", false, "Running")]
    [InlineData("[]", false, "Running")]
    public void Job_status(string conditions, bool deleting, string expected)
    {
        var job = TableKit.Make("j", "{}", "{\"conditions\":" + conditions + "}");
        if (deleting)
        {
            job.With("metadata.deletionTimestamp", "\"2024-06-01T11:00:00Z\"");
        }

        TableKit.Row("batch", "Job", job)["Status"].ShouldBe(expected);
    }

    [Theory]
    [InlineData("{}", "")]
    [InlineData("""{"startTime":"2024-06-01T11:58:00Z"}""", "2m")]
    [InlineData("""{"startTime":"2024-06-01T10:00:00Z","completionTime":"2024-06-01T10:00:45Z"}""", "45s")]
    public void Job_duration(string status, string expected)
    {
        TableKit.Row("batch", "Job", TableKit.Make("j", "{}", status))["Duration"].ShouldBe(expected);
    }

    [Fact]
    public void CronJob_cells()
    {
        var cronJob = TableKit.Make(
            "nightly",
            """
            {"schedule":"0 3 * * *","timeZone":"Europe/Berlin","suspend":false,
             "jobTemplate":{"spec":{"selector":{"matchLabels":{"job":"n"}},"template":{"spec":{"containers":[{"name":"c","image":"img"}]}}}}}
            """,
            """{"active":[{"name":"nightly-1"},{"name":"nightly-2"}],"lastScheduleTime":"2024-06-01T11:00:00Z"}""");

        var row = TableKit.Row("batch", "CronJob", cronJob);

        row["Schedule"].ShouldBe("0 3 * * *");
        row["Timezone"].ShouldBe("Europe/Berlin");
        row["Suspend"].ShouldBe("False");
        row["Active"].ShouldBe(2L);
        row["Last Schedule"].ShouldBe("60m");
        row["Containers"].ShouldBe("c");
        row["Selector"].ShouldBe("job=n");
    }

    [Fact]
    public void CronJob_defaults_print_none_and_unset()
    {
        var row = TableKit.Row("batch", "CronJob", TableKit.Make("c", """{"schedule":"@hourly"}"""));

        row["Timezone"].ShouldBe("<none>");
        row["Suspend"].ShouldBe("<unset>");
        row["Active"].ShouldBe(0L);
        row["Last Schedule"].ShouldBe("<none>");
        row["Selector"].ShouldBe("<none>");
    }
}
