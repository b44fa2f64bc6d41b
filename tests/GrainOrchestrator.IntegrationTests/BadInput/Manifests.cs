using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Valid objects of the four kinds the corpus abuses, and a way to break one field of them.</summary>
public static partial class Manifests
{
    public static JsonObject ConfigMap(string name) => Parse("""
        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"__NAME__","labels":{"app":"x"}},"data":{"key":"value"}}
        """.Replace("__NAME__", name, StringComparison.Ordinal));

    public static JsonObject Pod(string name) => Parse("""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"__NAME__"},
         "spec":{"restartPolicy":"Always","containers":[{"name":"app","image":"busybox:1.36","ports":[{"containerPort":80,"protocol":"TCP"}],
                 "env":[{"name":"A","value":"1"}],"resources":{"limits":{"cpu":"100m"}}}]}}
        """.Replace("__NAME__", name, StringComparison.Ordinal));

    public static JsonObject Deployment(string name) => Parse("""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"__NAME__"},
         "spec":{"replicas":1,"selector":{"matchLabels":{"app":"x"}},"strategy":{"type":"RollingUpdate"},
                 "template":{"metadata":{"labels":{"app":"x"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27"}]}}}}
        """.Replace("__NAME__", name, StringComparison.Ordinal));

    public static JsonObject Service(string name) => Parse("""
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"__NAME__"},
         "spec":{"type":"ClusterIP","selector":{"app":"x"},"ports":[{"name":"http","port":80,"targetPort":80,"protocol":"TCP"}]}}
        """.Replace("__NAME__", name, StringComparison.Ordinal));

    /// <summary>
    /// A copy of <paramref name="obj"/> with the field at <paramref name="path"/> (dots and
    /// <c>[i]</c>, e.g. <c>spec.containers[0].image</c>) set to the JSON <paramref name="valueJson"/>.
    /// </summary>
    public static JsonObject With(JsonObject obj, string path, string valueJson)
    {
        var copy = obj.DeepClone().AsObject();
        var steps = Steps(path);
        JsonNode parent = copy;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            parent = steps[i] is int index ? parent[index]! : parent[(string)steps[i]]!;
        }

        var value = JsonNode.Parse(valueJson);
        if (steps[^1] is int last)
        {
            parent.AsArray()[last] = value;
        }
        else
        {
            parent.AsObject()[(string)steps[^1]] = value;
        }

        return copy;
    }

    public static Func<byte[]> Body(JsonObject obj) => () => Encoding.UTF8.GetBytes(obj.ToJsonString());

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static List<object> Steps(string path)
    {
        var steps = new List<object>();
        foreach (Match m in StepPattern().Matches(path))
        {
            steps.Add(m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) : m.Groups["name"].Value);
        }

        return steps;
    }

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex StepPattern();
}
