using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.PodStreams;

public sealed class PodLogEndpointTests
{
    [Fact]
    public async Task Follow_streams_each_chunk_before_the_log_ends()
    {
        await using var host = await PodStreamsHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseUri };
        var ct = TestContext.Current.CancellationToken;

        await host.Streams.Log.Writer.WriteAsync(Encoding.UTF8.GetBytes("first line\n"), ct);
        using var response = await client.GetAsync("/api/v1/namespaces/default/pods/one/log?follow=true", HttpCompletionOption.ResponseHeadersRead, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        await using var body = await response.Content.ReadAsStreamAsync(ct);

        var buffer = new byte[1024];
        var read = await body.ReadAsync(buffer, ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), ct);
        Encoding.UTF8.GetString(buffer, 0, read).ShouldBe("first line\n");

        await host.Streams.Log.Writer.WriteAsync(Encoding.UTF8.GetBytes("second line\n"), ct);
        await host.Streams.Log.Writer.CompleteAsync();
        using var rest = new StreamReader(body);
        (await rest.ReadToEndAsync(ct)).ShouldBe("second line\n");
        host.Streams.LastLog!.ShouldBe(new Gateway.PodStreams.PodLogRequest("default", "one", "app", Follow: true));
    }

    [Fact]
    public async Task Options_reach_the_node_agent_and_limitBytes_cuts_the_log()
    {
        await using var host = await PodStreamsHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseUri };
        var ct = TestContext.Current.CancellationToken;
        await host.Streams.Log.Writer.WriteAsync(Encoding.UTF8.GetBytes("0123456789"), ct);
        await host.Streams.Log.Writer.CompleteAsync();

        var text = await client.GetStringAsync("/api/v1/namespaces/default/pods/two/log?container=b&tailLines=5&timestamps=true&previous=true&sinceSeconds=60&limitBytes=4", ct);

        text.ShouldBe("0123");
        host.Streams.LastLog.ShouldBe(new Gateway.PodStreams.PodLogRequest("default", "two", "b", false, 5, true, true, 60, 4));
    }

    [Theory]
    [InlineData("/pods/missing/log", 404, "NotFound", "pods \"missing\" not found")]
    [InlineData("/pods/two/log", 400, "BadRequest", "a container name must be specified for pod two, choose one of: [a b]")]
    [InlineData("/pods/one/log?container=nope", 400, "BadRequest", "container nope is not valid for pod one")]
    [InlineData("/pods/one/log?tailLines=-1", 400, "BadRequest", "tailLines: Invalid value: \"-1\": must be an integer greater than or equal to 0")]
    [InlineData("/pods/one/log?limitBytes=lots", 400, "BadRequest", "limitBytes: Invalid value: \"lots\": must be an integer greater than or equal to 0")]
    [InlineData("/pods/one/log?follow=maybe", 400, "BadRequest", "follow: Invalid value: \"maybe\": must be a boolean")]
    public async Task Bad_requests_are_answered_with_a_Status(string path, int code, string reason, string message)
    {
        await using var host = await PodStreamsHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseUri };
        var ct = TestContext.Current.CancellationToken;

        using var response = await client.GetAsync("/api/v1/namespaces/default" + path, ct);

        ((int)response.StatusCode).ShouldBe(code);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        status["kind"]!.GetValue<string>().ShouldBe("Status");
        status["reason"]!.GetValue<string>().ShouldBe(reason);
        status["message"]!.GetValue<string>().ShouldBe(message);
        host.Streams.LastLog.ShouldBeNull();
    }
}
