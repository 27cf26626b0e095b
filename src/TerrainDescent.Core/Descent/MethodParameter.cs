using System.Text;

namespace TerrainDescent.Core.Descent;

/// <summary>
/// One tuning parameter of the descent methods, as plain data for every front end: its name, symbol, unit,
/// default and admissible range, and how it reads and sets its <see cref="DescentOptions"/> property. The
/// command line and the web API take it under the same name (<c>--line-search-alpha</c>, <c>lineSearchAlpha</c>);
/// <see cref="DescentOptions.Validate"/> stays the one judge of a value.
/// </summary>
public sealed class MethodParameter
{
    private readonly Func<DescentOptions, double> _read;
    private readonly Func<DescentOptions, double, DescentOptions> _write;

    /// <summary>Creates a descriptor; <paramref name="read"/> and <paramref name="write"/> reach the option it stands for.</summary>
    public MethodParameter(string name, string symbol, string description, string unit, string range, string columnName, Func<DescentOptions, double> read, Func<DescentOptions, double, DescentOptions> write)
    {
        Name = name;
        Symbol = symbol;
        Description = description;
        Unit = unit;
        Range = range;
        ColumnName = columnName;
        _read = read;
        _write = write;
    }

    /// <summary>The camelCase name, as a web query parameter (for example <c>lineSearchAlpha</c>).</summary>
    public string Name { get; }

    /// <summary>The kebab-case command-line name without dashes (for example <c>line-search-alpha</c>).</summary>
    public string OptionName => Kebab(Name);

    /// <summary>The mathematical symbol, for example <c>η</c>.</summary>
    public string Symbol { get; }

    /// <summary>What the parameter does, in a few words, without the symbol or the methods.</summary>
    public string Description { get; }

    /// <summary>The unit ("m", "m per unit slope"), or empty for a pure number.</summary>
    public string Unit { get; }

    /// <summary>The admissible values in interval notation, for example <c>[0, 1)</c> or <c>&gt; 0</c>.</summary>
    public string Range { get; }

    /// <summary>The snake_case name with its unit suffix, for table columns and GeoJSON properties (<c>eta_m</c>).</summary>
    public string ColumnName { get; }

    /// <summary>The value of a default <see cref="DescentOptions"/>.</summary>
    public double DefaultValue => _read(new DescentOptions());

    /// <summary>The parameter's value in <paramref name="options"/>.</summary>
    public double Read(DescentOptions options) => _read(options);

    /// <summary>A copy of <paramref name="options"/> with this parameter set to <paramref name="value"/> (not validated).</summary>
    public DescentOptions With(DescentOptions options, double value) => _write(options, value);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static string Kebab(string camel)
    {
        var text = new StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsUpper(c))
            {
                text.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
