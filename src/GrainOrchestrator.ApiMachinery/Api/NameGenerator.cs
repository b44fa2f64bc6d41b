using System.Security.Cryptography;

namespace GrainOrchestrator.ApiMachinery.Api;

/// <summary><c>generateName</c>: the prefix plus five characters from the apiserver's alphabet (no vowels, no look-alikes).</summary>
public static class NameGenerator
{
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int MaxNameLength = 63;
    private const int RandomLength = 5;

    public static string Generate(string prefix)
    {
        if (prefix.Length > MaxNameLength - RandomLength)
        {
            prefix = prefix[..(MaxNameLength - RandomLength)];
        }

        Span<char> suffix = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return prefix + new string(suffix);
    }
}
