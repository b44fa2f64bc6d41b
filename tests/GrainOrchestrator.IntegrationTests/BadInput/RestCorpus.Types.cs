using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Wrong JSON types in many positions of Pod, Deployment, Service and ConfigMap, and invalid values.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> Types()
    {
        var n = 0;
        RestCase Wrong(string kind, string url, Func<string, JsonObject> make, string path, string value, string what, string? fragment = null)
        {
            var name = $"wt-{kind.ToLowerInvariant()}-{++n}";
            var leaf = path.Split('.')[^1].Split('[')[0];
            return Post($"type: {kind} {path} = {value} ({what})", url, Manifests.Body(Manifests.With(make(name), path, value)), [400, 422], fragment ?? leaf);
        }

        // ConfigMap
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata", "\"cm\"", "string where object");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata", "[]", "array where object");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.name", "42", "number as name", "name");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.name", "{\"a\":1}", "object as name", "name");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.name", "true", "boolean as name", "name");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.labels", "[\"app=x\"]", "array where map");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.labels", "\"app=x\"", "string where map");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.labels.app", "1", "number where string", "labels");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.labels.app", "{}", "object where string", "labels");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.annotations", "7", "number where map");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.finalizers", "\"f\"", "string where array");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "metadata.ownerReferences", "{}", "object where array");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "data", "[\"key\",\"value\"]", "array where map");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "data", "\"key=value\"", "string where map");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "data.key", "1", "number where string", "data");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "data.key", "{\"nested\":true}", "object where string", "data");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "binaryData", "{\"b\":\"!!not base64!!\"}", "not base64", "binaryData");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "immutable", "\"yes\"", "string where boolean");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "apiVersion", "1", "number as apiVersion", "apiVersion");
        yield return Wrong("ConfigMap", ConfigMaps, Manifests.ConfigMap, "kind", "[\"ConfigMap\"]", "array as kind", "kind");

        // Pod
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec", "\"busybox\"", "string where object");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec", "[]", "array where object");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec", "null", "null spec", "containers");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers", "{}", "object where array");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers", "\"app\"", "string where array");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers", "[]", "no containers", "containers");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0]", "\"app\"", "string where object", "containers");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].name", "5", "number where string", "name");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].image", "[\"busybox\"]", "array where string", "image");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].image", "\"\"", "empty image", "image");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports", "{}", "object where array");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].containerPort", "\"eighty\"", "string where int");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].containerPort", "80.5", "fraction where int");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].containerPort", "70000", "port out of range");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].containerPort", "-1", "negative port");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].containerPort", "99999999999", "int64 where int32");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].protocol", "6", "number where enum");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].ports[0].protocol", "\"SCTTP\"", "unknown protocol", "protocol");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].env", "{\"A\":\"1\"}", "map where array");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].env[0].value", "1", "number where string", "value");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].resources.limits", "[\"cpu\"]", "array where map");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].resources.limits.cpu", "\"lots\"", "invalid quantity", "cpu");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.containers[0].resources.limits.cpu", "{}", "object where quantity", "cpu");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.restartPolicy", "true", "boolean where enum");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.restartPolicy", "\"Sometimes\"", "unknown enum value");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.terminationGracePeriodSeconds", "\"30\"", "string where int");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.nodeSelector", "[\"a\"]", "array where map");
        yield return Wrong("Pod", Pods, Manifests.Pod, "spec.volumes", "{\"v\":{}}", "map where array");
        yield return Wrong("Pod", Pods, Manifests.Pod, "status", "\"Running\"", "string where object");

        // Deployment
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.replicas", "-1", "negative replicas");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.replicas", "\"three\"", "string where int");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.replicas", "true", "boolean where int");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.replicas", "{}", "object where int");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.replicas", "1.5", "fraction where int");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.replicas", "4294967296", "beyond int32");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec", "\"web\"", "string where object");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec", "null", "null spec", "selector");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.selector", "\"app=x\"", "string where selector");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.selector", "null", "missing selector", "selector");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.selector.matchLabels", "[\"app\"]", "array where map");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.selector.matchLabels.app", "\"y\"", "selector does not match the template", "selector");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.template", "[]", "array where object");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.template.spec.containers", "{}", "object where array");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.template.spec.containers[0].image", "7", "number where string", "image");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.strategy", "\"Recreate\"", "string where object");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.strategy.type", "\"Sideways\"", "unknown strategy", "strategy");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.paused", "\"yes\"", "string where boolean");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.revisionHistoryLimit", "-3", "negative limit");
        yield return Wrong("Deployment", Deployments, Manifests.Deployment, "spec.minReadySeconds", "-1", "negative seconds");

        // Service
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports", "{\"port\":80}", "object where array");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].port", "\"http\"", "string where int");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].port", "1.5", "fraction where int");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].port", "0", "port zero");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].port", "70000", "port out of range");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].targetPort", "{}", "object where int-or-string");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].targetPort", "true", "boolean where int-or-string");
        yield return Wrong("Service", Services, Manifests.Service, "spec.ports[0].protocol", "\"XTP\"", "unknown protocol", "protocol");
        yield return Wrong("Service", Services, Manifests.Service, "spec.type", "1", "number where enum");
        yield return Wrong("Service", Services, Manifests.Service, "spec.type", "\"Teleport\"", "unknown type", "type");
        yield return Wrong("Service", Services, Manifests.Service, "spec.selector", "[\"app=x\"]", "array where map");
        yield return Wrong("Service", Services, Manifests.Service, "spec.clusterIP", "10", "number where string");
        yield return Wrong("Service", Services, Manifests.Service, "spec.clusterIP", "\"not-an-ip\"", "invalid address", "clusterIP");
        yield return Wrong("Service", Services, Manifests.Service, "spec.sessionAffinity", "[]", "array where enum");
        yield return Wrong("Service", Services, Manifests.Service, "spec", "null", "null spec", "ports");
    }
}
