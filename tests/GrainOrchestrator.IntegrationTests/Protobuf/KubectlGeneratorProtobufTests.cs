using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.Protobuf;

/// <summary>
/// The real kubectl v1.32 generators POST protobuf bodies to a stub server; each body must decode
/// to the JSON object the command describes. (kubectl run is the exception: it sends JSON, checked too.) <c>--validate=false</c> keeps kubectl from asking the
/// stub for OpenAPI documents, which this stub does not serve (kubectl run has no such flag).
/// </summary>
public sealed class KubectlGeneratorProtobufTests : IClassFixture<KubectlStubFixture>
{
    private static readonly Dictionary<string, GeneratorCase> Cases = new GeneratorCase[]
    {
        new("namespace", ["create", "namespace", "demo"], "v1", "Namespace", "demo",
            [("metadata.name", "\"demo\"")],
            ["metadata.namespace", "metadata.generateName", "metadata.creationTimestamp", "spec.finalizers"]),
        new("deployment", ["create", "deployment", "web", "--image=nginx:1.25", "--replicas=3", "--port=80"], "apps/v1", "Deployment", "web",
            [
                ("spec.replicas", "3"),
                ("spec.selector.matchLabels.app", "\"web\""),
                ("spec.template.metadata.labels.app", "\"web\""),
                ("spec.template.spec.containers.0.name", "\"nginx\""),
                ("spec.template.spec.containers.0.image", "\"nginx:1.25\""),
                ("spec.template.spec.containers.0.ports.0.containerPort", "80"),
                ("spec.strategy", "{}"),
                ("spec.template.spec.containers.0.resources", "{}"),
            ],
            ["spec.paused", "spec.minReadySeconds", "spec.template.spec.containers.0.stdin", "spec.template.spec.containers.0.ports.0.hostPort"]),
        new("service", ["create", "service", "clusterip", "web", "--tcp=80:8080"], "v1", "Service", "web",
            [
                ("spec.type", "\"ClusterIP\""),
                ("spec.selector.app", "\"web\""),
                ("spec.ports.0.name", "\"80-8080\""),
                ("spec.ports.0.protocol", "\"TCP\""),
                ("spec.ports.0.port", "80"),
                ("spec.ports.0.targetPort", "8080"),
            ],
            ["spec.clusterIP", "spec.ports.0.nodePort"]),
        new("configmap", ["create", "configmap", "cfg", "--from-literal=a=b"], "v1", "ConfigMap", "cfg",
            [("data.a", "\"b\"")],
            ["binaryData"]),
        new("secret", ["create", "secret", "generic", "s", "--from-literal=p=q"], "v1", "Secret", "s",
            [("data.p", "\"cQ==\"")],
            ["stringData", "type"]),
        new("job", ["create", "job", "j", "--image=busybox", "--", "echo", "hi"], "batch/v1", "Job", "j",
            [
                ("spec.template.spec.containers.0.image", "\"busybox\""),
                ("spec.template.spec.containers.0.command", "[\"echo\",\"hi\"]"),
                ("spec.template.spec.restartPolicy", "\"Never\""),
            ],
            []),
        new("cronjob", ["create", "cronjob", "c", "--image=busybox", "--schedule=*/5 * * * *", "--", "echo", "hi"], "batch/v1", "CronJob", "c",
            [
                ("spec.schedule", "\"*/5 * * * *\""),
                ("spec.jobTemplate.metadata.name", "\"c\""),
                ("spec.jobTemplate.spec.template.spec.containers.0.image", "\"busybox\""),
                ("spec.jobTemplate.spec.template.spec.containers.0.command", "[\"echo\",\"hi\"]"),
                ("spec.jobTemplate.spec.template.spec.restartPolicy", "\"OnFailure\""),
            ],
            []),
        new("role", ["create", "role", "r", "--verb=get", "--resource=pods"], "rbac.authorization.k8s.io/v1", "Role", "r",
            [("rules.0.verbs", "[\"get\"]"), ("rules.0.resources", "[\"pods\"]"), ("rules.0.apiGroups", "[\"\"]")],
            []),
        new("rolebinding", ["create", "rolebinding", "rb", "--role=r", "--user=u"], "rbac.authorization.k8s.io/v1", "RoleBinding", "rb",
            [
                ("roleRef.apiGroup", "\"rbac.authorization.k8s.io\""),
                ("roleRef.kind", "\"Role\""),
                ("roleRef.name", "\"r\""),
                ("subjects.0.kind", "\"User\""),
                ("subjects.0.name", "\"u\""),
                ("subjects.0.apiGroup", "\"rbac.authorization.k8s.io\""),
            ],
            []),
        new("clusterrole", ["create", "clusterrole", "cr", "--verb=get", "--resource=nodes"], "rbac.authorization.k8s.io/v1", "ClusterRole", "cr",
            [("rules.0.verbs", "[\"get\"]"), ("rules.0.resources", "[\"nodes\"]")],
            ["aggregationRule"]),
        new("clusterrolebinding", ["create", "clusterrolebinding", "crb", "--clusterrole=cr", "--user=u"], "rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "crb",
            [("roleRef.kind", "\"ClusterRole\""), ("roleRef.name", "\"cr\""), ("subjects.0.name", "\"u\"")],
            []),
        new("serviceaccount", ["create", "serviceaccount", "sa"], "v1", "ServiceAccount", "sa",
            [("metadata.name", "\"sa\"")],
            ["automountServiceAccountToken"]),
        new("ingress", ["create", "ingress", "ing", "--rule=foo.com/bar=svc:80"], "networking.k8s.io/v1", "Ingress", "ing",
            [
                ("spec.rules.0.host", "\"foo.com\""),
                ("spec.rules.0.http.paths.0.path", "\"/bar\""),
                ("spec.rules.0.http.paths.0.pathType", "\"Exact\""),
                ("spec.rules.0.http.paths.0.backend.service.name", "\"svc\""),
                ("spec.rules.0.http.paths.0.backend.service.port.number", "80"),
            ],
            ["spec.rules.0.ingressRuleValue"]),
        new("quota", ["create", "quota", "q", "--hard=pods=10"], "v1", "ResourceQuota", "q",
            [("spec.hard.pods", "\"10\"")],
            []),
        new("poddisruptionbudget", ["create", "poddisruptionbudget", "pdb", "--selector=app=x", "--min-available=1"], "policy/v1", "PodDisruptionBudget", "pdb",
            [("spec.minAvailable", "1"), ("spec.selector.matchLabels.app", "\"x\"")],
            ["spec.maxUnavailable"]),
        new("run", ["run", "p", "--image=busybox", "--", "sleep", "3600"], "v1", "Pod", "p",
            [
                ("metadata.labels.run", "\"p\""),
                ("spec.containers.0.name", "\"p\""),
                ("spec.containers.0.image", "\"busybox\""),
                ("spec.containers.0.args", "[\"sleep\",\"3600\"]"),
            ],
            ["spec.containers.0.command"],
            ContentType: "application/json",
            HasValidateFlag: false),
    }.ToDictionary(c => c.Name);

