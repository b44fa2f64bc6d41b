namespace GrainOrchestrator.UnitTests.Tables;

public sealed class CorePrinterTests
{
    [Fact]
    public void Namespace_status()
    {
        TableKit.Row("", "Namespace", TableKit.Make("dev", status: """{"phase":"Terminating"}"""))["Status"].ShouldBe("Terminating");
    }

    [Fact]
    public void ConfigMap_counts_data_and_binary_data()
    {
        var configMap = TableKit.Make("c").With("data", """{"a":"1","b":"2"}""").With("binaryData", """{"c":"AA=="}""");

        TableKit.Row("", "ConfigMap", configMap)["Data"].ShouldBe(3L);
    }

    [Fact]
    public void Secret_type_and_data()
    {
        var row = TableKit.Row("", "Secret", TableKit.Make("s").With("type", "\"kubernetes.io/tls\"").With("data", """{"tls.crt":"","tls.key":""}"""));

        row["Type"].ShouldBe("kubernetes.io/tls");
        row["Data"].ShouldBe(2L);
    }

    [Fact]
    public void ServiceAccount_secrets()
    {
        TableKit.Row("", "ServiceAccount", TableKit.Make("default").With("secrets", """[{"name":"t"}]"""))["Secrets"].ShouldBe(1L);
    }

    [Fact]
    public void Event_cells()
    {
        var row = TableKit.Row("", "Event", """
            {"metadata":{"name":"web-1.17d"},"type":"Warning","reason":"BackOff","message":"  Back-off restarting failed container \n",
             "involvedObject":{"kind":"Pod","name":"web-1","fieldPath":"spec.containers{app}"},
             "source":{"component":"kubelet","host":"n1"},"count":7,
             "firstTimestamp":"2024-06-01T11:00:00Z","lastTimestamp":"2024-06-01T11:59:50Z"}
            """);

        row["Last Seen"].ShouldBe("10s");
        row["Type"].ShouldBe("Warning");
        row["Reason"].ShouldBe("BackOff");
        row["Object"].ShouldBe("pod/web-1");
        row["Subobject"].ShouldBe("spec.containers{app}");
        row["Source"].ShouldBe("kubelet, n1");
        row["Message"].ShouldBe("Back-off restarting failed container");
        row["First Seen"].ShouldBe("60m");
        row["Count"].ShouldBe(7L);
        row["Name"].ShouldBe("web-1.17d");
    }

    [Fact]
    public void Event_of_the_new_api_uses_event_time_series_and_reporting_fields()
    {
        var row = TableKit.Row("", "Event", """
            {"metadata":{"name":"e"},"eventTime":"2024-06-01T11:50:00.000000Z","reportingComponent":"scheduler",
             "involvedObject":{"kind":"Node"},"series":{"count":4,"lastObservedTime":"2024-06-01T11:59:00.000000Z"}}
            """);

        row["First Seen"].ShouldBe("10m");
        row["Last Seen"].ShouldBe("60s");
        row["Count"].ShouldBe(4L);
        row["Object"].ShouldBe("node");
        row["Source"].ShouldBe("scheduler");
    }

    [Fact]
    public void Event_without_count_counts_one_and_last_seen_falls_back_to_first()
    {
        var row = TableKit.Row("", "Event", TableKit.Make("e").With("firstTimestamp", "\"2024-06-01T11:59:00Z\""));

        row["Count"].ShouldBe(1L);
        row["Last Seen"].ShouldBe("60s");
    }

