namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Every gRPC corpus case against the real server (TLS, HTTP/2, the written token): the matching status code, never UNKNOWN or INTERNAL.</summary>
[Collection(BadInputCollection.Name)]
public sealed class GrpcCorpusTests(BadInputServer server)
{
    public static TheoryData<string> Cases => GrpcCorpus.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_call_gets_the_matching_status(string name)
    {
        var c = GrpcCorpus.All[name];

        var outcome = await GrpcCaseRunner.RunAsync(server, c, TestContext.Current.CancellationToken);

        if (!outcome.Ok && c.KnownFailure is not null)
        {
            Assert.Skip($"known failure: {c.KnownFailure} | observed: {outcome.Describe(c)}");
        }

        outcome.Ok.ShouldBeTrue(outcome.Describe(c) + Environment.NewLine + (outcome.Code is global::Grpc.Core.StatusCode.Internal or global::Grpc.Core.StatusCode.Unknown ? server.Process.Tail() : string.Empty));
    }
}
