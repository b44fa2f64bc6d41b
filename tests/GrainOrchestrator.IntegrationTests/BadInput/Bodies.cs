using System.Text;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Hostile request bodies, built on demand.</summary>
public static class Bodies
{
    public const int MiB = 1024 * 1024;

    public static Func<byte[]> Utf8(string text) => () => Encoding.UTF8.GetBytes(text);

    public static Func<byte[]> Raw(params byte[] bytes) => () => bytes;

    /// <summary><c>{"a":{"a":…}}</c> nested <paramref name="depth"/> levels.</summary>
    public static Func<byte[]> NestedJsonObjects(int depth) => () =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth));

    /// <summary><c>[[[…]]]</c> nested <paramref name="depth"/> levels.</summary>
    public static Func<byte[]> NestedJsonArrays(int depth) => () =>
        Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));

    /// <summary>A ConfigMap whose <c>data</c> hides a value nested <paramref name="depth"/> levels.</summary>
    public static Func<byte[]> ConfigMapWithNestedData(string name, int depth) => () =>
        Encoding.UTF8.GetBytes("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"k\":"
            + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "}}");

    /// <summary>YAML flow sequences nested <paramref name="depth"/> levels.</summary>
    public static Func<byte[]> NestedYamlFlow(int depth) => () =>
        Encoding.UTF8.GetBytes("data: " + new string('[', depth) + new string(']', depth) + "\n");

    /// <summary>YAML block mappings nested <paramref name="depth"/> levels, indented two spaces a level.</summary>
    public static Func<byte[]> NestedYamlBlock(int depth) => () =>
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', 2 * i).Append("a:\n");
        }

        return Encoding.UTF8.GetBytes(text.Append(' ', 2 * depth).Append("b: 1\n").ToString());
    };

    /// <summary>"Billion laughs": nine levels of anchors, each referencing the previous one nine times (9^9 leaves).</summary>
    public static Func<byte[]> YamlAliasBomb(string head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n") => () =>
    {
        var text = new StringBuilder(head).Append("lol0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"lol{i}: &a{i} [").Append(string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    };

    /// <summary>A valid-looking ConfigMap padded with one huge data value to <paramref name="bytes"/> bytes.</summary>
    public static Func<byte[]> HugeConfigMap(string name, int bytes) => () =>
    {
        var head = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"big\":\"";
        const string Tail = "\"}}";
        var padding = Math.Max(0, bytes - head.Length - Tail.Length);
        return Encoding.UTF8.GetBytes(head + new string('x', padding) + Tail);
    };

    /// <summary>Seeded random bytes (the same on every run).</summary>
    public static Func<byte[]> RandomBytes(int length, int seed, byte[]? prefix = null) => () =>
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return [.. prefix ?? [], .. bytes];
    };
}
