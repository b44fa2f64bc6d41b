using System.Net;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// The whole corpus (REST, then gRPC) in one go, then: the server is still ready, the seed
/// objects are unchanged (same resourceVersion and content) and no object appeared, except
/// what known-failure cases made the server accept.
/// </summary>
[Collection(BadInputCollection.Name)]
public sealed class CorpusAftermathTests(BadInputServer server)
{
    [Fact]
    public async Task After_the_corpus_the_server_is_ready_and_no_stored_object_changed()
    {
        var ct = TestContext.Current.CancellationToken;
        var membershipBefore = await server.ReadMembershipAsync();
        var unexpected = new List<string>();

        foreach (var c in RestCorpus.All.Values)
        {
            var outcome = await RestCaseRunner.RunAsync(server, c, ct);
            if (!outcome.Ok && c.KnownFailure is null)
            {
                unexpected.Add(outcome.Describe(c));
            }
        }

        foreach (var c in GrpcCorpus.All.Values)
        {
            var outcome = await GrpcCaseRunner.RunAsync(server, c, ct);
            if (!outcome.Ok && c.KnownFailure is null)
            {
                unexpected.Add(outcome.Describe(c));
            }
        }

        server.Process.HasExited.ShouldBeFalse(server.Process.Tail());
        var (ready, readyBody) = await server.Process.GetAsync("readyz");
        ready.ShouldBe(HttpStatusCode.OK, readyBody);
        unexpected.ShouldBeEmpty(string.Join(Environment.NewLine, unexpected));

        var seeds = await server.ReadSeedsAsync();
        foreach (var (url, before) in server.Seeds)
        {
            JsonNode.DeepEquals(before, seeds[url]).ShouldBeTrue($"{url} changed:{Environment.NewLine}before {before.ToJsonString()}{Environment.NewLine}after  {seeds[url].ToJsonString()}");
        }

        var membershipAfter = await server.ReadMembershipAsync();
        foreach (var (url, before) in membershipBefore)
        {
            var added = membershipAfter[url].Except(before).Where(n => !server.CreatedByKnownFailures.ContainsKey(n)).ToList();
            var removed = before.Except(membershipAfter[url]).ToList();
            added.ShouldBeEmpty($"objects appeared in {url}");
            removed.ShouldBeEmpty($"objects vanished from {url}");
        }
    }
}