    [Fact]
    public void PersistentVolume_cells()
    {
        var volume = TableKit.Make(
            "pv1",
            """
            {"capacity":{"storage":"10Gi"},"accessModes":["ReadWriteMany","ReadWriteOnce"],"persistentVolumeReclaimPolicy":"Retain",
             "claimRef":{"namespace":"dev","name":"data"},"storageClassName":"fast","volumeMode":"Filesystem"}
            """,
            """{"phase":"Bound"}""");

        var row = TableKit.Row("", "PersistentVolume", volume);

        string.Join('|', row["Capacity"], row["Access Modes"], row["Reclaim Policy"], row["Status"], row["Claim"], row["StorageClass"],
                row["VolumeAttributesClass"], row["Reason"], row["VolumeMode"])
            .ShouldBe("10Gi|RWO,RWX|Retain|Bound|dev/data|fast|<unset>||Filesystem");
    }

    [Fact]
    public void PersistentVolume_being_deleted_is_terminating_and_the_beta_annotation_names_the_class()
    {
        var volume = TableKit.Make("pv1", """{"storageClassName":"new"}""", """{"phase":"Released"}""")
            .With("metadata.deletionTimestamp", "\"2024-06-01T11:00:00Z\"")
            .With("metadata.annotations", """{"volume.beta.kubernetes.io/storage-class":"old"}""");

        var row = TableKit.Row("", "PersistentVolume", volume);

        row["Status"].ShouldBe("Terminating");
        row["StorageClass"].ShouldBe("old");
        row["Capacity"].ShouldBe("0");
        row["Claim"].ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("""{"storageClassName":"fast","resources":{"requests":{"storage":"1Gi"}}}""", """{"phase":"Pending"}""", "Pending||||fast")]
    [InlineData(
        """{"volumeName":"pv1","storageClassName":"fast"}""",
        """{"phase":"Bound","capacity":{"storage":"5Gi"},"accessModes":["ReadWriteOncePod"]}""",
        "Bound|pv1|5Gi|RWOP|fast")]
    public void PersistentVolumeClaim_cells(string spec, string status, string expected)
    {
        var row = TableKit.Row("", "PersistentVolumeClaim", TableKit.Make("data", spec, status));

        string.Join('|', row["Status"], row["Volume"], row["Capacity"], row["Access Modes"], row["StorageClass"]).ShouldBe(expected);
        row["VolumeMode"].ShouldBe("<unset>");
    }

    [Fact]
    public void ResourceQuota_splits_requests_and_limits()
    {
        var quota = TableKit.Make("q", status: """
            {"hard":{"pods":"10","requests.cpu":"2","limits.memory":"2Gi","limits.cpu":"4"},
             "used":{"pods":"3","requests.cpu":"500m","limits.cpu":"1"}}
            """);

        var row = TableKit.Row("", "ResourceQuota", quota);

        row["Request"].ShouldBe("pods: 3/10, requests.cpu: 500m/2");
        row["Limit"].ShouldBe("limits.cpu: 1/4, limits.memory: 0/2Gi");
    }

    [Fact]
    public void HorizontalPodAutoscaler_cells()
    {
        var hpa = TableKit.Make(
            "web",
            """
            {"scaleTargetRef":{"kind":"Deployment","name":"web"},"minReplicas":2,"maxReplicas":10,
             "metrics":[{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":80}}},
                        {"type":"Resource","resource":{"name":"memory","target":{"type":"AverageValue","averageValue":"512Mi"}}},
                        {"type":"Pods","pods":{"target":{"averageValue":"1k"}}}]}
            """,
            """{"currentReplicas":3,"currentMetrics":[{"type":"Resource","resource":{"name":"cpu","current":{"averageUtilization":40}}}]}""");

        var row = TableKit.Row("autoscaling", "HorizontalPodAutoscaler", hpa);

        row["Reference"].ShouldBe("Deployment/web");
        row["Targets"].ShouldBe("cpu: 40%/80%, memory: <unknown>/512Mi + 1 more...");
        row["MinPods"].ShouldBe("2");
        row["MaxPods"].ShouldBe(10L);
        row["Replicas"].ShouldBe(3L);
    }

