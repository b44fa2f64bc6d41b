namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>A change kept in a collection's history ring; <see cref="Previous"/> lets filtered watches see objects leave.</summary>
internal sealed record CollectionEvent(long ResourceVersion, CachedObject? Previous, CachedObject? Current)
{
    public CachedObject Latest => Current ?? Previous!;
}
