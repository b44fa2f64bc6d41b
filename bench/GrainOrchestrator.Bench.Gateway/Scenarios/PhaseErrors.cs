namespace GrainOrchestrator.Bench.Gateway.Scenarios;

/// <summary>Keeps the first failure of a phase (the count is in the latency figures).</summary>
public sealed class PhaseErrors
{
    private string? _first;

    public string? First => Volatile.Read(ref _first);

    /// <summary>Answers whether the request succeeded (<paramref name="error"/> is null).</summary>
    public bool Record(string? error)
    {
        if (error is null)
        {
            return true;
        }

        Interlocked.CompareExchange(ref _first, error, null);
        return false;
    }
}
