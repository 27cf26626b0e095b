using System.Text;
using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Cli.Input;

/// <summary>Splits one CSV line (RFC 4180 quoting within the line) into trimmed fields.</summary>
public static class CsvFields
{
    /// <summary>
    /// The fields of <paramref name="line"/>. A field may be double-quoted, with "" for a quote inside it; unquoted
    /// fields are trimmed. Throws <see cref="UserInputException"/> naming <paramref name="where"/> for a quote that is
    /// not closed or text after a closing quote.
    /// </summary>
    public static IReadOnlyList<string> Split(string line, string where)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i = ReadQuoted(line, i + 1, field, where);
                while (i < line.Length && line[i] is ' ' or '\t')
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw new UserInputException($"{where}: text after a closing quote");
                }

                fields.Add(field.ToString());
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end].Trim());
                i = end;
            }

            field.Clear();
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // past the comma
        }
    }

    private static int ReadQuoted(string line, int i, StringBuilder field, string where)
    {
        while (i < line.Length)
        {
            if (line[i] != '"')
            {
                field.Append(line[i++]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else
            {
                return i + 1;
            }
        }

        throw new UserInputException($"{where}: a quoted field is not closed");
    }
}
