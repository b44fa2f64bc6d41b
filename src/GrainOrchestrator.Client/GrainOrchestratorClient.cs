using System.Runtime.CompilerServices;
using GrainOrchestrator.Client.Errors;
using GrainOrchestrator.Client.Model;
using GrainOrchestrator.Grpc.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace GrainOrchestrator.Client;

/// <summary>
/// A typed wrapper over the generated <see cref="Resources.ResourcesClient"/>: sends the bearer
/// token with every call and turns failures into <see cref="GrainOrchestratorException"/>
/// carrying the Kubernetes reason. Kinds are named as kubectl names them ("deploy", "pods").
/// Namespaces are null for cluster-scoped kinds, and for "all namespaces" in lists and watches.
/// </summary>
public sealed class GrainOrchestratorClient : IDisposable
{
    private readonly GrpcChannel? ownedChannel;

    public GrainOrchestratorClient(GrainOrchestratorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ownedChannel = GrpcChannel.ForAddress(options.Address, new GrpcChannelOptions
        {
            HttpHandler = options.HttpHandler,
            DisposeHttpClient = options.HttpHandler is null,
            MaxReceiveMessageSize = options.MaxReceiveMessageSize,
        });
        Raw = new Resources.ResourcesClient(WithToken(ownedChannel.CreateCallInvoker(), options.Token));
    }

    /// <summary>Over a channel the caller owns (and disposes).</summary>
    public GrainOrchestratorClient(ChannelBase channel, string? token)
    {
        ArgumentNullException.ThrowIfNull(channel);
        Raw = new Resources.ResourcesClient(WithToken(channel.CreateCallInvoker(), token));
    }

    /// <summary>The generated client (token included) for what this wrapper does not cover.</summary>
    public Resources.ResourcesClient Raw { get; }

    /// <summary>Server-side apply of every document of a YAML or JSON manifest, in order (Namespaces first).</summary>
    public Task<IReadOnlyList<ApplyOutcome>> ApplyAsync(string manifest, ApplyOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ApplyOptions();
        return CallAsync<IReadOnlyList<ApplyOutcome>>(async () =>
        {
            var response = await Raw.ApplyAsync(new ApplyRequest
            {
                Manifest = manifest,
                FieldManager = options.FieldManager ?? string.Empty,
                Force = options.Force,
                DryRun = options.DryRun,
                Namespace = options.Namespace ?? string.Empty,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return [.. response.Objects.Select(o => new ApplyOutcome(StoredObject.From(o.Object), o.Created))];
        });
    }

    public Task<StoredObject> GetAsync(string kind, string? @namespace, string name, CancellationToken cancellationToken = default) =>
        CallAsync(async () => StoredObject.From(await Raw.GetAsync(
            new GetRequest { Kind = kind, Namespace = @namespace ?? string.Empty, Name = name },
            cancellationToken: cancellationToken).ConfigureAwait(false)));

    public Task<ObjectList> ListAsync(string kind, string? @namespace = null, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ListOptions();
        return CallAsync(async () =>
        {
            var response = await Raw.ListAsync(new ListRequest
            {
                Kind = kind,
                Namespace = @namespace ?? string.Empty,
                LabelSelector = options.LabelSelector ?? string.Empty,
                FieldSelector = options.FieldSelector ?? string.Empty,
                Limit = options.Limit,
                Continue = options.Continue ?? string.Empty,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new ObjectList(
                [.. response.Items],
                response.ResourceVersion,
                response.Continue.Length == 0 ? null : response.Continue,
                response.HasRemainingItemCount ? response.RemainingItemCount : null);
        });
    }

    /// <summary>
    /// Streams changes until cancelled or the server ends the watch. A version the server no
    /// longer keeps fails with reason "Expired" (<see cref="StatusCode.OutOfRange"/>): list again.
    /// </summary>
    public async IAsyncEnumerable<ObjectEvent> WatchAsync(string kind, string? @namespace = null, WatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new WatchOptions();
        using var call = Raw.Watch(new WatchRequest
        {
            Kind = kind,
            Namespace = @namespace ?? string.Empty,
            LabelSelector = options.LabelSelector ?? string.Empty,
            FieldSelector = options.FieldSelector ?? string.Empty,
            ResourceVersion = options.ResourceVersion ?? string.Empty,
            AllowBookmarks = options.AllowBookmarks,
        }, cancellationToken: cancellationToken);
        var events = call.ResponseStream;
        while (true)
        {
            bool more;
            try
            {
                more = await events.MoveNext(cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (RpcException e)
            {
                throw GrainOrchestratorException.From(e);
            }

            if (!more)
            {
                yield break;
            }

            yield return ToEvent(events.Current);
        }
    }

    public Task<DeleteResult> DeleteAsync(string kind, string? @namespace, string name, DeleteObjectOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DeleteObjectOptions();
        var request = new DeleteRequest
        {
            Kind = kind,
            Namespace = @namespace ?? string.Empty,
            Name = name,
            PropagationPolicy = options.PropagationPolicy ?? string.Empty,
            DryRun = options.DryRun,
        };
        if (options.GracePeriodSeconds is { } grace)
        {
            request.GracePeriodSeconds = grace;
        }

        return CallAsync(async () =>
        {
            var response = await Raw.DeleteAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DeleteResult(StoredObject.From(response.Object), response.Finished);
        });
    }

    /// <summary>Sets spec.replicas through the scale subresource.</summary>
    public Task<ScaleResult> ScaleAsync(string kind, string @namespace, string name, int replicas, string? resourceVersion = null, CancellationToken cancellationToken = default) =>
        CallAsync(async () =>
        {
            var response = await Raw.ScaleAsync(new ScaleRequest
            {
                Kind = kind,
                Namespace = @namespace,
                Name = name,
                Replicas = replicas,
                ResourceVersion = resourceVersion ?? string.Empty,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new ScaleResult(response.Replicas, response.StatusReplicas, response.Selector, response.ResourceVersion);
        });

    /// <summary>A pod's container log as it arrives (until a node agent serves pods: FailedPrecondition).</summary>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> LogsAsync(string @namespace, string pod, LogOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new LogOptions();
        var request = new LogsRequest
        {
            Namespace = @namespace,
            Pod = pod,
            Container = options.Container ?? string.Empty,
            Follow = options.Follow,
            Timestamps = options.Timestamps,
        };
        if (options.TailLines is { } tail)
        {
            request.TailLines = tail;
        }

        if (options.SinceSeconds is { } since)
        {
            request.SinceSeconds = since;
        }

        using var call = Raw.Logs(request, cancellationToken: cancellationToken);
        while (true)
        {
            bool more;
            try
            {
                more = await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e)
            {
                throw GrainOrchestratorException.From(e);
            }

            if (!more)
            {
                yield break;
            }

            yield return call.ResponseStream.Current.Data.Memory;
        }
    }

    public void Dispose() => ownedChannel?.Dispose();

    private static ObjectEvent ToEvent(WatchEvent e) => new(
        e.Type switch
        {
            EventType.Added => ObjectEventType.Added,
            EventType.Modified => ObjectEventType.Modified,
            EventType.Deleted => ObjectEventType.Deleted,
            _ => ObjectEventType.Bookmark,
        },
        e.ObjectJson.Length == 0 ? null : e.ObjectJson,
        e.ResourceVersion);

    private static CallInvoker WithToken(CallInvoker invoker, string? token) =>
        string.IsNullOrEmpty(token)
            ? invoker
            : invoker.Intercept(metadata =>
            {
                metadata.Add("authorization", "Bearer " + token);
                return metadata;
            });

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            throw GrainOrchestratorException.From(e);
        }
    }
}
