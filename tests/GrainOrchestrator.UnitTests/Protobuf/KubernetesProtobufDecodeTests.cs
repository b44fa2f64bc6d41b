using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Protobuf;

namespace GrainOrchestrator.UnitTests.Protobuf;

/// <summary>
/// Hand-built bodies shaped like Go's encoder output (non-pointer fields always written, zeros
/// included) decode to the JSON the Kubernetes API would show for the same object.
/// </summary>
public sealed class KubernetesProtobufDecodeTests
{
    private static readonly Dictionary<string, (byte[] Body, string Json)> Cases = new()
    {
        ["namespace"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.GoObjectMeta(1, "demo").Message(2, _ => { }).Message(3, _ => { })),
            """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo"},"spec":{},"status":{}}"""),

        ["deployment"] = (
            ProtobufTestWriter.Envelope("apps/v1", "Deployment", o => o
                .GoObjectMeta(1, "web", m => m.Entry(11, "app", "web"))
                .Message(2, spec => spec
                    .Int(1, 3)
                    .Message(2, s => s.Entry(1, "app", "web"))
                    .Message(3, template => template
                        .GoObjectMeta(1, string.Empty, m => m.Entry(11, "app", "web"))
                        .Message(2, pod => pod
                            .Message(1, v => v.String(1, "data").Message(2, source => source.Message(2, e => e.String(1, string.Empty).Message(2, q => q.String(1, "1Gi")))))
                            .Message(1, v => v.String(1, "cfg").Message(2, source => source.Message(19, c => c.Message(1, r => r.String(1, "cm")).Int(3, 420))))
                            .Message(2, c => c
                                .String(1, "nginx").String(2, "nginx:1.25").String(5, string.Empty)
                                .Message(6, p => p.String(1, string.Empty).Int(2, 0).Int(3, 80).String(4, "TCP").String(5, string.Empty))
                                .Message(7, e => e.String(1, "A").String(2, "B"))
                                .Message(7, e => e.String(1, "S").String(2, string.Empty).Message(3, from => from
                                    .Message(4, k => k.Message(1, r => r.String(1, "sec")).String(2, "k").Bool(3, false))))
                                .Message(8, r => r.Message(1, l => l.String(1, "memory").Message(2, q => q.String(1, "128Mi"))))
                                .Message(9, vm => vm.String(1, "data").Bool(2, false).String(3, "/data").String(4, string.Empty))
                                .Message(10, probe => probe
                                    .Message(1, h => h.Message(2, get => get.String(1, "/healthz").Message(2, port => port.Int(1, 1).Int(2, 0).String(3, "http"))))
                                    .Int(2, 0).Int(4, 10))
                                .Message(15, sc => sc.Bool(2, false).Int(4, 0))
                                .String(14, "IfNotPresent").Bool(16, false).Bool(17, false).Bool(18, false))
                            .String(3, "Always").Int(4, 30).String(6, "ClusterFirst").Bool(11, false)))
                    .Message(4, strategy => strategy.String(1, "RollingUpdate").Message(2, r => r
                        .Message(1, u => u.Int(1, 1).Int(2, 0).String(3, "25%"))
                        .Message(2, u => u.Int(1, 0).Int(2, 1).String(3, string.Empty))))
                    .Int(5, 0).Int(6, 0).Bool(7, false))
                .Message(3, _ => { })),
            """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","labels":{"app":"web"}},
             "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
               "template":{"metadata":{"labels":{"app":"web"}},"spec":{
                 "volumes":[{"name":"data","emptyDir":{"sizeLimit":"1Gi"}},{"name":"cfg","configMap":{"name":"cm","defaultMode":420}}],
                 "containers":[{"name":"nginx","image":"nginx:1.25",
                   "ports":[{"containerPort":80,"protocol":"TCP"}],
                   "env":[{"name":"A","value":"B"},{"name":"S","valueFrom":{"secretKeyRef":{"name":"sec","key":"k","optional":false}}}],
                   "resources":{"limits":{"memory":"128Mi"}},
                   "volumeMounts":[{"name":"data","mountPath":"/data"}],
                   "livenessProbe":{"httpGet":{"path":"/healthz","port":"http"},"periodSeconds":10},
                   "securityContext":{"privileged":false,"runAsUser":0},
                   "imagePullPolicy":"IfNotPresent"}],
                 "restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst"}},
               "strategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":"25%","maxSurge":1}},
               "revisionHistoryLimit":0},
             "status":{}}
            """),

