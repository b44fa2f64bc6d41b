using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>Strategic merge patch, the <c>application/strategic-merge-patch+json</c> content type used by
/// <c>kubectl apply</c> (client-side), <c>kubectl edit</c> and <c>kubectl patch</c>. Lists tagged with a merge
/// key merge item by item, tagged lists of primitives merge as sets, other lists are replaced, maps merge,
/// null deletes. Directives: <c>$patch</c> (replace, merge, delete), <c>$setElementOrder/&lt;list&gt;</c>,
/// <c>$retainKeys</c>, <c>$deleteFromPrimitiveList/&lt;list&gt;</c>.</summary>
public static class StrategicMergePatch
{
    internal const string PatchDirective = "$patch";
    internal const string RetainKeysDirective = "$retainKeys";
    internal const string SetElementOrderPrefix = "$setElementOrder/";
    internal const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/";

    /// <summary>Applies <paramref name="patch"/> to <paramref name="original"/>, an object of
    /// <paramref name="modelType"/> (e.g. <c>typeof(V1Deployment)</c>) in its wire JSON. Inputs are not modified.</summary>
    /// <exception cref="PatchException">The patch is malformed (bad directive, item without its merge key, …).</exception>
    public static JsonObject Apply(JsonObject original, JsonObject patch, Type modelType)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(patch);
        var result = (JsonObject)original.DeepClone();
        return MergeMap(result, patch, PatchSchema.For(modelType)) ?? new JsonObject();
    }

    /// <summary>Merges <paramref name="patch"/> into <paramref name="original"/> in place; null means "delete this map".</summary>
    private static JsonObject? MergeMap(JsonObject original, JsonObject patch, PatchSchema schema)
    {
        if (patch.TryGetPropertyValue(PatchDirective, out var directive))
        {
            switch (DirectiveValue(directive))
            {
                case "replace":
                    return Fresh(WithoutKey(patch, PatchDirective), schema);
                case "delete":
                    return null;
                case "merge":
                    break;
                default:
                    throw new PatchException($"unknown patch type: {directive?.ToJsonString()} in map: {patch.ToJsonString()}");
            }
        }

        if (patch.TryGetPropertyValue(RetainKeysDirective, out var retainKeys))
        {
            ApplyRetainKeys(original, patch, retainKeys);
        }

        var handled = new HashSet<string>(StringComparer.Ordinal) { PatchDirective, RetainKeysDirective };
        foreach (var (key, order) in patch)
        {
            if (key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal))
            {
                var listName = key[SetElementOrderPrefix.Length..];
                ApplySetElementOrder(original, patch, listName, order, schema.Field(listName));
                handled.Add(key);
                handled.Add(listName);
                handled.Add(DeleteFromPrimitiveListPrefix + listName);
            }
        }

        foreach (var (key, patchValue) in patch)
        {
            if (handled.Contains(key))
            {
                continue;
            }

            if (key.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal))
            {
                var listName = key[DeleteFromPrimitiveListPrefix.Length..];
                if (patchValue is not JsonArray)
                {
                    throw new PatchException($"{key} must be a list, got {patchValue?.ToJsonString() ?? "null"}");
                }

                if (original[listName] is JsonArray current && patchValue is JsonArray toDelete)
                {
                    original[listName] = DeleteFromList(current, toDelete);
                }

                continue;
            }

            if (key.StartsWith('$'))
            {
                // Unknown directives are ignored, as older servers do with newer ones.
                continue;
            }

            MergeField(original, key, patchValue, schema.Field(key));
        }

        return original;
    }

    private static void MergeField(JsonObject original, string key, JsonNode? patchValue, PatchField field)
    {
        if (patchValue is null)
        {
            original.Remove(key);
            return;
        }

        original.TryGetPropertyValue(key, out var originalValue);
        switch (originalValue, patchValue)
        {
            case (JsonObject originalMap, JsonObject patchMap):
                var merged = MergeMap(originalMap, patchMap, field.Schema);
                if (merged is null)
                {
                    original.Remove(key);
                }
                else if (!ReferenceEquals(merged, originalMap))
                {
                    original[key] = merged;
                }

                break;
            case (JsonArray originalList, JsonArray patchList) when field.Meta.Merge:
                var mergedList = MergeList(originalList, patchList, field);
                if (!ReferenceEquals(mergedList, originalList))
                {
                    original[key] = mergedList;
                }

                break;
            default:
                // Absent, of another type, or a list that is replaced: take the patch value, cleaned of directives.
                var fresh = FreshValue(patchValue, field);
                if (fresh is null && patchValue is JsonObject)
                {
                    original.Remove(key);
                }
                else
                {
                    original[key] = fresh;
                }

                break;
        }
    }

    private static JsonArray MergeList(JsonArray original, JsonArray patch, PatchField field)
    {
        if (original.Count == 0 && patch.Count == 0)
        {
            return original;
        }

        var originalItems = Detach(original);
        List<JsonNode?> merged;
        List<JsonNode?> patchOrder;
        if (IsListOfMaps(originalItems, patch))
        {
            var mergeKey = RequireMergeKey(field);
            var (remaining, patchItems, replaced) = ApplyListDirectives(originalItems, patch, mergeKey);
            if (replaced)
            {
                return new JsonArray(patchItems.Select(item => FreshValue(item, field.Schema)).ToArray());
            }

            merged = MergeItems(remaining, patchItems, mergeKey, field.Schema);
            patchOrder = patchItems;
            return new JsonArray(NormalizeOrder(merged, patchOrder, originalItems, mergeKey).ToArray());
        }

        merged = Deduplicate(originalItems.Concat(patch.Select(item => item?.DeepClone())));
        patchOrder = [.. patch];
        return new JsonArray(NormalizeOrder(merged, patchOrder, originalItems, mergeKey: null).ToArray());
    }

    /// <summary>Handles <c>$patch: delete</c> and <c>$patch: replace</c> items of a list of maps.</summary>
    private static (List<JsonNode?> Original, List<JsonNode?> Patch, bool Replaced) ApplyListDirectives(
        List<JsonNode?> original, IEnumerable<JsonNode?> patch, string mergeKey)
    {
        var remaining = new List<JsonNode?>(original);
        var patchItems = new List<JsonNode?>();
        var replace = false;
        foreach (var item in patch)
        {
            if (item is not JsonObject map || !map.TryGetPropertyValue(PatchDirective, out var directive))
            {
                patchItems.Add(item);
                continue;
            }

            switch (DirectiveValue(directive))
            {
                case "delete":
                    if (!map.TryGetPropertyValue(mergeKey, out var keyValue))
                    {
                        throw new PatchException($"map: {map.ToJsonString()} does not contain declared merge key: {mergeKey}");
                    }

                    remaining.RemoveAll(candidate => candidate is JsonObject o && o.TryGetPropertyValue(mergeKey, out var v) && JsonNode.DeepEquals(v, keyValue));
                    break;
                case "replace":
                    replace = true;
                    break;
                case "merge":
                    throw new PatchException("merging lists cannot yet be specified in the patch");
                default:
                    throw new PatchException($"unknown patch type: {directive?.ToJsonString()} in map: {map.ToJsonString()}");
            }
        }

        return replace ? ([], patchItems, true) : (remaining, patchItems, false);
    }

    private static List<JsonNode?> MergeItems(List<JsonNode?> original, List<JsonNode?> patch, string mergeKey, PatchSchema itemSchema)
    {
        var merged = new List<JsonNode?>(original);
        foreach (var item in patch)
        {
            if (item is not JsonObject patchItem || !patchItem.TryGetPropertyValue(mergeKey, out var keyValue))
            {
                throw new PatchException($"map: {item?.ToJsonString() ?? "null"} does not contain declared merge key: {mergeKey}");
            }

            var index = merged.FindIndex(candidate => candidate is JsonObject o && o.TryGetPropertyValue(mergeKey, out var v) && JsonNode.DeepEquals(v, keyValue));
            if (index >= 0)
            {
                merged[index] = MergeMap((JsonObject)merged[index]!, patchItem, itemSchema) ?? new JsonObject();
            }
            else
            {
                merged.Add(Fresh(patchItem, itemSchema) ?? new JsonObject());
            }
        }

        return merged;
    }

    /// <summary>Processes <c>$setElementOrder/X</c> together with <c>X</c> and <c>$deleteFromPrimitiveList/X</c>.</summary>
    private static void ApplySetElementOrder(JsonObject original, JsonObject patch, string listName, JsonNode? orderNode, PatchField field)
    {
        if (orderNode is not JsonArray order)
        {
            throw new PatchException($"{SetElementOrderPrefix}{listName} must be a list, got {orderNode?.ToJsonString() ?? "null"}");
        }

        var hasPatchList = patch.TryGetPropertyValue(listName, out var patchListNode);
        if (hasPatchList && patchListNode is null)
        {
            original.Remove(listName);
            return;
        }

        var patchList = patchListNode as JsonArray ?? [];
        var originalItems = original[listName] is JsonArray current ? Detach(current) : [];
        if (!field.Meta.Merge)
        {
            // Ordering is meaningless for a replaced list; the list itself (if sent) replaces.
            if (hasPatchList)
            {
                original[listName] = FreshValue(patchList, field);
            }
            else
            {
                original[listName] = new JsonArray([.. originalItems]);
            }

            return;
        }

        List<JsonNode?> merged;
        string? mergeKey = null;
        if (IsListOfMaps(originalItems, patchList) || order.Any(item => item is JsonObject))
        {
            mergeKey = RequireMergeKey(field);
            var (remaining, patchItems, replaced) = ApplyListDirectives(originalItems, patchList, mergeKey);
            merged = replaced
                ? [.. patchItems.Select(item => FreshValue(item, field.Schema))]
                : MergeItems(remaining, patchItems, mergeKey, field.Schema);
        }
        else
        {
            var remaining = originalItems;
            if (patch[DeleteFromPrimitiveListPrefix + listName] is JsonArray toDelete)
            {
                remaining = [.. originalItems.Where(item => !toDelete.Any(d => JsonNode.DeepEquals(d, item)))];
            }

            merged = Deduplicate(remaining.Concat(patchList.Select(item => item?.DeepClone())));
        }

        var ordered = NormalizeOrder(merged, [.. order], originalItems, mergeKey);
        if (ordered.Count == 0 && !hasPatchList && originalItems.Count == 0)
        {
            return;
        }

        original[listName] = new JsonArray([.. ordered]);
    }

    /// <summary>Upstream's ordering rule: items named by <paramref name="patchOrder"/> take that relative order,
    /// the others keep their order from <paramref name="serverOrder"/>, and the two sequences are interleaved
    /// by their positions in the server's list.</summary>
    private static List<JsonNode?> NormalizeOrder(List<JsonNode?> merged, List<JsonNode?> patchOrder, List<JsonNode?> serverOrder, string? mergeKey)
    {
        var patchItems = new List<JsonNode?>();
        var serverOnly = new List<JsonNode?>();
        foreach (var item in merged)
        {
            (IndexOf(patchOrder, item, mergeKey) >= 0 ? patchItems : serverOnly).Add(item);
        }

        patchItems = [.. patchItems.OrderBy(item => IndexOf(patchOrder, item, mergeKey))];
        serverOnly = [.. serverOnly.OrderBy(item => IndexOf(serverOrder, item, mergeKey))];

        var result = new List<JsonNode?>(merged.Count);
        int left = 0, right = 0;
        while (left < serverOnly.Count || right < patchItems.Count)
        {
            if (left >= serverOnly.Count)
            {
                result.Add(patchItems[right++]);
            }
            else if (right >= patchItems.Count)
            {
                result.Add(serverOnly[left++]);
            }
            else
            {
                var serverIndex = IndexOf(serverOrder, serverOnly[left], mergeKey);
                var patchIndex = IndexOf(serverOrder, patchItems[right], mergeKey);
                result.Add(serverIndex >= 0 && patchIndex >= 0 && serverIndex < patchIndex ? serverOnly[left++] : patchItems[right++]);
            }
        }

        return result;
    }

    private static int IndexOf(List<JsonNode?> list, JsonNode? item, string? mergeKey)
    {
        if (mergeKey is null)
        {
            return list.FindIndex(candidate => JsonNode.DeepEquals(candidate, item));
        }

        var key = (item as JsonObject)?[mergeKey];
        return list.FindIndex(candidate => candidate is JsonObject o && o.TryGetPropertyValue(mergeKey, out var v) && JsonNode.DeepEquals(v, key));
    }

    private static void ApplyRetainKeys(JsonObject original, JsonObject patch, JsonNode? retainKeysNode)
    {
        if (retainKeysNode is not JsonArray retainKeysList)
        {
            throw new PatchException($"{RetainKeysDirective} must be a list of field names, got {retainKeysNode?.ToJsonString() ?? "null"}");
        }

        var retain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in retainKeysList)
        {
            if (entry is not JsonValue value || !value.TryGetValue<string>(out var name))
            {
                throw new PatchException($"{RetainKeysDirective} must be a list of field names, got {retainKeysList.ToJsonString()}");
            }

            retain.Add(name);
        }

        foreach (var (key, value) in patch)
        {
            if (value is not null && !key.StartsWith('$') && !retain.Contains(key))
            {
                throw new PatchException($"doesn't satisfy strategic merge patch format: all keys in the patch must be present in the {RetainKeysDirective} list, \"{key}\" is not");
            }
        }

        foreach (var key in original.Select(pair => pair.Key).Where(key => !retain.Contains(key)).ToList())
        {
            original.Remove(key);
        }
    }

    private static JsonArray DeleteFromList(JsonArray current, JsonArray toDelete) =>
        new([.. Detach(current).Where(item => !toDelete.Any(d => JsonNode.DeepEquals(d, item)))]);

    /// <summary>A patch value that lands where nothing merges with it: directives processed, nulls dropped.</summary>
    private static JsonNode? FreshValue(JsonNode? value, PatchField field) => value switch
    {
        JsonObject map => Fresh(map, field.Schema),
        JsonArray list when field.Meta.Merge => MergeList([], list, field),
        JsonArray list => new JsonArray([.. list.Select(item => FreshValue(item, field.Schema))]),
        _ => value?.DeepClone(),
    };

    private static JsonNode? FreshValue(JsonNode? value, PatchSchema itemSchema) =>
        FreshValue(value, new PatchField(PatchFieldMeta.None, itemSchema));

    private static JsonObject? Fresh(JsonObject patch, PatchSchema schema) => MergeMap(new JsonObject(), patch, schema);

    private static JsonObject WithoutKey(JsonObject map, string key)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in map)
        {
            if (name != key)
            {
                copy[name] = value?.DeepClone();
            }
        }

        return copy;
    }

    private static string RequireMergeKey(PatchField field) =>
        field.Meta.MergeKey ?? throw new PatchException(
            $"cannot merge lists without merge key for {field.Schema.ModelType?.Name ?? "an untyped list"}");

    private static bool IsListOfMaps(IEnumerable<JsonNode?> original, IEnumerable<JsonNode?> patch)
    {
        var first = original.Concat(patch).FirstOrDefault(item => item is not null);
        return first is JsonObject;
    }

    private static List<JsonNode?> Deduplicate(IEnumerable<JsonNode?> items)
    {
        var result = new List<JsonNode?>();
        foreach (var item in items)
        {
            if (!result.Any(existing => JsonNode.DeepEquals(existing, item)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Takes the items out of a list so that they can be placed in a new one.</summary>
    private static List<JsonNode?> Detach(JsonArray list)
    {
        var items = list.ToList();
        list.Clear();
        return items;
    }

    private static string? DirectiveValue(JsonNode? directive) =>
        directive is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
