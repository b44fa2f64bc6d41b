using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.Gateway.Rest;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>
/// <c>GET|POST …/pods/{name}/exec</c>: a WebSocket speaking <c>v5.channel.k8s.io</c> (kubectl) or
/// <c>v4.channel.k8s.io</c>; errors before the upgrade are plain <c>metav1.Status</c> answers.
/// </summary>
public static class PodExecEndpoint
{
    private static readonly string[] SupportedProtocols = [ExecChannels.V5, ExecChannels.V4];

    public static Task HandleAsync(HttpContext context, ResourceApi api, ResourcePath path, IPodStreams streams)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(path);
        return HandleAsync(context, PodLookups.From(api, path), path.Namespace, path.Name!, streams);
    }

    public static async Task HandleAsync(HttpContext context, PodLookup getPod, string? @namespace, string name, IPodStreams streams)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(getPod);
        ArgumentNullException.ThrowIfNull(streams);

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await StatusResponses.WriteAsync(context, ApiErrors.BadRequest("Upgrade request required")).ConfigureAwait(false);
            return;
        }

        var pod = await getPod().ConfigureAwait(false);
        if (!pod.Ok)
        {
            await StatusResponses.WriteAsync(context, pod.Error!).ConfigureAwait(false);
            return;
        }

        var (request, error) = ReadRequest(context, pod.Json!, @namespace, name);
        var protocol = context.WebSockets.WebSocketRequestedProtocols.FirstOrDefault(p => SupportedProtocols.Contains(p, StringComparer.Ordinal));
        if (error is null && protocol is null)
        {
            error = ApiErrors.BadRequest($"unable to upgrade: none of the requested subprotocols is supported; use one of [{string.Join(' ', SupportedProtocols)}]");
        }

        if (error is not null)
        {
            await StatusResponses.WriteAsync(context, error).ConfigureAwait(false);
            return;
        }

        IPodExecSession session;
        try
        {
            session = await streams.StartExecAsync(request!, context.RequestAborted).ConfigureAwait(false);
        }
        catch (PodStreamUnavailableException unavailable)
        {
            await StatusResponses.WriteAsync(context, ApiErrorsForStreams.Unavailable(unavailable)).ConfigureAwait(false);
            return;
        }

        await using (session.ConfigureAwait(false))
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol).ConfigureAwait(false);
            using var pump = new ExecPump(socket, session, closeFramesSupported: protocol == ExecChannels.V5);
            await pump.RunAsync(request!.Command, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static (PodExecRequest? Request, ApiError? Error) ReadRequest(HttpContext context, string podJson, string? @namespace, string name)
    {
        var query = context.Request.Query;
        var command = query["command"].Where(c => c is not null).Select(c => c!).ToList();
        if (command.Count == 0)
        {
            return (null, ApiErrors.BadRequest("you must specify at least 1 command"));
        }

        ApiError? error = null;
        var stdin = PodStreamQuery.Bool(query, "stdin", ref error);
        var stdout = PodStreamQuery.Bool(query, "stdout", ref error);
        var stderr = PodStreamQuery.Bool(query, "stderr", ref error);
        var tty = PodStreamQuery.Bool(query, "tty", ref error);
        var container = error is null ? PodContainers.Resolve(podJson, name, query["container"].ToString(), out error) : null;
        if (error is null && !stdin && !stdout && !stderr)
        {
            error = ApiErrors.BadRequest("you must specify at least 1 of stdin, stdout, stderr");
        }

        return error is not null
            ? (null, error)
            : (new PodExecRequest(@namespace, name, container!, command, stdin, stdout, stderr, tty), null);
    }
}
