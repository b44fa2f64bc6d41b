using Grpc.Core;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>How a <see cref="GrpcCase"/> ended, and everything wrong with that.</summary>
public sealed record GrpcOutcome(StatusCode Code, string Detail, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;

    public string Describe(GrpcCase c) =>
        $"grpc {c.Name}: {Code}: {(Detail.Length > 400 ? Detail[..400] + "…" : Detail)}"
        + (Ok ? string.Empty : $"{Environment.NewLine}  problems: {string.Join("; ", Problems)}");
}