    private readonly KubectlStubFixture _fixture;

    public KubectlGeneratorProtobufTests(KubectlStubFixture fixture)
    {
        _fixture = fixture;
    }

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Generator_body_decodes_to_the_expected_object(string caseName)
    {
        Assert.SkipUnless(File.Exists(KubectlRunner.KubectlPath), "kubectl is not installed");
        var testCase = Cases[caseName];
        var before = _fixture.Server.Requests.Count;

        var (exitCode, stdout, stderr) = await _fixture.Kubectl.RunAsync(testCase.CommandLine(), TestContext.Current.CancellationToken);

        var requests = _fixture.Server.Requests.Skip(before).ToList();
        var log = string.Join('\n', requests.Select(r => $"{r.Method} {r.PathAndQuery} [{r.ContentType}] {r.Error}"));
        TestContext.Current.TestOutputHelper?.WriteLine(log);
        exitCode.ShouldBe(0, $"kubectl failed: {stderr}\nrequests:\n{log}");
        stdout.ShouldContain("created");

        var post = requests.Single(r => r.Method == "POST");
        post.ContentType.ShouldBe(testCase.ContentType);
        post.Error.ShouldBeNull();
        var decoded = post.Decoded.ShouldNotBeNull();
        TestContext.Current.TestOutputHelper?.WriteLine(decoded.ToJsonString());

        decoded["apiVersion"]!.GetValue<string>().ShouldBe(testCase.ApiVersion);
        decoded["kind"]!.GetValue<string>().ShouldBe(testCase.Kind);
        Select(decoded, "metadata.name")!.GetValue<string>().ShouldBe(testCase.ObjectName);
        foreach (var (path, json) in testCase.Expected)
        {
            Select(decoded, path)?.ToJsonString().ShouldBe(json, $"at {path} in {decoded.ToJsonString()}");
            Select(decoded, path).ShouldNotBeNull($"{path} is missing in {decoded.ToJsonString()}");
        }

        foreach (var path in testCase.Absent)
        {
            Select(decoded, path).ShouldBeNull($"{path} should be absent in {decoded.ToJsonString()}");
        }
    }

    /// <summary>Follows a dotted path; numeric segments index arrays.</summary>
    private static JsonNode? Select(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(segment, out var index) => index < array.Count ? array[index] : null,
                JsonObject obj => obj[segment],
                _ => null,
            };
        }

        return node;
    }

    private sealed record GeneratorCase(
        string Name,
        string[] Arguments,
        string ApiVersion,
        string Kind,
        string ObjectName,
        (string Path, string Json)[] Expected,
        string[] Absent,
        string ContentType = "application/vnd.kubernetes.protobuf",
        bool HasValidateFlag = true)
    {
        /// <summary>The command with --validate=false placed before any "--" (after it, kubectl passes it to the container).</summary>
        public string[] CommandLine()
        {
            var separator = Array.IndexOf(Arguments, "--");
            if (!HasValidateFlag)
            {
                return Arguments;
            }

            return separator < 0
                ? [.. Arguments, "--validate=false"]
                : [.. Arguments[..separator], "--validate=false", .. Arguments[separator..]];
        }
    }
}
