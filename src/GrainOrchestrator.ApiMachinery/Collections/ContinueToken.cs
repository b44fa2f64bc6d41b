using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>Opaque list continuation: the last key served and the list's version.</summary>
internal sealed record ContinueToken(string StartAfter, long ResourceVersion)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { StartAfter, ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

    public static bool TryDecode(string text, out ContinueToken? token)
    {
        token = null;
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(text));
            if (parts is { Length: 2 } && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var rv))
            {
                token = new ContinueToken(parts[0], rv);
                return true;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }

        return false;
    }
}
