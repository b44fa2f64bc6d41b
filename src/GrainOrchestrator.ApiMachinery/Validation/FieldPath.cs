using System.Globalization;

namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>A field path printed as upstream prints it: <c>spec.containers[0].ports[1].name</c>, <c>data[key]</c>.</summary>
public readonly record struct FieldPath(string Value)
{
    public static FieldPath Root => new(string.Empty);

    public static FieldPath New(string name, params string[] more)
    {
        var path = new FieldPath(name);
        foreach (var child in more)
        {
            path = path.Child(child);
        }

        return path;
    }

    public FieldPath Child(string name, params string[] more)
    {
        var path = new FieldPath(Value.Length == 0 ? name : Value + "." + name);
        foreach (var child in more)
        {
            path = path.Child(child);
        }

        return path;
    }

    public FieldPath Index(int index) => new(Value + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    public FieldPath Key(string key) => new(Value + "[" + key + "]");

    public override string ToString() => Value;

    public static implicit operator string(FieldPath path) => path.Value;
}
