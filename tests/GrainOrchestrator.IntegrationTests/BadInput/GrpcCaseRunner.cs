using Grpc.Core;
using Grpc.Net.Client;
using V1 = GrainOrchestrator.Grpc.V1;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Runs a <see cref="GrpcCase"/> over TLS (HTTP/2, the cluster CA) on the server's API port and judges the status.</summary>
public static class GrpcCaseRunner
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static async Task<GrpcOutcome> RunAsync(BadInputServer server, GrpcCase c, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.TrustingHandler(), MaxSendMessageSize = null });
        var client = new V1.Resources.ResourcesClient(channel);
        var headers = new Metadata();
        foreach (var template in c.Authorization ?? ["Bearer {token}"])
        {
            headers.Add("authorization", template.Replace("{token}", server.Token, StringComparison.Ordinal)
                .Replace("{half}", server.Token[..(server.Token.Length / 2)], StringComparison.Ordinal));
        }

        try
        {
            await c.Call(client, new CallOptions(headers, DateTime.UtcNow + Deadline, cancellationToken));
            return new GrpcOutcome(StatusCode.OK, string.Empty, ["the call succeeded"]);
        }
        catch (RpcException e)
        {
            return new GrpcOutcome(e.StatusCode, e.Status.Detail, Judge(c, e.StatusCode, e.Status.Detail));
        }
    }

    public static IReadOnlyList<string> Judge(GrpcCase c, StatusCode code, string detail)
    {
        var problems = new List<string>();
        if (code is StatusCode.Unknown or StatusCode.Internal or StatusCode.OK)
        {
            problems.Add($"status {code} is never an answer to bad input");
        }
        else if (!c.Codes.Contains(code))
        {
            problems.Add($"status {code}, expected {string.Join(" or ", c.Codes)}");
        }

        if (code == StatusCode.DeadlineExceeded && !c.Codes.Contains(StatusCode.DeadlineExceeded))
        {
            problems.Add("no answer before the deadline");
        }

        if (string.IsNullOrWhiteSpace(detail))
        {
            problems.Add("no message");
        }
        else if (!detail.Contains(c.Fragment, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"message does not mention \"{c.Fragment}\"");
        }

        return problems;
    }
}
