namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>Labels in a read-only dictionary (or none).</summary>
internal readonly struct ReadOnlyDictionaryLabels(IReadOnlyDictionary<string, string>? labels) : ILabelLookup
{
    public bool TryGet(string key, out string value)
    {
        if (labels is not null && labels.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
