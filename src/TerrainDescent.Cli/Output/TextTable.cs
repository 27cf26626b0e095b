namespace TerrainDescent.Cli.Output;

/// <summary>
/// A borderless plain-text table laid out to a terminal width: columns two spaces apart, numbers right-aligned,
/// headers of one or more lines aligned at the bottom. When a row is wider than the width, the columns after the
/// first (the key, such as the method) are cut into consecutive groups that fit, and each group is printed as its
/// own block with the key column again: the table is stacked, and no value is ever wrapped or cut.
/// </summary>
public sealed class TextTable
{
    /// <summary>Spaces between two columns.</summary>
    public const int Gap = 2;

    private readonly string[][] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <summary>A table with these columns; a header may hold line breaks (<c>"median\nsteps"</c>).</summary>
    public TextTable(params (string Header, bool RightAligned)[] columns)
    {
        if (columns.Length == 0)
        {
            throw new ArgumentException("a table needs at least one column", nameof(columns));
        }

        _headers = columns.Select(c => c.Header.Split('\n')).ToArray();
        _rightAligned = columns.Select(c => c.RightAligned).ToArray();
    }

    /// <summary>The number of rows added.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row of one cell per column.</summary>
    public void AddRow(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"a row needs {_headers.Length} cells, not {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>
    /// The lines of the table for a terminal <paramref name="widthColumns"/> wide: one block when a row fits,
    /// otherwise stacked blocks separated by an empty line. A single column wider than the width is printed whole.
    /// </summary>
    public IReadOnlyList<string> Lines(int widthColumns)
    {
        var widths = Enumerable.Range(0, _headers.Length)
            .Select(c => _rows.Select(r => r[c].Length).Append(_headers[c].Max(h => h.Length)).Max())
            .ToArray();
        var lines = new List<string>();
        foreach (var group in Groups(widths, widthColumns))
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            int[] columns = [0, .. group];
            var headerHeight = columns.Max(c => _headers[c].Length);
            for (var line = 0; line < headerHeight; line++)
            {
                lines.Add(Line(columns, widths, c =>
                {
                    var offset = headerHeight - _headers[c].Length;
                    return line >= offset ? _headers[c][line - offset] : "";
                }));
            }

            lines.AddRange(_rows.Select(row => Line(columns, widths, c => row[c])));
        }

        return lines;
    }

    /// <summary>Writes <see cref="Lines"/> to <paramref name="writer"/>.</summary>
    public void Write(TextWriter writer, int widthColumns)
    {
        foreach (var line in Lines(widthColumns))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The columns after the key cut greedily into runs that fit beside the key within the width.</summary>
    private static List<List<int>> Groups(int[] widths, int widthColumns)
    {
        var groups = new List<List<int>> { new() };
        var used = widths[0];
        for (var c = 1; c < widths.Length; c++)
        {
            var added = Gap + widths[c];
            if (groups[^1].Count > 0 && used + added > widthColumns)
            {
                groups.Add([]);
                used = widths[0];
            }

            groups[^1].Add(c);
            used += added;
        }

        return groups;
    }

    private string Line(int[] columns, int[] widths, Func<int, string> cell)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < columns.Length; i++)
        {
            var c = columns[i];
            var value = cell(c);
            if (i > 0)
            {
                text.Append(' ', Gap);
            }

            text.Append(_rightAligned[c] ? value.PadLeft(widths[c]) : value.PadRight(widths[c]));
        }

        return text.ToString().TrimEnd();
    }
}
