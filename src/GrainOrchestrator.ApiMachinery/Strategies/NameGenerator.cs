namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// Names from <c>metadata.generateName</c> as upstream makes them: the prefix cut to 58
/// characters plus 5 random characters from an alphabet without vowels or look-alikes.
/// </summary>
public static class NameGenerator
{
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int RandomLength = 5;
    private const int MaxGeneratedNameLength = 63 - RandomLength;

    public static string Generate(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var head = prefix.Length > MaxGeneratedNameLength ? prefix[..MaxGeneratedNameLength] : prefix;
        return head + string.Create(RandomLength, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
    }
}
