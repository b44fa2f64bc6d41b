using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>The <c>metadata.labels</c> object of an object's wire JSON, or none.</summary>
internal readonly struct JsonLabels(JsonObject? labels) : ILabelLookup
{
    public bool TryGet(string key, out string value)
    {
        if (labels is not null && labels.TryGetPropertyValue(key, out var node))
        {
            value = JsonFieldReader.Format(node, string.Empty);
            return true;
        }

        value = string.Empty;
        return false;
    }
}