        ["service"] = (
            ProtobufTestWriter.Envelope("v1", "Service", o => o
                .GoObjectMeta(1, "web")
                .Message(2, spec => spec
                    .Message(1, p => p.String(1, "80-8080").String(2, "TCP").Int(3, 80).Message(4, t => t.Int(1, 0).Int(2, 8080).String(3, string.Empty)).Int(5, 0))
                    .Entry(2, "app", "web").String(3, string.Empty).String(4, "ClusterIP").Bool(13, false))
                .Message(3, s => s.Message(1, _ => { }))),
            """
            {"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},
             "spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080}],"selector":{"app":"web"},"type":"ClusterIP"},
             "status":{"loadBalancer":{}}}
            """),

        ["configmap"] = (
            ProtobufTestWriter.Envelope("v1", "ConfigMap", o => o
                .GoObjectMeta(1, "cfg")
                .Entry(2, "a", "b").Entry(2, "empty", string.Empty)
                .Message(3, e => e.String(1, "bin").Bytes(2, [1, 2, 3]))),
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"b","empty":""},"binaryData":{"bin":"AQID"}}"""),

        ["secret"] = (
            ProtobufTestWriter.Envelope("v1", "Secret", o => o
                .GoObjectMeta(1, "s")
                .Message(2, e => e.String(1, "p").Bytes(2, "q"u8.ToArray()))
                .String(3, "Opaque")
                .Entry(4, "plain", "text")),
            """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},"data":{"p":"cQ=="},"type":"Opaque","stringData":{"plain":"text"}}"""),

        ["job"] = (
            ProtobufTestWriter.Envelope("batch/v1", "Job", o => o
                .GoObjectMeta(1, "j")
                .Message(2, spec => spec
                    .Int(7, 0)
                    .Message(6, t => t.GoObjectMeta(1, string.Empty).Message(2, pod => pod
                        .Message(2, c => c.String(1, "j").String(2, "busybox").String(3, "echo").String(3, "hi").Message(8, _ => { }))
                        .String(3, "Never"))))
                .Message(3, _ => { })),
            """
            {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},
             "spec":{"backoffLimit":0,"template":{"metadata":{},"spec":{"containers":[{"name":"j","image":"busybox","command":["echo","hi"],"resources":{}}],"restartPolicy":"Never"}}},
             "status":{}}
            """),

        ["cronjob"] = (
            ProtobufTestWriter.Envelope("batch/v1", "CronJob", o => o
                .GoObjectMeta(1, "c")
                .Message(2, spec => spec
                    .String(1, "*/5 * * * *").String(3, string.Empty).Bool(4, false)
                    .Message(5, jt => jt.GoObjectMeta(1, "c").Message(2, js => js
                        .Message(6, t => t.Message(2, pod => pod.Message(2, c => c.String(1, "c").String(2, "busybox")).String(3, "OnFailure")))))))
                ,
            """
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"},
             "spec":{"schedule":"*/5 * * * *","suspend":false,
               "jobTemplate":{"metadata":{"name":"c"},"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox"}],"restartPolicy":"OnFailure"}}}}}}
            """),

        ["pod"] = (
            ProtobufTestWriter.Envelope("v1", "Pod", o => o
                .GoObjectMeta(1, "p", m => m.Entry(11, "run", "p"))
                .Message(2, pod => pod
                    .Message(2, c => c.String(1, "p").String(2, "busybox").String(4, "sleep").String(4, "3600"))
                    .String(3, "Always")
                    .Message(14, sc => sc.Int(4, 1000).Int(4, 2000))
                    .Bool(30, false))),
            """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"run":"p"}},
             "spec":{"containers":[{"name":"p","image":"busybox","args":["sleep","3600"]}],"restartPolicy":"Always",
               "securityContext":{"supplementalGroups":[1000,2000]},"enableServiceLinks":false}}
            """),

        ["role"] = (
            ProtobufTestWriter.Envelope("rbac.authorization.k8s.io/v1", "Role", o => o
                .GoObjectMeta(1, "r")
                .Message(2, rule => rule.String(1, "get").String(1, "list").String(2, string.Empty).String(3, "pods"))),
            """{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"r"},"rules":[{"verbs":["get","list"],"apiGroups":[""],"resources":["pods"]}]}"""),

        ["clusterrole"] = (
            ProtobufTestWriter.Envelope("rbac.authorization.k8s.io/v1", "ClusterRole", o => o
                .GoObjectMeta(1, "cr")
                .Message(2, rule => rule.String(1, "get").String(3, "nodes"))
                .Message(3, agg => agg.Message(1, s => s.Entry(1, "rbac.example.com/aggregate", "true")))),
            """
            {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"cr"},
             "rules":[{"verbs":["get"],"resources":["nodes"]}],
             "aggregationRule":{"clusterRoleSelectors":[{"matchLabels":{"rbac.example.com/aggregate":"true"}}]}}
            """),

        ["rolebinding"] = (
            ProtobufTestWriter.Envelope("rbac.authorization.k8s.io/v1", "RoleBinding", o => o
                .GoObjectMeta(1, "rb")
                .Message(2, s => s.String(1, "User").String(2, "rbac.authorization.k8s.io").String(3, "u").String(4, string.Empty))
                .Message(2, s => s.String(1, "ServiceAccount").String(2, string.Empty).String(3, "sa").String(4, "ns"))
                .Message(3, r => r.String(1, "rbac.authorization.k8s.io").String(2, "Role").String(3, "r"))),
            """
            {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"rb"},
             "subjects":[{"kind":"User","apiGroup":"rbac.authorization.k8s.io","name":"u"},{"kind":"ServiceAccount","name":"sa","namespace":"ns"}],
             "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"r"}}
            """),

        ["clusterrolebinding"] = (
            ProtobufTestWriter.Envelope("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", o => o
                .GoObjectMeta(1, "crb")
                .Message(2, s => s.String(1, "Group").String(2, "rbac.authorization.k8s.io").String(3, "g"))
                .Message(3, r => r.String(1, "rbac.authorization.k8s.io").String(2, "ClusterRole").String(3, "cr"))),
            """
            {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"name":"crb"},
             "subjects":[{"kind":"Group","apiGroup":"rbac.authorization.k8s.io","name":"g"}],
             "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cr"}}
            """),

        ["serviceaccount"] = (
            ProtobufTestWriter.Envelope("v1", "ServiceAccount", o => o
                .GoObjectMeta(1, "sa")
                .Message(3, r => r.String(1, "pull"))
                .Bool(4, false)),
            """{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"sa"},"imagePullSecrets":[{"name":"pull"}],"automountServiceAccountToken":false}"""),

        ["ingress"] = (
            ProtobufTestWriter.Envelope("networking.k8s.io/v1", "Ingress", o => o
                .GoObjectMeta(1, "ing")
                .Message(2, spec => spec
                    .String(4, "nginx")
                    .Message(2, tls => tls.String(1, "foo.com").String(2, "tls"))
                    .Message(3, rule => rule.String(1, "foo.com").Message(2, value => value.Message(1, http => http
                        .Message(1, path => path.String(1, "/bar").String(3, "Exact").Message(2, backend => backend
                            .Message(4, svc => svc.String(1, "svc").Message(2, port => port.String(1, string.Empty).Int(2, 80)))))))))
                .Message(3, s => s.Message(1, _ => { }))),
            """
            {"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"ing"},
             "spec":{"ingressClassName":"nginx","tls":[{"hosts":["foo.com"],"secretName":"tls"}],
               "rules":[{"host":"foo.com","http":{"paths":[{"path":"/bar","pathType":"Exact","backend":{"service":{"name":"svc","port":{"number":80}}}}]}}]},
             "status":{"loadBalancer":{}}}
            """),

        ["resourcequota"] = (
            ProtobufTestWriter.Envelope("v1", "ResourceQuota", o => o
                .GoObjectMeta(1, "q")
                .Message(2, spec => spec
                    .Message(1, e => e.String(1, "pods").Message(2, q => q.String(1, "10")))
                    .Message(1, e => e.String(1, "requests.cpu").Message(2, q => q.String(1, "500m"))))),
            """{"apiVersion":"v1","kind":"ResourceQuota","metadata":{"name":"q"},"spec":{"hard":{"pods":"10","requests.cpu":"500m"}}}"""),

        ["poddisruptionbudget"] = (
            ProtobufTestWriter.Envelope("policy/v1", "PodDisruptionBudget", o => o
                .GoObjectMeta(1, "pdb")
                .Message(2, spec => spec
                    .Message(1, v => v.Int(1, 1).Int(2, 0).String(3, "50%"))
                    .Message(2, s => s.Entry(1, "app", "x")))),
            """{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"pdb"},"spec":{"minAvailable":"50%","selector":{"matchLabels":{"app":"x"}}}}"""),

        ["poddisruptionbudget-zero"] = (
            ProtobufTestWriter.Envelope("policy/v1", "PodDisruptionBudget", o => o
                .GoObjectMeta(1, "pdb")
                .Message(2, spec => spec.Message(3, v => v.Int(1, 0).Int(2, 0).String(3, string.Empty)))),
            """{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"pdb"},"spec":{"maxUnavailable":0}}"""),

        ["objectmeta-full"] = (
            ProtobufTestWriter.Envelope("v1", "ConfigMap", o => o
                .Message(1, m => m
                    .String(1, "cfg").String(2, "cfg-").String(3, "team").String(5, "0b0e-uid").String(6, "42").Int(7, 5)
                    .Message(8, t => t.Int(1, 1700000000).Int(2, 0))
                    .Message(9, t => t.Int(1, 1700000060).Int(2, 500))
                    .Int(10, 0)
                    .Entry(11, "app", "x").Entry(12, "note", "hello")
                    .Message(13, r => r.String(1, "ReplicaSet").String(3, "rs").String(4, "rs-uid").String(5, "apps/v1").Bool(6, true).Bool(7, false))
                    .String(14, "example.com/guard").String(14, "kubernetes")
                    .Message(17, f => f.String(1, "kubectl").String(2, "Update").String(3, "v1")
                        .Message(4, t => t.Int(1, 1700000000)).String(6, "FieldsV1")
                        .Message(7, raw => raw.String(1, """{"f:data":{"f:a":{}}}"""))))),
            """
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{
              "name":"cfg","generateName":"cfg-","namespace":"team","uid":"0b0e-uid","resourceVersion":"42","generation":5,
              "creationTimestamp":"2023-11-14T22:13:20Z","deletionTimestamp":"2023-11-14T22:14:20Z","deletionGracePeriodSeconds":0,
              "labels":{"app":"x"},"annotations":{"note":"hello"},
              "ownerReferences":[{"kind":"ReplicaSet","name":"rs","uid":"rs-uid","apiVersion":"apps/v1","controller":true,"blockOwnerDeletion":false}],
              "finalizers":["example.com/guard","kubernetes"],
              "managedFields":[{"manager":"kubectl","operation":"Update","apiVersion":"v1","time":"2023-11-14T22:13:20Z","fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:a":{}}}}]}}
            """),

        ["event-microtime"] = (
            ProtobufTestWriter.Envelope("v1", "Event", o => o
                .GoObjectMeta(1, "e")
                .String(3, "Started")
                .Message(10, t => t.Int(1, 1700000000).Int(2, 123456789))),
            """{"apiVersion":"v1","kind":"Event","metadata":{"name":"e"},"reason":"Started","eventTime":"2023-11-14T22:13:20.123456Z"}"""),

        ["unknown-fields-skipped"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o
                .Int(900, 7).String(901, "future").Fixed32(902, 1).Fixed64(903, 2)
                .GoObjectMeta(1, "demo", m => m.Message(999, x => x.String(1, "nested future field")))),
            """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo"}}"""),

        ["last-value-wins-and-negative-int32"] = (
            ProtobufTestWriter.Envelope("apps/v1", "Deployment", o => o
                .GoObjectMeta(1, "first").GoObjectMeta(1, "second")
                .Message(2, spec => spec.Int(1, 2).Int(1, -1))),
            """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"second"},"spec":{"replicas":-1}}"""),

        ["packed-repeated"] = (
            ProtobufTestWriter.Envelope("v1", "Pod", o => o
                .Message(2, pod => pod.Message(14, sc => sc.Tag(4, 2).RawVarint(3).RawVarint(1).RawVarint(2).RawVarint(3)))),
            """{"apiVersion":"v1","kind":"Pod","spec":{"securityContext":{"supplementalGroups":[1,2,3]}}}"""),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Body_decodes_to_the_Kubernetes_JSON_form(string caseName)
    {
        var (body, json) = Cases[caseName];

        var decoded = KubernetesProtobuf.Decode(body);

        var expected = JsonNode.Parse(json);
        JsonNode.DeepEquals(decoded, expected).ShouldBeTrue($"decoded {decoded.ToJsonString()}\nexpected {expected!.ToJsonString()}");
    }

    [Fact]
    public void ApiVersion_and_kind_come_first()
    {
        var decoded = KubernetesProtobuf.Decode(Cases["namespace"].Body);

        decoded.Select(p => p.Key).Take(2).ShouldBe(["apiVersion", "kind"]);
    }

    [Theory]
    [InlineData("application/vnd.kubernetes.protobuf", true)]
    [InlineData("application/vnd.kubernetes.protobuf; charset=utf-8", true)]
    [InlineData("  Application/VND.Kubernetes.Protobuf ", true)]
    [InlineData("application/vnd.kubernetes.protobuf;stream=watch", true)]
    [InlineData("application/vnd.kubernetes.protobuffer", false)]
    [InlineData("application/json", false)]
    [InlineData("application/apply-patch+yaml", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsProtobuf_matches_the_media_type_only(string? contentType, bool expected)
    {
        KubernetesProtobuf.IsProtobuf(contentType).ShouldBe(expected);
    }
}
