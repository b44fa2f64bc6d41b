namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Wrong methods, missing or forged tokens, unsupported content types.</summary>
public static partial class RestCorpus
{
    private const string ValidConfigMap = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"ct-probe"},"data":{"a":"b"}}""";

    private static IEnumerable<RestCase> Protocol()
    {
        // 405: the resource exists but not the verb.
        yield return new RestCase("method: PUT on a collection", "PUT", ConfigMaps) { Body = Bodies.Utf8(ValidConfigMap), ContentType = Json, Codes = [405], Fragment = "method", Reason = "MethodNotAllowed" };
        yield return new RestCase("method: POST on an object", "POST", SeedConfigMap) { Body = Bodies.Utf8(ValidConfigMap), ContentType = Json, Codes = [405], Fragment = "method" };
        yield return new RestCase("method: POST on scale", "POST", $"{SeedDeployment}/scale") { Body = Bodies.Utf8("{}"), ContentType = Json, Codes = [405], Fragment = "method" };
        yield return new RestCase("method: DELETE on status", "DELETE", $"{SeedDeployment}/status") { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: GET on eviction", "GET", $"{SeedPod}/eviction") { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: DELETE on log", "DELETE", $"{SeedPod}/log") { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: PUT on binding", "PUT", $"{SeedPod}/binding") { Body = Bodies.Utf8("{}"), ContentType = Json, Codes = [405], Fragment = "method" };
        yield return new RestCase("method: OPTIONS on an object", "OPTIONS", SeedConfigMap) { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: TRACE on an object", "TRACE", SeedConfigMap) { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: invented verb", "FROBNICATE", SeedConfigMap) { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: DELETE on /api", "DELETE", "/api") { Codes = [405], Fragment = "method" };
        yield return new RestCase("method: POST on /apis", "POST", "/apis") { Body = Bodies.Utf8("{}"), ContentType = Json, Codes = [405], Fragment = "method" };
        yield return new RestCase("method: PUT on a group version", "PUT", "/apis/apps/v1") { Body = Bodies.Utf8("{}"), ContentType = Json, Codes = [404, 405], Fragment = string.Empty };

        // 401: no token, a forged one, or one in the wrong form. Nothing is read or written.
        foreach (var (label, headers) in (IEnumerable<(string, string[])>)
                 [
                     ("no Authorization header", []),
                     ("forged token", ["Bearer forged-token-0123456789"]),
                     ("Bearer with nothing", ["Bearer"]),
                     ("Bearer and a space", ["Bearer "]),
                     ("Basic credentials", ["Basic YWRtaW46YWRtaW4="]),
                     ("token without a scheme", ["{token}"]),
                     ("token with the wrong scheme", ["Token {token}"]),
                     ("token with an extra character", ["Bearer {token}x"]),
                     ("half of the token", ["Bearer {half}"]),
                     ("an 8 KiB token", ["Bearer " + new string('t', 8 * 1024)]),
                     ("a JWT-shaped token", ["Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."]),
                     ("two headers, one forged", ["Bearer forged", "Bearer {token}"]),
                 ])
        {
            yield return new RestCase($"auth: {label}", "GET", ConfigMaps) { Authorization = headers, Codes = [401], Fragment = "Unauthorized", Reason = "Unauthorized" };
        }

        yield return new RestCase("auth: no token on create", "POST", ConfigMaps) { Authorization = [], Body = Bodies.Utf8(ValidConfigMap), ContentType = Json, Codes = [401], Fragment = "Unauthorized" };
        yield return new RestCase("auth: forged token on delete", "DELETE", SeedConfigMap) { Authorization = ["Bearer forged"], Codes = [401], Fragment = "Unauthorized" };
        yield return new RestCase("auth: forged token on patch", "PATCH", SeedConfigMap) { Authorization = ["Bearer forged"], Body = Bodies.Utf8("{\"data\":{\"value\":\"forged\"}}"), ContentType = MergePatch, Codes = [401], Fragment = "Unauthorized" };
        yield return new RestCase("auth: no token on watch", "GET", $"{ConfigMaps}?watch=true") { Authorization = [], Codes = [401], Fragment = "Unauthorized", Streaming = true };
        yield return new RestCase("auth: no token on discovery", "GET", "/apis") { Authorization = [], Codes = [401], Fragment = "Unauthorized" };
        yield return new RestCase("auth: no token on openapi", "GET", "/openapi/v3") { Authorization = [], Codes = [401], Fragment = "Unauthorized" };
        yield return new RestCase("auth: no token with a 10 MiB body", "POST", ConfigMaps) { Authorization = [], Body = Bodies.HugeConfigMap("anon-huge", 10 * Bodies.MiB), ContentType = Json, Codes = [401, 413], Fragment = string.Empty };

        // 415: a body in a format the endpoint does not read.
        foreach (var contentType in (string[])["text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "image/png", "application/merge-patch+json", "not a media type", "application/json-seq"])
        {
            yield return Post($"content type: POST as {contentType}", ConfigMaps, Bodies.Utf8(ValidConfigMap), [415], "media type", contentType) with { Reason = "UnsupportedMediaType" };
        }

        yield return new RestCase("content type: PUT as text/plain", "PUT", SeedConfigMap) { Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seed-cm"},"data":{"value":"plain"}}"""), ContentType = "text/plain", Codes = [415], Fragment = "media type" };
        foreach (var contentType in (string[])["application/json", "text/plain", "application/yaml", "application/json-patch", "application/merge-patch+yaml"])
        {
            yield return Patch($"content type: PATCH as {contentType}", SeedConfigMap, contentType, "{\"data\":{\"value\":\"wrong-type\"}}", [415], "media type");
        }

        yield return Patch("content type: PATCH without a content type", SeedConfigMap, null!, "{\"data\":{\"value\":\"no-type\"}}", [415], "media type");
    }
}
