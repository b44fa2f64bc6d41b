namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// Every REST corpus case against the real server over TLS with the written token: a 4xx
/// <c>metav1.Status</c> with a matching code and a clear message, never a 5xx or another body.
/// A case marked as a known failure is skipped with its reason while the server still gets it
/// wrong, and passes once it is fixed.
/// </summary>
[Collection(BadInputCollection.Name)]
public sealed class RestCorpusTests(BadInputServer server)
{
    public static TheoryData<string> Cases => RestCorpus.Names;

    [Fact]
    public void The_corpus_has_at_least_150_cases() => RestCorpus.All.Count.ShouldBeGreaterThanOrEqualTo(150);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_request_gets_a_4xx_status(string name)
    {
        var c = RestCorpus.All[name];

        var outcome = await RestCaseRunner.RunAsync(server, c, TestContext.Current.CancellationToken);

        if (!outcome.Ok && c.KnownFailure is not null)
        {
            Assert.Skip($"known failure: {c.KnownFailure} | observed: {outcome.Describe(c)}");
        }

        outcome.Ok.ShouldBeTrue(outcome.Describe(c) + Environment.NewLine + (outcome.Status >= 500 || server.Process.HasExited ? server.Process.Tail() : string.Empty));
    }
}
