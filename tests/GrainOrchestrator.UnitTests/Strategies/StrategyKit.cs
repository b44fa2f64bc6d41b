using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Strategies;
using GrainOrchestrator.ApiMachinery.Validation;

namespace GrainOrchestrator.UnitTests.Strategies;

/// <summary>Helpers for strategy tests: parse JSON, apply a merge patch to a base object, summarise errors.</summary>
internal static class StrategyKit
{
    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>RFC 7386 merge patch: objects merge, null deletes, everything else (arrays too) replaces.</summary>
    public static JsonObject Patch(string baseJson, string patchJson)
    {
        var target = Parse(baseJson);
        Merge(target, Parse(patchJson));
        return target;
    }

    public static string[] Describe(IEnumerable<FieldError> errors) =>
        errors.Select(e => e.Field + " " + e.Reason).ToArray();

    /// <summary>Defaults then validates, as the machinery does on create.</summary>
    public static IReadOnlyList<FieldError> Create(IResourceStrategy strategy, JsonObject obj)
    {
        strategy.PrepareForCreate(obj);
        return strategy.ValidateCreate(obj);
    }

    /// <summary>Creates <paramref name="old"/>, then prepares and validates the update to <paramref name="updated"/>.</summary>
    public static IReadOnlyList<FieldError> Update(IResourceStrategy strategy, JsonObject old, JsonObject updated)
    {
        strategy.PrepareForCreate(old);
        strategy.PrepareForUpdate(updated, old);
        return strategy.ValidateUpdate(updated, old);
    }

    public static string? At(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, out var index) ? node?.AsArray()[index] : node?.AsObject()[part];
        }

        return node?.ToJsonString();
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
            {
                Merge(targetObject, patchObject);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
