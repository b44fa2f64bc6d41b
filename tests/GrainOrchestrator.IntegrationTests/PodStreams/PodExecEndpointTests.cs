using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.PodStreams;

public sealed class PodExecEndpointTests
{
    private const string ExecPath = "/api/v1/namespaces/default/pods/one/exec";

    [Fact]
    public async Task V5_echoes_stdin_until_the_close_frame_then_reports_success()
    {
        await using var host = await PodStreamsHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var socket = await ConnectAsync(host, ExecPath + "?command=cat&stdin=true&stdout=true&stderr=true", ["v5.channel.k8s.io"], ct);
        socket.SubProtocol.ShouldBe("v5.channel.k8s.io");

        await SendAsync(socket, [0, .. "hello "u8.ToArray()], ct);
        await SendAsync(socket, [0, .. "world"u8.ToArray()], ct);
        await SendAsync(socket, [4, .. """{"Width":80,"Height":24}"""u8.ToArray()], ct);
        await SendAsync(socket, [255, 0], ct);
        var frames = await ReceiveUntilCloseAsync(socket, ct);

        Text(frames, 1).ShouldBe("HELLO WORLD");
        frames.Last()[0].ShouldBe((byte)3);
        Text(frames, 3).ShouldBe("""{"metadata":{},"status":"Success"}""");
        socket.CloseStatus.ShouldBe(WebSocketCloseStatus.NormalClosure);
        host.Streams.LastExec.ShouldNotBeNull().Command.ShouldBe(["cat"]);
    }

    [Fact]
    public async Task V4_ends_stdin_when_the_client_closes_its_side()
    {
        await using var host = await PodStreamsHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var socket = await ConnectAsync(host, ExecPath + "?command=cat&stdin=true&stdout=true", ["v4.channel.k8s.io"], ct);
        socket.SubProtocol.ShouldBe("v4.channel.k8s.io");

        await SendAsync(socket, [0, .. "abc"u8.ToArray()], ct);
        // v4 has no close frame: [255, 0] is ignored and stdin only ends with the client's close.
        await SendAsync(socket, [255, 0], ct);
        await SendAsync(socket, [0, .. "def"u8.ToArray()], ct);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct);
        var frames = await ReceiveUntilCloseAsync(socket, ct);

        Text(frames, 1).ShouldBe("ABCDEF");
        Text(frames, 3).ShouldBe("""{"metadata":{},"status":"Success"}""");
    }

    [Fact]
    public async Task The_first_supported_protocol_in_the_clients_order_is_chosen()
    {
        await using var host = await PodStreamsHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var socket = await ConnectAsync(host, ExecPath + "?command=true&stdout=true", ["v9.channel.k8s.io", "v4.channel.k8s.io", "v5.channel.k8s.io"], ct);

        socket.SubProtocol.ShouldBe("v4.channel.k8s.io");
        var frames = await ReceiveUntilCloseAsync(socket, ct);
        Text(frames, 3).ShouldBe("""{"metadata":{},"status":"Success"}""");
    }

    [Fact]
    public async Task A_non_zero_exit_ends_with_a_NonZeroExitCode_status()
    {
        await using var host = await PodStreamsHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var socket = await ConnectAsync(host, ExecPath + "?command=sh&command=-c&command=3&stdout=true&stderr=true", ["v5.channel.k8s.io"], ct);

        var frames = await ReceiveUntilCloseAsync(socket, ct);

        Text(frames, 2).ShouldBe("failing with 3");
        var status = JsonNode.Parse(Text(frames, 3))!;
        status["status"]!.GetValue<string>().ShouldBe("Failure");
        status["reason"]!.GetValue<string>().ShouldBe("NonZeroExitCode");
        status["message"]!.GetValue<string>().ShouldBe("command terminated with non-zero exit code: error executing command [sh -c 3], exit code 3");
        var cause = status["details"]!["causes"]![0]!;
        cause["reason"]!.GetValue<string>().ShouldBe("ExitCode");
        cause["message"]!.GetValue<string>().ShouldBe("3");
    }

    [Theory]
    [InlineData("one/exec?stdout=true", 400, "you must specify at least 1 command")]
    [InlineData("missing/exec?command=ls&stdout=true", 404, "pods \"missing\" not found")]
    [InlineData("two/exec?command=ls&stdout=true", 400, "a container name must be specified for pod two, choose one of: [a b]")]
    [InlineData("one/exec?command=ls&container=b&stdout=true", 400, "container b is not valid for pod one")]
    public async Task Bad_upgrade_requests_are_answered_with_a_Status(string path, int code, string message)
    {
        await using var host = await PodStreamsHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = host.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/namespaces/default/pods/" + path);
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(new byte[16]));
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Protocol", "v5.channel.k8s.io");

        using var response = await client.SendAsync(request, ct);

        ((int)response.StatusCode).ShouldBe(code);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        status["message"]!.GetValue<string>().ShouldBe(message);
        host.Streams.LastExec.ShouldBeNull();
    }

    [Fact]
    public async Task A_plain_request_is_told_to_upgrade()
    {
        await using var host = await PodStreamsHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = host.BaseUri };

        using var response = await client.PostAsync(ExecPath + "?command=ls&stdout=true", null, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!["message"]!.GetValue<string>().ShouldBe("Upgrade request required");
    }

    private static async Task<ClientWebSocket> ConnectAsync(PodStreamsHost host, string pathAndQuery, string[] protocols, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in protocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }

        await socket.ConnectAsync(host.WebSocketUri(pathAndQuery), ct);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, byte[] frame, CancellationToken ct) =>
        socket.SendAsync(frame, WebSocketMessageType.Binary, endOfMessage: true, ct);

    private static async Task<List<byte[]>> ReceiveUntilCloseAsync(ClientWebSocket socket, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var frames = new List<byte[]>();
        var message = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }

                return frames;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                frames.Add(message.ToArray());
                message.SetLength(0);
            }
        }
    }

    private static string Text(List<byte[]> frames, byte channel) =>
        string.Concat(frames.Where(f => f.Length > 0 && f[0] == channel).Select(f => Encoding.UTF8.GetString(f, 1, f.Length - 1)));
}
