namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>The REST verbs of discovery, and the verb sets the built-in kinds use.</summary>
public static class KindVerbs
{
    public const string Create = "create";
    public const string Delete = "delete";
    public const string DeleteCollection = "deletecollection";
    public const string Get = "get";
    public const string List = "list";
    public const string Patch = "patch";
    public const string Update = "update";
    public const string Watch = "watch";

    /// <summary>Every verb: what nearly every upstream resource serves.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Create, Delete, DeleteCollection, Get, List, Patch, Update, Watch];

    /// <summary>Every verb but deletecollection (upstream: namespaces).</summary>
    public static IReadOnlyList<string> AllButDeleteCollection { get; } =
        [Create, Delete, Get, List, Patch, Update, Watch];
}
