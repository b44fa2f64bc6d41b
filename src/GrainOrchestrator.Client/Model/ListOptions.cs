namespace GrainOrchestrator.Client.Model;

public sealed record ListOptions
{
    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    /// <summary>0 = everything in one page.</summary>
    public int Limit { get; init; }

    public string? Continue { get; init; }
}
