namespace GrainOrchestrator.UnitTests.Tables;

public sealed class PodPrinterTests
{
    private const string OneContainer = """{"containers":[{"name":"app","image":"busybox"}]}""";
    private const string TwoContainers = """{"containers":[{"name":"a","image":"i"},{"name":"b","image":"j"}]}""";
    private const string InitAndOne = """{"initContainers":[{"name":"init"}],"containers":[{"name":"app"}]}""";
    private const string TwoInits = """{"initContainers":[{"name":"i1"},{"name":"i2"}],"containers":[{"name":"app"}]}""";
    private const string Sidecar = """{"initContainers":[{"name":"proxy","restartPolicy":"Always"}],"containers":[{"name":"app"}]}""";

    // description, spec, status → "READY STATUS RESTARTS"
    public static TheoryData<string, string, string, string> StatusCases => new()
    {
        { "pending without statuses", OneContainer, """{"phase":"Pending"}""", "0/1 Pending 0" },
        {
            "running and ready", OneContainer,
            """
            {"phase":"Running","conditions":[{"type":"Ready","status":"True"}],
             "containerStatuses":[{"name":"app","ready":true,"restartCount":0,"state":{"running":{}}}]}
            """,
            "1/1 Running 0"
        },
        {
            "running with one of two ready", TwoContainers,
            """
            {"phase":"Running","containerStatuses":[
              {"name":"a","ready":true,"state":{"running":{}}},
              {"name":"b","ready":false,"state":{"running":{}}}]}
            """,
            "1/2 Running 0"
        },
        {
            "crash loop", OneContainer,
            """
            {"phase":"Running","containerStatuses":[{"name":"app","ready":false,"restartCount":4,
              "state":{"waiting":{"reason":"CrashLoopBackOff"}},
              "lastState":{"terminated":{"exitCode":1,"reason":"Error","finishedAt":"2024-06-01T11:55:00Z"}}}]}
            """,
            "0/1 CrashLoopBackOff 4 (5m ago)"
        },
        {
            "image pull back-off", OneContainer,
            """{"phase":"Pending","containerStatuses":[{"name":"app","state":{"waiting":{"reason":"ImagePullBackOff"}}}]}""",
            "0/1 ImagePullBackOff 0"
        },
        {
            "completed", OneContainer,
            """{"phase":"Succeeded","containerStatuses":[{"name":"app","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}""",
            "0/1 Completed 0"
        },
        {
            "failed with exit code and no reason", OneContainer,
            """{"phase":"Failed","containerStatuses":[{"name":"app","state":{"terminated":{"exitCode":2}}}]}""",
            "0/1 ExitCode:2 0"
        },
        {
            "killed by a signal", OneContainer,
            """{"phase":"Failed","containerStatuses":[{"name":"app","state":{"terminated":{"exitCode":137,"signal":9}}}]}""",
            "0/1 Signal:9 0"
        },
        {
            "one completed, one still running and pod ready", TwoContainers,
            """
            {"phase":"Running","conditions":[{"type":"Ready","status":"True"}],"containerStatuses":[
              {"name":"a","ready":true,"state":{"running":{}}},
              {"name":"b","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}
            """,
            "1/2 Running 0"
        },
        {
            "one completed, one still running, pod not ready", TwoContainers,
            """
            {"phase":"Running","containerStatuses":[
              {"name":"a","ready":true,"state":{"running":{}}},
              {"name":"b","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}
            """,
            "1/2 NotReady 0"
        },
        {
            "one completed, one failed", TwoContainers,
            """
            {"phase":"Failed","containerStatuses":[
              {"name":"a","state":{"terminated":{"exitCode":1,"reason":"Error"}}},
              {"name":"b","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}
            """,
            "0/2 Error 0"
        },
        {
            "init container waiting to start", InitAndOne,
            """
            {"phase":"Pending","initContainerStatuses":[{"name":"init","state":{"waiting":{"reason":"PodInitializing"}}}],
             "containerStatuses":[{"name":"app","state":{"waiting":{"reason":"PodInitializing"}}}]}
            """,
            "0/1 Init:0/1 0"
        },
        {
            "init container running", InitAndOne,
            """{"phase":"Pending","initContainerStatuses":[{"name":"init","state":{"running":{}}}]}""",
            "0/1 Init:0/1 0"
        },
        {
            "second init container running", TwoInits,
            """
            {"phase":"Pending","initContainerStatuses":[
              {"name":"i1","state":{"terminated":{"exitCode":0,"reason":"Completed"}}},
              {"name":"i2","state":{"running":{}}}]}
            """,
            "0/1 Init:1/2 0"
        },
        {
            "init container crash loop", InitAndOne,
            """
            {"phase":"Pending","initContainerStatuses":[{"name":"init","restartCount":3,
              "state":{"waiting":{"reason":"CrashLoopBackOff"}},
              "lastState":{"terminated":{"exitCode":1,"finishedAt":"2024-06-01T11:59:30Z"}}}]}
            """,
            "0/1 Init:CrashLoopBackOff 3 (30s ago)"
        },
        {
            "init container failed", InitAndOne,
            """{"phase":"Failed","initContainerStatuses":[{"name":"init","state":{"terminated":{"exitCode":3}}}]}""",
            "0/1 Init:ExitCode:3 0"
        },
        {
            "started and ready sidecar counts toward READY", Sidecar,
            """
            {"phase":"Running","conditions":[{"type":"Initialized","status":"True"},{"type":"Ready","status":"True"}],
             "initContainerStatuses":[{"name":"proxy","started":true,"ready":true,"restartCount":1,"state":{"running":{}},
               "lastState":{"terminated":{"exitCode":1,"finishedAt":"2024-06-01T10:00:00Z"}}}],
             "containerStatuses":[{"name":"app","ready":true,"state":{"running":{}}}]}
            """,
            "2/2 Running 1 (120m ago)"
        },
        {
            "scheduling gated", OneContainer,
            """{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"SchedulingGated"}]}""",
            "0/1 SchedulingGated 0"
        },
        { "status reason wins over phase", OneContainer, """{"phase":"Failed","reason":"Evicted"}""", "0/1 Evicted 0" },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public void Ready_status_and_restarts_follow_upstream(string description, string spec, string status, string expected)
    {
        var row = TableKit.Row("", "Pod", TableKit.Make("p", spec, status));

        string.Join(' ', row["Ready"], row["Status"], row["Restarts"]).ShouldBe(expected, description);
    }

    [Theory]
    [InlineData("Running", "Terminating")]
    [InlineData("Pending", "Terminating")]
    [InlineData("Succeeded", "Succeeded")]
    [InlineData("Failed", "Failed")]
    public void A_deleted_pod_is_terminating_unless_its_phase_is_terminal(string phase, string expected)
    {
        var pod = TableKit.Make("p", OneContainer, "{\"phase\":\"" + phase + "\"}")
            .With("metadata.deletionTimestamp", "\"2024-06-01T11:59:00Z\"");

        TableKit.Row("", "Pod", pod)["Status"].ShouldBe(expected);
    }

    [Fact]
    public void A_deleted_pod_on_a_lost_node_is_unknown()
    {
        var pod = TableKit.Make("p", OneContainer, """{"phase":"Running","reason":"NodeLost"}""")
            .With("metadata.deletionTimestamp", "\"2024-06-01T11:59:00Z\"");

        TableKit.Row("", "Pod", pod)["Status"].ShouldBe("Unknown");
    }

    [Fact]
    public void Wide_cells_show_ip_node_nominated_node_and_readiness_gates()
    {
        var pod = TableKit.Make(
                "web-1",
                """{"nodeName":"n1","containers":[{"name":"a"}],"readinessGates":[{"conditionType":"x/one"},{"conditionType":"x/two"}]}""",
                """
                {"phase":"Running","podIPs":[{"ip":"10.0.0.7"},{"ip":"fd00::7"}],"nominatedNodeName":"n2",
                 "conditions":[{"type":"x/one","status":"True"},{"type":"x/two","status":"False"}]}
                """)
            .With("metadata.creationTimestamp", "\"" + TableKit.Ago(TimeSpan.FromMinutes(150)) + "\"");

        var row = TableKit.Row("", "Pod", pod);

        row["Name"].ShouldBe("web-1");
        row["Age"].ShouldBe("150m");
        row["IP"].ShouldBe("10.0.0.7");
        row["Node"].ShouldBe("n1");
        row["Nominated Node"].ShouldBe("n2");
        row["Readiness Gates"].ShouldBe("1/2");
    }

    [Fact]
    public void Wide_cells_of_an_unscheduled_pod_are_none()
    {
        var row = TableKit.Row("", "Pod", TableKit.Make("p", OneContainer, """{"phase":"Pending"}"""));

        row["IP"].ShouldBe("<none>");
        row["Node"].ShouldBe("<none>");
        row["Nominated Node"].ShouldBe("<none>");
        row["Readiness Gates"].ShouldBe("<none>");
        row["Age"].ShouldBe("<unknown>");
    }
}
