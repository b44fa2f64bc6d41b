namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>What the server answered to one <see cref="RestCase"/>, and everything wrong with it.</summary>
public sealed record RestOutcome(int Status, string? ContentType, string Body, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;

    public string Describe(RestCase c) =>
        $"{c.Name}: {c.Method} {Truncate(c.Path, 200)} -> {Status} {ContentType}: {Truncate(Body, 600)}"
        + (Ok ? string.Empty : $"{Environment.NewLine}  problems: {string.Join("; ", Problems)}");

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + $"… ({text.Length} chars)";
}
