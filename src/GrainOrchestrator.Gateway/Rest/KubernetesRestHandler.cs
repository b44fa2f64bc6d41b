using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.PodStreams;
using GrainOrchestrator.Gateway.Tables;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>
/// The Kubernetes REST verbs on resource URLs, translated to the application layer
/// (<see cref="ResourceApi"/>); errors leave as metav1.Status, never as a 500 page.
/// </summary>
public sealed class KubernetesRestHandler(ResourceApi api, TimeProvider time, IPodStreams podStreams)
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public async Task HandleAsync(HttpContext context, string group, string version, string? rest)
    {
        var segments = (rest ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString).ToList();
        var path = ResourcePath.TryParse(api.Kinds, group, version, segments, out var pathError);
        if (path is null)
        {
            await StatusResponses.WriteAsync(context, new ApiError { Code = 404, Reason = "NotFound", Message = pathError! }).ConfigureAwait(false);
            return;
        }

        var query = new RestQuery(context.Request.Query);
        try
        {
            query.Validate(context.Request.Method, context.Request.ContentType);
            await DispatchAsync(context, path, query).ConfigureAwait(false);
        }
        catch (BadRequestException e) when (!context.Response.HasStarted)
        {
            await StatusResponses.WriteAsync(context, e.Error).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client went away (typically the end of a watch)
        }
        catch (Exception e) when (e is TimeoutException or Orleans.Runtime.OrleansException)
        {
            if (!context.Response.HasStarted)
            {
                await StatusResponses.WriteAsync(context, ApiErrors.ServiceUnavailable($"the cluster did not answer in time: {e.Message}")).ConfigureAwait(false);
            }
        }
    }

    private Task DispatchAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var method = context.Request.Method;
        if (path.IsCollection)
        {
            return method switch
            {
                "GET" when query.Flag("watch") => WatchAsync(context, path, query),
                "GET" => ListAsync(context, path, query),
                "POST" => CreateAsync(context, path, query),
                "DELETE" => DeleteCollectionAsync(context, path, query),
                _ => MethodNotAllowed(context, method),
            };
        }

        return (method, path.Subresource) switch
        {
            ("GET", null or "status") => GetAsync(context, path, query),
            ("GET", "scale") => ScaleSubresource.GetAsync(context, api, path),
            ("PUT", null or "status" or "finalize") => UpdateAsync(context, path, query),
            ("PUT", "scale") => ScaleSubresource.UpdateAsync(context, api, path, query, patch: false),
            ("PATCH", null or "status") => PatchAsync(context, path, query),
            ("PATCH", "scale") => ScaleSubresource.UpdateAsync(context, api, path, query, patch: true),
            ("DELETE", null) => DeleteAsync(context, path, query),
            ("POST", "eviction") => EvictAsync(context, path),
            ("POST", "binding") => BindAsync(context, path, query),
            ("GET", "log") => PodLogEndpoint.HandleAsync(context, api, path, podStreams),
            ("GET" or "POST", "exec") => PodExecEndpoint.HandleAsync(context, api, path, podStreams),
            _ => MethodNotAllowed(context, method),
        };
    }

    private async Task GetAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var operation = api.GetAsync(path.Kind, path.Namespace, path.Name!);
        if (!TableRequest.Wants(context.Request))
        {
            await RespondAsync(context, operation).ConfigureAwait(false);
            return;
        }

        // kubectl get NAME asks for a Table as well; without one it prints only NAME and AGE.
        var result = await operation.ConfigureAwait(false);
        if (!result.Ok)
        {
            await StatusResponses.WriteAsync(context, result.Error!).ConfigureAwait(false);
            return;
        }

        var item = JsonNode.Parse(result.Json!)!.AsObject();
        var table = TableBuilder.Build(
            TablePrinters.For(path.Kind),
            [item],
            TableRequest.IncludeObject(query),
            item["metadata"]?["resourceVersion"]?.GetValue<string>(),
            null,
            null,
            time.GetUtcNow());
        await StatusResponses.WriteJsonAsync(context, 200, table.ToJsonString()).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var result = await api.ListAsync(path.Kind, new ListRequest
        {
            Namespace = path.Namespace,
            LabelSelector = query.Get("labelSelector"),
            FieldSelector = query.Get("fieldSelector"),
            Limit = query.Limit,
            Continue = query.Get("continue"),
        }).ConfigureAwait(false);
        if (result.Error is not null)
        {
            await StatusResponses.WriteAsync(context, result.Error).ConfigureAwait(false);
            return;
        }

        if (TableRequest.Wants(context.Request))
        {
            var table = TableBuilder.Build(
                TablePrinters.For(path.Kind),
                result.Items.Select(i => JsonNode.Parse(i)!.AsObject()),
                TableRequest.IncludeObject(query),
                result.ResourceVersion,
                result.Continue,
                result.RemainingItemCount,
                time.GetUtcNow());
            await StatusResponses.WriteJsonAsync(context, 200, table.ToJsonString()).ConfigureAwait(false);
            return;
        }

        await StatusResponses.WriteJsonAsync(context, 200, RenderList(path.Kind, result)).ConfigureAwait(false);
    }

    internal static string RenderList(ResourceKind kind, ListResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind.ListKind);
            writer.WriteString("apiVersion", kind.ApiVersion);
            writer.WriteStartObject("metadata");
            writer.WriteString("resourceVersion", result.ResourceVersion);
            if (result.Continue is not null)
            {
                writer.WriteString("continue", result.Continue);
            }

            if (result.RemainingItemCount is { } remaining)
            {
                writer.WriteNumber("remainingItemCount", remaining);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                writer.WriteRawValue(item, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task WatchAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var asTable = TableRequest.Wants(context.Request);
        var printer = asTable ? TablePrinters.For(path.Kind) : null;
        var includeObject = TableRequest.IncludeObject(query);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (query.TimeoutSeconds is { } seconds and > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var request = new WatchRequest(path.Namespace, query.Get("labelSelector"), query.Get("fieldSelector"), query.Get("resourceVersion"), query.Flag("allowWatchBookmarks"));
        var started = false;
        var sentTable = false;
        try
        {
            await foreach (var item in api.WatchAsync(path.Kind, request, timeout.Token).ConfigureAwait(false))
            {
                if (!started)
                {
                    if (item.Error is not null)
                    {
                        // An expired version before anything was sent: answer 410 like the apiserver.
                        await StatusResponses.WriteAsync(context, item.Error).ConfigureAwait(false);
                        return;
                    }

                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "application/json";
                    started = true;
                }

                var line = RenderWatchEvent(path.Kind, item, printer, includeObject, firstTable: !sentTable);
                sentTable |= printer is not null && item.Event is not null;
                await context.Response.WriteAsync(line, timeout.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(timeout.Token).ConfigureAwait(false);
                if (item.Error is not null)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // timeoutSeconds elapsed or the client left: end the stream normally
        }

        if (!started)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
        }
    }

    private string RenderWatchEvent(ResourceKind kind, WatchItem item, ITablePrinter? printer, string includeObject, bool firstTable)
    {
        string type;
        JsonNode obj;
        if (item.Error is not null)
        {
            type = "ERROR";
            obj = StatusResponses.ToStatus(item.Error);
        }
        else if (item.Event is null)
        {
            type = "BOOKMARK";
            obj = new JsonObject
            {
                ["kind"] = kind.Kind,
                ["apiVersion"] = kind.ApiVersion,
                ["metadata"] = new JsonObject { ["resourceVersion"] = item.BookmarkVersion.ToString(CultureInfo.InvariantCulture) },
            };
        }
        else
        {
            type = item.Event.Type.ToString().ToUpperInvariant();
            var parsed = JsonNode.Parse(item.Event.Json)!.AsObject();
            obj = printer is null
                ? parsed
                : TableBuilder.Build(printer, [parsed], includeObject, item.Event.ResourceVersion.ToString(CultureInfo.InvariantCulture), null, null, time.GetUtcNow(), includeColumnDefinitions: firstTable);
        }

        return new JsonObject { ["type"] = type, ["object"] = obj }.ToJsonString(Compact) + "\n";
    }

    private async Task CreateAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var (json, error) = await ReadObjectAsync(context, path, query).ConfigureAwait(false);
        if (json is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        await RespondAsync(context, api.CreateAsync(path.Kind, path.Namespace, json, query.WriteOptions(null))).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var (json, error) = await ReadObjectAsync(context, path, query).ConfigureAwait(false);
        if (json is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        await RespondAsync(context, api.UpdateAsync(path.Kind, path.Namespace, path.Name!, json, query.WriteOptions(path.Subresource))).ConfigureAwait(false);
    }

    private async Task PatchAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var type = PatchTypes.FromContentType(context.Request.ContentType);
        if (type is null)
        {
            await StatusResponses.WriteAsync(context, ApiErrors.UnsupportedMediaType($"the body of the request was in an unknown format - accepted media types include: {string.Join(", ", PatchTypes.MediaTypes)}")).ConfigureAwait(false);
            return;
        }

        var (bytes, error) = await RequestBodies.ReadBytesAsync(context).ConfigureAwait(false);
        if (bytes is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        var patch = Encoding.UTF8.GetString(bytes);
        if (type == PatchType.Apply && !patch.TrimStart().StartsWith('{'))
        {
            try
            {
                patch = YamlToJson.Convert(patch);
            }
            catch (Exception e) when (e is FormatException or YamlDotNet.Core.YamlException)
            {
                await StatusResponses.WriteAsync(context, ApiErrors.BadRequest($"error decoding YAML: {e.Message}")).ConfigureAwait(false);
                return;
            }
        }

        if (type is PatchType.Apply or PatchType.StrategicMerge or PatchType.Merge
            && CheckUnknownFields(context, path.Kind, patch, query) is { } unknown)
        {
            await StatusResponses.WriteAsync(context, unknown).ConfigureAwait(false);
            return;
        }

        await RespondAsync(context, api.PatchAsync(path.Kind, path.Namespace, path.Name!, type.Value, patch, query.WriteOptions(path.Subresource))).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var (options, error) = await ReadDeleteOptionsAsync(context, query).ConfigureAwait(false);
        if (options is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        await RespondAsync(context, api.DeleteAsync(path.Kind, path.Namespace, path.Name!, options)).ConfigureAwait(false);
    }

    private async Task DeleteCollectionAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var (options, error) = await ReadDeleteOptionsAsync(context, query).ConfigureAwait(false);
        if (options is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        var list = await api.ListAsync(path.Kind, new ListRequest
        {
            Namespace = path.Namespace,
            LabelSelector = query.Get("labelSelector"),
            FieldSelector = query.Get("fieldSelector"),
        }).ConfigureAwait(false);
        if (list.Error is not null)
        {
            await StatusResponses.WriteAsync(context, list.Error).ConfigureAwait(false);
            return;
        }

        var deleted = new List<string>();
        foreach (var item in list.Items)
        {
            var metadata = JsonNode.Parse(item)!["metadata"]!;
            var result = await api.DeleteAsync(path.Kind, metadata["namespace"]?.GetValue<string>(), metadata["name"]!.GetValue<string>(), options).ConfigureAwait(false);
            if (result.Ok)
            {
                deleted.Add(result.Json!);
            }
        }

        await StatusResponses.WriteJsonAsync(context, 200, RenderList(path.Kind, new ListResult { Items = deleted, ResourceVersion = list.ResourceVersion })).ConfigureAwait(false);
    }

    private async Task EvictAsync(HttpContext context, ResourcePath path)
    {
        var (json, error) = await RequestBodies.ReadJsonAsync(context).ConfigureAwait(false);
        if (json is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        var eviction = JsonNode.Parse(json) as JsonObject;
        if (eviction?["metadata"]?["name"] is JsonValue evictedName && evictedName.TryGetValue<string>(out var evicted) && evicted != path.Name)
        {
            await StatusResponses.WriteAsync(context, ApiErrors.BadRequest($"name in URL does not match name in Eviction object: {path.Name} != {evicted}")).ConfigureAwait(false);
            return;
        }

        var deleteOptions = eviction?["deleteOptions"] as JsonObject;
        var result = await api.DeleteAsync(path.Kind, path.Namespace, path.Name!, DeleteOptionsReader.FromJson(deleteOptions)).ConfigureAwait(false);
        if (!result.Ok)
        {
            await StatusResponses.WriteAsync(context, result.Error!).ConfigureAwait(false);
            return;
        }

        await StatusResponses.WriteJsonAsync(context, 201, StatusResponses.Success(path.Name, path.Kind.Plural).ToJsonString()).ConfigureAwait(false);
    }

    private async Task BindAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var (json, error) = await RequestBodies.ReadJsonAsync(context).ConfigureAwait(false);
        if (json is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        var result = await api.UpdateAsync(path.Kind, path.Namespace, path.Name!, json, query.WriteOptions("binding")).ConfigureAwait(false);
        if (!result.Ok)
        {
            await StatusResponses.WriteAsync(context, result.Error!).ConfigureAwait(false);
            return;
        }

        await StatusResponses.WriteJsonAsync(context, 201, StatusResponses.Success().ToJsonString()).ConfigureAwait(false);
    }

    private async Task<(string? Json, ApiError? Error)> ReadObjectAsync(HttpContext context, ResourcePath path, RestQuery query)
    {
        var (json, error) = await RequestBodies.ReadJsonAsync(context).ConfigureAwait(false);
        if (json is null)
        {
            return (null, error);
        }

        return CheckUnknownFields(context, path.Kind, json, query) is { } unknown ? (null, unknown) : (json, null);
    }

    /// <summary>fieldValidation: Strict refuses unknown fields, Warn reports them in Warning headers.</summary>
    private static ApiError? CheckUnknownFields(HttpContext context, ResourceKind kind, string json, RestQuery query)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return ApiErrors.BadRequest($"error decoding request body: {e.Message}");
        }

        if (node is not JsonObject obj)
        {
            return ApiErrors.BadRequest("the request body must be a JSON object");
        }

        // A body of another kind is a clearer error than its fields being unknown to this one.
        if (obj["kind"] is JsonValue bodyKind && bodyKind.TryGetValue<string>(out var kindName) && kindName != kind.Kind)
        {
            return ApiErrors.BadRequest($"the kind in the data ({kindName}) does not match the expected kind ({kind.Kind})");
        }

        var mode = query.FieldValidation;
        if (mode == "Ignore")
        {
            return null;
        }

        var unknown = UnknownFields.Find(obj, kind.ModelType);
        if (unknown.Count == 0)
        {
            return null;
        }

        if (mode == "Strict")
        {
            return ApiErrors.BadRequest("strict decoding error: " + string.Join(", ", unknown.Select(u => $"unknown field \"{u}\"")));
        }

        foreach (var field in unknown)
        {
            context.Response.Headers.Append("Warning", $"299 - \"unknown field \\\"{field}\\\"\"");
        }

        return null;
    }

    private static async Task<(DeleteOptions? Options, ApiError? Error)> ReadDeleteOptionsAsync(HttpContext context, RestQuery query)
    {
        JsonObject? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var (json, error) = await RequestBodies.ReadJsonAsync(context).ConfigureAwait(false);
            if (error is not null && json is null && error.Message != RequestBodies.EmptyBodyMessage)
            {
                // A body that cannot be read must not turn into a delete with default options.
                return (null, error);
            }

            if (json is not null)
            {
                try
                {
                    body = JsonNode.Parse(json) switch
                    {
                        JsonObject o => o,
                        null => null,
                        _ => throw new BadRequestException("DeleteOptions must be a JSON object"),
                    };
                }
                catch (JsonException e)
                {
                    return (null, ApiErrors.BadRequest($"error decoding DeleteOptions: {e.Message}"));
                }
            }
        }

        return (DeleteOptionsReader.Read(body, query), null);
    }

    private static async Task RespondAsync(HttpContext context, Task<ApiResult> operation)
    {
        var result = await operation.ConfigureAwait(false);
        foreach (var warning in result.Warnings)
        {
            context.Response.Headers.Append("Warning", $"299 - \"{warning.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        }

        if (!result.Ok)
        {
            await StatusResponses.WriteAsync(context, result.Error!).ConfigureAwait(false);
            return;
        }

        await StatusResponses.WriteJsonAsync(context, result.Code, result.Json!).ConfigureAwait(false);
    }

    private static Task MethodNotAllowed(HttpContext context, string method) =>
        StatusResponses.WriteAsync(context, ApiErrors.MethodNotAllowed($"the server does not allow this method on the requested resource ({method})"));
}
