using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>The query and path parameters of the REST operations (fresh nodes on every call: a JSON node has one parent).</summary>
internal static class OpenApiParameters
{
    public const string FieldValidation = "fieldValidation";

    public static JsonObject Name(string kind) => Path("name", "name of the " + kind);

    public static JsonObject Namespace() => Path("namespace", "object name and auth scope, such as for teams and projects");

    public static JsonObject Pretty() => Query("pretty", "If 'true', then the output is pretty printed.", "string");

    public static JsonObject DryRun() => Query(
        "dryRun",
        "When present, indicates that modifications should not be persisted. The only valid value is All: process the request fully but store nothing.",
        "string");

    public static JsonObject FieldManager() => Query(
        "fieldManager",
        "A name for the actor or entity making the change, recorded in managedFields. At most 128 printable characters. Required for apply patches.",
        "string");

    public static JsonObject FieldValidationParameter() => Query(
        FieldValidation,
        "How the server treats unknown or duplicate fields in the request body: Ignore drops them silently, Warn drops them and answers with a Warning header for each, Strict fails the request with BadRequest listing them.",
        "string");

    public static JsonObject Force() => Query(
        "force",
        "Force an apply request: take ownership of the fields of conflicting field managers. Only valid for apply patches.",
        "boolean");

    public static IEnumerable<JsonObject> List() =>
    [
        Query("allowWatchBookmarks", "Ask for BOOKMARK watch events; the server may send them.", "boolean"),
        Query("continue", "The continue token of a previous page of a chunked list.", "string"),
        Query("fieldSelector", "A selector restricting the returned objects by their fields. Defaults to everything.", "string"),
        Query("labelSelector", "A selector restricting the returned objects by their labels. Defaults to everything.", "string"),
        Query("limit", "The maximum number of objects to return; a continue token in the answer's metadata asks for the rest.", "integer"),
        Query("resourceVersion", "Constrains which resource versions the answer may be served from.", "string"),
        Query("resourceVersionMatch", "How resourceVersion applies to a list: Exact or NotOlderThan.", "string"),
        Query("sendInitialEvents", "With watch, start the stream with synthetic events for the current objects, then a bookmark.", "boolean"),
        Query("timeoutSeconds", "Timeout of the list or watch call.", "integer"),
        Query("watch", "Watch for changes to the described objects and stream them as add, update and remove notifications.", "boolean"),
    ];

    public static IEnumerable<JsonObject> Delete() =>
    [
        DryRun(),
        Query("gracePeriodSeconds", "Seconds before the object is deleted; zero deletes immediately. Defaults to the kind's own default.", "integer"),
        Query("orphanDependents", "Deprecated: use propagationPolicy. Whether dependents are orphaned.", "boolean"),
        Query("propagationPolicy", "Whether and how garbage collection is performed: Orphan, Background or Foreground.", "string"),
    ];

    private static JsonObject Path(string name, string description) => new()
    {
        ["name"] = name,
        ["in"] = "path",
        ["description"] = description,
        ["required"] = true,
        ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true },
    };

    private static JsonObject Query(string name, string description, string type) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = type, ["uniqueItems"] = true },
    };
}
