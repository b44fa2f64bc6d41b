namespace GrainOrchestrator.Gateway.Tables;

/// <summary>Values of the <c>includeObject</c> table option: what each row's <c>object</c> carries.</summary>
public static class TableIncludeObject
{
    /// <summary>A PartialObjectMetadata with the object's metadata (the default).</summary>
    public const string Metadata = "Metadata";

    /// <summary>The whole object.</summary>
    public const string Object = "Object";

    /// <summary>No object (<c>"object": null</c>).</summary>
    public const string None = "None";

    /// <summary>True for the three values above and for an empty value (which means <see cref="Metadata"/>).</summary>
    public static bool IsValid(string? value) =>
        string.IsNullOrEmpty(value) || value is Metadata or Object or None;
}
