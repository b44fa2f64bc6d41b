using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.Gateway.Rest;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary><c>GET …/pods/{name}/log</c>: the container's log as <c>text/plain</c>, flushed chunk by chunk.</summary>
public static class PodLogEndpoint
{
    private const int ChunkSize = 16 * 1024;

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

        var pod = await getPod().ConfigureAwait(false);
        if (!pod.Ok)
        {
            await StatusResponses.WriteAsync(context, pod.Error!).ConfigureAwait(false);
            return;
        }

        var query = context.Request.Query;
        ApiError? error = null;
        var follow = PodStreamQuery.Bool(query, "follow", ref error);
        var timestamps = PodStreamQuery.Bool(query, "timestamps", ref error);
        var previous = PodStreamQuery.Bool(query, "previous", ref error);
        var tailLines = PodStreamQuery.NonNegative(query, "tailLines", ref error);
        var sinceSeconds = PodStreamQuery.NonNegative(query, "sinceSeconds", ref error);
        var limitBytes = PodStreamQuery.NonNegative(query, "limitBytes", ref error);
        var container = error is null ? PodContainers.Resolve(pod.Json!, name, query["container"].ToString(), out error) : null;
        if (error is not null)
        {
            await StatusResponses.WriteAsync(context, error).ConfigureAwait(false);
            return;
        }

        var request = new PodLogRequest(@namespace, name, container!, follow, tailLines, timestamps, previous, sinceSeconds, limitBytes);
        PodLogStream log;
        try
        {
            log = await streams.OpenLogAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (PodStreamUnavailableException unavailable)
        {
            await StatusResponses.WriteAsync(context, ApiErrorsForStreams.Unavailable(unavailable)).ConfigureAwait(false);
            return;
        }

        await using (log.ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "text/plain";
            await CopyAsync(log.Content, context.Response.Body, limitBytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    // Flushing every chunk is what makes `kubectl logs -f` show lines as they are written.
    private static async Task CopyAsync(Stream source, Stream target, long? limitBytes, CancellationToken ct)
    {
        var buffer = new byte[ChunkSize];
        var remaining = limitBytes ?? long.MaxValue;
        try
        {
            while (remaining > 0)
            {
                var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                remaining -= read;
                await target.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                await target.FlushAsync(ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away (kubectl logs -f interrupted): nothing left to answer.
        }
    }
}
