using System.Globalization;
using System.Text;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// The token hash file: one entry per line, <c>sha256hex user [group1,group2]</c>; blank lines
/// and lines starting with <c>#</c> are ignored. It never holds a token itself.
/// </summary>
internal static class TokenFile
{
    private static readonly char[] Separators = [' ', '\t'];

    public static IReadOnlyList<TokenEntry> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var entries = new List<TokenEntry>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            entries.Add(ParseLine(line, i + 1));
        }

        return entries;
    }

    public static string Format(IEnumerable<TokenEntry> entries)
    {
        var builder = new StringBuilder("# sha256(token) user [groups]; managed by grainorchestrator\n");
        foreach (var entry in entries)
        {
            builder.Append(Convert.ToHexStringLower(entry.Hash)).Append(' ').Append(entry.User.Name);
            if (entry.User.Groups.Count > 0)
            {
                builder.Append(' ').AppendJoin(',', entry.User.Groups);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static TokenEntry ParseLine(string line, int number)
    {
        var fields = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 2 or > 3)
        {
            throw Malformed(number, "expected 'sha256hex user [group,…]'");
        }

        if (fields[0].Length != TokenHash.Length * 2 || !IsHex(fields[0]))
        {
            throw Malformed(number, "the first field is not a SHA-256 hash in hex");
        }

        var groups = fields.Length == 3
            ? fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new TokenEntry(Convert.FromHexString(fields[0]), new AuthenticatedUser(fields[1], groups));
    }

    private static bool IsHex(string value) => value.All(char.IsAsciiHexDigit);

    private static FormatException Malformed(int line, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"token file line {line}: {reason}"));
}
