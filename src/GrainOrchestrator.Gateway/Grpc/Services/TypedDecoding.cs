using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;

namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>
/// Decodes a manifest object into its kind's model type the way the application layer will, so
/// that a value of the wrong JSON type (replicas: three, data as a list) is refused up front as a
/// field violation instead of failing inside the object grain as an internal error.
/// </summary>
internal static class TypedDecoding
{
    private static readonly MethodInfo DeserializeDefinition = typeof(KubernetesJson).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(KubernetesJson.Deserialize) && m.IsGenericMethodDefinition
            && m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string))
        .OrderBy(m => m.GetParameters().Length)
        .First();

    private static readonly ConcurrentDictionary<Type, MethodInfo> Deserializers = new();

    /// <summary>Null when the object decodes; otherwise (field path, description).</summary>
    public static (string Field, string Description)? Check(JsonObject obj, Type modelType)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var deserialize = Deserializers.GetOrAdd(modelType, t => DeserializeDefinition.MakeGenericMethod(t));
        var arguments = new object?[deserialize.GetParameters().Length];
        arguments[0] = obj.ToJsonString();
        try
        {
            deserialize.Invoke(null, arguments);
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is JsonException json)
        {
            var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : string.Empty;
            return (path, $"Invalid value: the value has the wrong type ({FirstSentence(json.Message)})");
        }
        catch (TargetInvocationException e) when (e.InnerException is FormatException or InvalidOperationException or OverflowException)
        {
            return (string.Empty, $"Invalid value: {e.InnerException.Message}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
