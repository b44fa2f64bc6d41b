namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>
/// Parses the label selector text syntax (upstream grammar):
/// <code>
/// selector    := requirement ("," requirement)*
/// requirement := "!" KEY | KEY | KEY ("=" | "==" | "!=") VALUE? | KEY ("in" | "notin") "(" VALUE? ("," VALUE?)* ")" | KEY ("&gt;" | "&lt;") INTEGER
/// </code>
/// Whitespace between tokens is ignored; an empty VALUE after '=' means "the empty value".
/// </summary>
internal sealed class LabelSelectorParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _position;

    private LabelSelectorParser(string text)
    {
        _text = text;
        _tokens = Tokenize(text);
    }

    private enum TokenKind
    {
        Identifier,
        Not,
        Equal,
        DoubleEqual,
        NotEqual,
        GreaterThan,
        LessThan,
        OpenParen,
        CloseParen,
        Comma,
        End,
    }

    public static List<LabelRequirement> Parse(string text) => new LabelSelectorParser(text).ParseSelector();

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            (TokenKind Kind, int Length)? symbol = c switch
            {
                '!' when next == '=' => (TokenKind.NotEqual, 2),
                '!' => (TokenKind.Not, 1),
                '=' when next == '=' => (TokenKind.DoubleEqual, 2),
                '=' => (TokenKind.Equal, 1),
                '>' => (TokenKind.GreaterThan, 1),
                '<' => (TokenKind.LessThan, 1),
                '(' => (TokenKind.OpenParen, 1),
                ')' => (TokenKind.CloseParen, 1),
                ',' => (TokenKind.Comma, 1),
                _ => null,
            };
            if (symbol is { } s)
            {
                tokens.Add(new Token(s.Kind, text.Substring(i, s.Length)));
                i += s.Length;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsSymbol(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(TokenKind.Identifier, text[start..i]));
        }

        tokens.Add(new Token(TokenKind.End, string.Empty));
        return tokens;
    }

    private static bool IsSymbol(char c) => c is '!' or '=' or '>' or '<' or '(' or ')' or ',';

    private static bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Identifier && string.Equals(token.Text, keyword, StringComparison.Ordinal);

    private static string Describe(Token token) => token.Kind == TokenKind.End ? "end of string" : $"'{token.Text}'";

    private Token Peek() => _tokens[_position];

    private Token Next() => _tokens[_position == _tokens.Count - 1 ? _position : _position++];

    private SelectorParseException Error(string found, string expected) =>
        new($"unable to parse label selector \"{_text}\": found {found}, expected {expected}");

    private List<LabelRequirement> ParseSelector()
    {
        var requirements = new List<LabelRequirement>();
        while (true)
        {
            requirements.Add(ParseRequirement());
            var separator = Next();
            switch (separator.Kind)
            {
                case TokenKind.End:
                    return requirements;
                case TokenKind.Comma:
                    continue;
                default:
                    throw Error(Describe(separator), "',' or end of string");
            }
        }
    }

    private LabelRequirement ParseRequirement()
    {
        var first = Next();
        if (first.Kind == TokenKind.Not)
        {
            return LabelRequirement.Create(ExpectKey(), LabelOperator.DoesNotExist);
        }

        if (first.Kind != TokenKind.Identifier)
        {
            throw Error(Describe(first), "'!' or a label key");
        }

        var key = first.Text;
        var op = Peek();
        if (op.Kind is TokenKind.End or TokenKind.Comma)
        {
            return LabelRequirement.Create(key, LabelOperator.Exists);
        }

        Next();
        return op.Kind switch
        {
            TokenKind.Equal => LabelRequirement.Create(key, LabelOperator.Equal, [ParseExactValue()]),
            TokenKind.DoubleEqual => LabelRequirement.Create(key, LabelOperator.DoubleEqual, [ParseExactValue()]),
            TokenKind.NotEqual => LabelRequirement.Create(key, LabelOperator.NotEqual, [ParseExactValue()]),
            TokenKind.GreaterThan => LabelRequirement.Create(key, LabelOperator.GreaterThan, [ExpectValue()]),
            TokenKind.LessThan => LabelRequirement.Create(key, LabelOperator.LessThan, [ExpectValue()]),
            _ when IsKeyword(op, "in") => LabelRequirement.Create(key, LabelOperator.In, ParseValueSet()),
            _ when IsKeyword(op, "notin") => LabelRequirement.Create(key, LabelOperator.NotIn, ParseValueSet()),
            _ => throw Error(Describe(op), "one of =, ==, !=, in, notin, >, <"),
        };
    }

    private string ExpectKey()
    {
        var token = Next();
        return token.Kind == TokenKind.Identifier ? token.Text : throw Error(Describe(token), "a label key after '!'");
    }

    private string ExpectValue()
    {
        var token = Next();
        return token.Kind == TokenKind.Identifier ? token.Text : throw Error(Describe(token), "a value");
    }

    // "a=" (then ',' or the end) selects the empty value.
    private string ParseExactValue()
    {
        var token = Peek();
        if (token.Kind is TokenKind.End or TokenKind.Comma)
        {
            return string.Empty;
        }

        return ExpectValue();
    }

    private List<string> ParseValueSet()
    {
        var open = Next();
        if (open.Kind != TokenKind.OpenParen)
        {
            throw Error(Describe(open), "'(' to start the value set");
        }

        var values = new List<string>();
        if (Peek().Kind == TokenKind.CloseParen)
        {
            Next();
            return values;
        }

        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Identifier)
            {
                Next();
                values.Add(token.Text);
            }
            else if (token.Kind is TokenKind.Comma or TokenKind.CloseParen)
            {
                values.Add(string.Empty);
            }
            else
            {
                throw Error(Describe(token), "a value, ',' or ')'");
            }

            var separator = Next();
            if (separator.Kind == TokenKind.CloseParen)
            {
                return values;
            }

            if (separator.Kind != TokenKind.Comma)
            {
                throw Error(Describe(separator), "',' or ')'");
            }
        }
    }

    private readonly record struct Token(TokenKind Kind, string Text);
}
