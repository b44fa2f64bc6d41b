using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>
/// Finds fields in a request body that the kind's model does not have, for
/// <c>fieldValidation=Strict|Warn</c> (upstream wording: <c>unknown field "spec.foo"</c>).
/// </summary>
public static class UnknownFields
{
    private const int MaxReported = 20;
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Type>> Properties = new();

    public static IReadOnlyList<string> Find(JsonObject obj, Type modelType)
    {
        var found = new List<string>();
        Walk(obj, modelType, string.Empty, found, 0);
        return found;
    }

    private static void Walk(JsonNode? node, Type type, string path, List<string> found, int depth)
    {
        if (node is null || found.Count >= MaxReported || depth > 64)
        {
            return;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ElementType(type, out var isMap) is { } element)
        {
            if (isMap && node is JsonObject map)
            {
                foreach (var (key, value) in map)
                {
                    Walk(value, element, $"{path}[{key}]", found, depth + 1);
                }
            }
            else if (!isMap && node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], element, $"{path}[{i}]", found, depth + 1);
                }
            }

            return;
        }

        if (node is not JsonObject obj || !IsModel(type))
        {
            return;
        }

        var properties = Properties.GetOrAdd(type, Describe);
        foreach (var (key, value) in obj)
        {
            var child = path.Length == 0 ? key : $"{path}.{key}";
            if (key.StartsWith('$'))
            {
                // strategic-merge-patch directives ($patch, $setElementOrder/…, $retainKeys, …)
                continue;
            }

            if (!properties.TryGetValue(key, out var propertyType))
            {
                // apiVersion/kind are on every top-level object even when a model omits them.
                if (!(depth == 0 && key is "apiVersion" or "kind"))
                {
                    found.Add(child);
                }

                continue;
            }

            Walk(value, propertyType, child, found, depth + 1);
        }
    }

    private static bool IsModel(Type type) => type.Namespace == "k8s.Models" && type.IsClass;

    private static Type? ElementType(Type type, out bool isMap)
    {
        isMap = false;
        if (type == typeof(string) || !type.IsGenericType && !type.IsArray)
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
        {
            isMap = true;
            return arguments[1];
        }

        return definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)
            ? arguments[0]
            : null;
    }

    private static IReadOnlyDictionary<string, Type> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name, p.PropertyType))
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().PropertyType, StringComparer.Ordinal);
}
