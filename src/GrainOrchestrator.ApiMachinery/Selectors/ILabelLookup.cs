namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>Reads one label by key from whatever holds the labels, without copying them.</summary>
internal interface ILabelLookup
{
    bool TryGet(string key, out string value);
}
