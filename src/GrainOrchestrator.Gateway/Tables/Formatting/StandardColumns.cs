namespace GrainOrchestrator.Gateway.Tables.Formatting;

/// <summary>Column definitions shared by many printers, and a terse factory for the rest.</summary>
internal static class StandardColumns
{
    public const string StringType = "string";
    public const string IntegerType = "integer";
    public const string BooleanType = "boolean";
    public const string DateType = "date";

    public static TableColumn Name { get; } =
        new("Name", StringType, "name", "Name of the object, unique within its namespace (or the cluster).", 0);

    public static TableColumn Age { get; } =
        new("Age", StringType, string.Empty, "Time since the object was created (metadata.creationTimestamp).", 0);

    public static TableColumn Containers { get; } =
        Wide("Containers", "Names of each container in the template.");

    public static TableColumn Images { get; } =
        Wide("Images", "Images referenced by each container in the template.");

    public static TableColumn Selector(string description) => Wide("Selector", description);

    public static TableColumn Text(string name, string description) => new(name, StringType, string.Empty, description, 0);

    public static TableColumn Integer(string name, string description) => new(name, IntegerType, string.Empty, description, 0);

    public static TableColumn Wide(string name, string description) => new(name, StringType, string.Empty, description, 1);
}