    [Theory]
    [InlineData("[]", "<none>")]
    [InlineData("""[{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization"}}}]""", "cpu: <unknown>/<auto>")]
    [InlineData("""[{"type":"External","external":{"target":{"type":"AverageValue","averageValue":"30"}}}]""", "<unknown>/30 (avg)")]
    [InlineData("""[{"type":"Object","object":{"target":{"type":"Value","value":"5"}}}]""", "<unknown>/5")]
    [InlineData("""[{"type":"Pods","pods":{"target":{"averageValue":"1k"}}}]""", "<unknown>/1k")]
    [InlineData("""[{"type":"Bogus"}]""", "<unknown type>")]
    public void HorizontalPodAutoscaler_targets_without_status(string metrics, string expected)
    {
        var row = TableKit.Row("autoscaling", "HorizontalPodAutoscaler", TableKit.Make("h", "{\"metrics\":" + metrics + "}"));

        row["Targets"].ShouldBe(expected);
        row["MinPods"].ShouldBe("<unset>");
    }

    [Theory]
    [InlineData("""{"minAvailable":2}""", "2", "N/A")]
    [InlineData("""{"maxUnavailable":"25%"}""", "N/A", "25%")]
    public void PodDisruptionBudget_cells(string spec, string min, string max)
    {
        var row = TableKit.Row("policy", "PodDisruptionBudget", TableKit.Make("p", spec, """{"disruptionsAllowed":1}"""));

        row["Min Available"].ShouldBe(min);
        row["Max Unavailable"].ShouldBe(max);
        row["Allowed Disruptions"].ShouldBe(1L);
    }

    [Fact]
    public void Lease_holder()
    {
        TableKit.Row("coordination.k8s.io", "Lease", TableKit.Make("n1", """{"holderIdentity":"n1"}"""))["Holder"].ShouldBe("n1");
    }

    [Theory]
    [InlineData("RoleBinding")]
    [InlineData("ClusterRoleBinding")]
    public void Bindings_show_role_and_subjects(string kind)
    {
        var binding = TableKit.Make("b")
            .With("roleRef", """{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"view"}""")
            .With("subjects", """
                [{"kind":"User","name":"alice"},{"kind":"User","name":"bob"},{"kind":"Group","name":"devs"},
                 {"kind":"ServiceAccount","namespace":"ci","name":"runner"}]
                """);

        var row = TableKit.Row("rbac.authorization.k8s.io", kind, binding);

        row["Role"].ShouldBe("ClusterRole/view");
        row["Users"].ShouldBe("alice, bob");
        row["Groups"].ShouldBe("devs");
        row["ServiceAccounts"].ShouldBe("ci/runner");
    }

    [Theory]
    [InlineData("""[{"apiVersion":"apps/v1","kind":"DaemonSet","name":"agent","controller":true}]""", "daemonset.apps/agent")]
    [InlineData("""[{"apiVersion":"v1","kind":"Pod","name":"p","controller":true}]""", "pod/p")]
    [InlineData("""[{"apiVersion":"apps/v1","kind":"StatefulSet","name":"db"}]""", "<none>")]
    public void ControllerRevision_controller(string owners, string expected)
    {
        var revision = TableKit.Make("r").With("metadata.ownerReferences", owners).With("revision", "4");

        var row = TableKit.Row("apps", "ControllerRevision", revision);

        row["Controller"].ShouldBe(expected);
        row["Revision"].ShouldBe(4L);
    }

    [Theory]
    [InlineData("rbac.authorization.k8s.io", "Role")]
    [InlineData("rbac.authorization.k8s.io", "ClusterRole")]
    [InlineData("", "LimitRange")]
    public void Kinds_without_upstream_printer_show_name_and_created_at(string group, string kind)
    {
        var obj = TableKit.Make("x").With("metadata.creationTimestamp", "\"2024-05-31T08:30:00+02:00\"");

        var row = TableKit.Row(group, kind, obj);

        row["Name"].ShouldBe("x");
        row["Created At"].ShouldBe("2024-05-31T06:30:00Z");
    }
}
