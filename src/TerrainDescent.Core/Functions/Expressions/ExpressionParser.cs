using System.Globalization;

namespace TerrainDescent.Core.Functions.Expressions;

/// <summary>
/// A recursive-descent parser for arithmetic in x, y and z. Grammar (^ and ** bind right and tighter than a
/// leading minus, so −x^2 is −(x²)):
/// <code>
/// sum     = product { ("+" | "-") product }
/// product = unary { ("*" | "/") unary }
/// unary   = ("-" | "+") unary | power
/// power   = atom [ ("^" | "**") unary ]
/// atom    = number | "x" | "y" | "z" | "pi" | "e" | name "(" sum ")" | "(" sum ")"
/// </code>
/// Only the whitelisted names exist: nothing in the text is ever executed or looked up elsewhere.
/// </summary>
internal sealed class ExpressionParser
{
    private const int MaxDepth = 200;

    private static readonly Dictionary<string, Func<double, double>> s_functions = new(StringComparer.Ordinal)
    {
        ["sin"] = Math.Sin,
        ["cos"] = Math.Cos,
        ["tan"] = Math.Tan,
        ["exp"] = Math.Exp,
        ["log"] = Math.Log,
        ["ln"] = Math.Log,
        ["sqrt"] = Math.Sqrt,
        ["abs"] = Math.Abs,
        ["tanh"] = Math.Tanh,
    };

    private readonly string _text;
    private int _position;
    private int _depth;

    private ExpressionParser(string text) => _text = text;

    /// <summary>The highest coordinate index used, plus one (0 for a constant).</summary>
    public int Dimension { get; private set; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming the position of the first error.</summary>
    public static (ExpressionNode Root, int Dimension) Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var root = parser.Sum();
        parser.SkipSpaces();
        if (parser._position < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._position]}'");
        }

        return (root, parser.Dimension);
    }

    private ExpressionNode Sum()
    {
        var left = Product();
        while (TryTake('+') || TryTake('-'))
        {
            var operation = _text[_position - 1];
            left = new BinaryNode(operation, left, Product());
        }

        return left;
    }

    private ExpressionNode Product()
    {
        var left = Unary();
        while (!Peek("**") && (TryTake('*') || TryTake('/')))
        {
            var operation = _text[_position - 1];
            left = new BinaryNode(operation, left, Unary());
        }

        return left;
    }

    private ExpressionNode Unary()
    {
        if (++_depth > MaxDepth)
        {
            throw Error("the expression is nested too deeply");
        }

        ExpressionNode node = TryTake('-') ? new UnaryNode(v => -v, Unary())
            : TryTake('+') ? Unary()
            : Power();
        _depth--;
        return node;
    }

    private ExpressionNode Power()
    {
        var atom = Atom();
        if (TryTake("**") || TryTake('^'))
        {
            return new BinaryNode('^', atom, Unary());
        }

        return atom;
    }

    private ExpressionNode Atom()
    {
        SkipSpaces();
        if (_position >= _text.Length)
        {
            throw Error("the expression ends too early");
        }

        var c = _text[_position];
        if (char.IsAsciiDigit(c) || c == '.')
        {
            return Number();
        }

        if (TryTake('('))
        {
            var inner = Sum();
            Expect(')');
            return inner;
        }

        if (char.IsAsciiLetter(c))
        {
            return Name();
        }

        throw Error($"unexpected '{c}'");
    }

    private ExpressionNode Number()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        if (_position < _text.Length && (_text[_position] is 'e' or 'E')
            && _position + 1 < _text.Length && (char.IsAsciiDigit(_text[_position + 1]) || (_text[_position + 1] is '+' or '-' && _position + 2 < _text.Length && char.IsAsciiDigit(_text[_position + 2]))))
        {
            _position += 2;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }
        }

        var literal = _text[start.._position];
        return double.TryParse(literal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? new ConstantNode(value)
            : throw Error($"'{literal}' is not a number", start);
    }

    private ExpressionNode Name()
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiLetterOrDigit(_text[_position]))
        {
            _position++;
        }

        var name = _text[start.._position];
        switch (name)
        {
            case "x" or "y" or "z":
                var index = name[0] - 'x';
                Dimension = Math.Max(Dimension, index + 1);
                return new VariableNode(index);
            case "pi":
                return new ConstantNode(Math.PI);
            case "e":
                return new ConstantNode(Math.E);
        }

        if (!s_functions.TryGetValue(name, out var function))
        {
            throw Error($"unknown name '{name}' (variables x, y, z; constants pi, e; functions {string.Join(", ", s_functions.Keys)})", start);
        }

        Expect('(');
        var argument = Sum();
        Expect(')');
        return new UnaryNode(function, argument);
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool Peek(string token)
    {
        SkipSpaces();
        return string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;
    }

    private bool TryTake(string token)
    {
        if (!Peek(token))
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private bool TryTake(char token)
    {
        SkipSpaces();
        if (_position < _text.Length && _text[_position] == token)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char token)
    {
        if (!TryTake(token))
        {
            throw Error(_position < _text.Length ? $"expected '{token}' but found '{_text[_position]}'" : $"expected '{token}' at the end");
        }
    }

    private FormatException Error(string message, int? at = null) =>
        new($"{message} at character {(at ?? _position) + 1}");
}
