using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// Type and property summaries from the XML documentation file that ships next to the
/// KubernetesClient assembly (copied to the output from the NuGet package). These carry
/// upstream's field documentation, which <c>kubectl explain</c> prints.
/// </summary>
public sealed class ModelDocumentation
{
    private const string ModelPrefix = "k8s.Models.";
    private static readonly Lazy<ModelDocumentation> LazyDefault = new(() => LoadFor(typeof(V1Pod).Assembly));
    private readonly FrozenDictionary<string, string> _summaries;

    private ModelDocumentation(FrozenDictionary<string, string> summaries) => _summaries = summaries;

    /// <summary>No descriptions at all (when the XML file is absent).</summary>
    public static ModelDocumentation Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    /// <summary>The documentation of the loaded KubernetesClient assembly, loaded once.</summary>
    public static ModelDocumentation Default => LazyDefault.Value;

    /// <summary>How many summaries were loaded (0 when the file was not found).</summary>
    public int Count => _summaries.Count;

    /// <summary>Loads <c>{assembly}.xml</c> from beside the assembly, or from the application directory.</summary>
    public static ModelDocumentation LoadFor(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var fileName = assembly.GetName().Name + ".xml";
        string[] candidates =
        [
            string.IsNullOrEmpty(assembly.Location) ? string.Empty : Path.ChangeExtension(assembly.Location, ".xml"),
            Path.Combine(AppContext.BaseDirectory, fileName),
        ];
        var path = candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(c));
        return path is null ? Empty : Load(path);
    }

    /// <summary>Reads the model members (types and properties of <c>k8s.Models</c>) of one XML documentation file.</summary>
    public static ModelDocumentation Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads the model members of an XML documentation stream.</summary>
    public static ModelDocumentation Load(Stream stream)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            // ReadFrom and Skip leave the reader on the next node, which may be the next member.
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "member")
            {
                reader.Read();
                continue;
            }

            var name = reader.GetAttribute("name");
            if (name is null || !IsModelMember(name))
            {
                reader.Skip();
                continue;
            }

            var member = (XElement)XNode.ReadFrom(reader);
            var summary = member.Element("summary")?.Value;
            if (!string.IsNullOrWhiteSpace(summary))
            {
                summaries[name] = NormalizeWhitespace(summary);
            }
        }

        return new ModelDocumentation(summaries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The summary of a model type, or null.</summary>
    public string? ForType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _summaries.GetValueOrDefault("T:" + type.FullName);
    }

    /// <summary>The summary of a model property, or null.</summary>
    public string? ForProperty(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return _summaries.GetValueOrDefault("P:" + property.DeclaringType?.FullName + "." + property.Name);
    }

    private static bool IsModelMember(string name) =>
        name.Length > 2 && (name[0] == 'T' || name[0] == 'P') && name[1] == ':' &&
        name.AsSpan(2).StartsWith(ModelPrefix, StringComparison.Ordinal);

    // The XML wraps summaries at ~80 columns; descriptions are single flowing text.
    private static string NormalizeWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
