using System.Globalization;
using System.Text;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// A compact, unified-style diff of two texts by lines, for a failure message: where they first differ (line and
/// column), then each changed stretch with two lines of context, every line with its number on both sides.
/// </summary>
internal static class LineDiff
{
    /// <summary>Lines of context around each change: enough to find the place, few enough to keep the message short.</summary>
    private const int Context = 2;

    /// <summary>Changed lines shown at most; the rest are counted, since the received file holds them all.</summary>
    private const int MaxChangedLines = 40;

    /// <summary>Above this many line pairs the middle is shown as all removed and all added instead of matched line by line.</summary>
    private const long MaxMatchedCells = 4_000_000;

    private const char Same = ' ';
    private const char Removed = '-';
    private const char Added = '+';

    /// <summary>The diff from <paramref name="approved"/> to <paramref name="received"/>, both with <c>\n</c> line endings.</summary>
    public static string Render(string approved, string received)
    {
        string[] before = approved.Split('\n');
        string[] after = received.Split('\n');
        var edits = Edits(before, after);
        var text = new StringBuilder();
        text.AppendLine(FirstDifference(before, after));
        text.AppendLine("--- approved");
        text.AppendLine("+++ received");
        Hunks(text, edits);
        return text.ToString();
    }

    private static string FirstDifference(string[] before, string[] after)
    {
        int line = 0;
        while (line < before.Length && line < after.Length && before[line] == after[line])
        {
            line++;
        }

        string where = line < before.Length && line < after.Length
            ? $"line {line + 1}, column {FirstDifferentColumn(before[line], after[line])}"
            : $"line {line + 1} (one text ends there)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"First difference at {where}; approved has {before.Length} lines, received {after.Length}.");
    }

    private static int FirstDifferentColumn(string first, string second)
    {
        int column = 0;
        while (column < first.Length && column < second.Length && first[column] == second[column])
        {
            column++;
        }

        return column + 1;
    }

    /// <summary>The edit script: the common start and end as they are, the middle matched by its longest common subsequence.</summary>
    private static List<(char Mark, int Before, int After, string Text)> Edits(string[] before, string[] after)
    {
        int prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix
               && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<(char, int, int, string)>();
        for (int i = 0; i < prefix; i++)
        {
            edits.Add((Same, i, i, before[i]));
        }

        Middle(edits, before, after, prefix, before.Length - suffix, after.Length - suffix);
        for (int i = suffix; i > 0; i--)
        {
            edits.Add((Same, before.Length - i, after.Length - i, before[before.Length - i]));
        }

        return edits;
    }

    private static void Middle(List<(char, int, int, string)> edits, string[] before, string[] after, int start, int beforeEnd, int afterEnd)
    {
        int rows = beforeEnd - start;
        int columns = afterEnd - start;
        if ((long)rows * columns > MaxMatchedCells)
        {
            for (int i = start; i < beforeEnd; i++)
            {
                edits.Add((Removed, i, -1, before[i]));
            }

            for (int j = start; j < afterEnd; j++)
            {
                edits.Add((Added, -1, j, after[j]));
            }

            return;
        }

        // common[i, j]: the longest common subsequence of before[start + i ..] and after[start + j ..].
        int[,] common = new int[rows + 1, columns + 1];
        for (int i = rows - 1; i >= 0; i--)
        {
            for (int j = columns - 1; j >= 0; j--)
            {
                common[i, j] = before[start + i] == after[start + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int row = 0;
        int column = 0;
        while (row < rows || column < columns)
        {
            if (row < rows && column < columns && before[start + row] == after[start + column])
            {
                edits.Add((Same, start + row, start + column, before[start + row]));
                row++;
                column++;
            }
            else if (row < rows && (column == columns || common[row + 1, column] >= common[row, column + 1]))
            {
                // Removed before added, as a unified diff shows a changed line: the old one, then the new one.
                edits.Add((Removed, start + row, -1, before[start + row]));
                row++;
            }
            else
            {
                edits.Add((Added, -1, start + column, after[start + column]));
                column++;
            }
        }
    }

    private static void Hunks(StringBuilder text, List<(char Mark, int Before, int After, string Text)> edits)
    {
        bool[] shown = new bool[edits.Count];
        for (int i = 0; i < edits.Count; i++)
        {
            if (edits[i].Mark != Same)
            {
                for (int k = Math.Max(0, i - Context); k <= Math.Min(edits.Count - 1, i + Context); k++)
                {
                    shown[k] = true;
                }
            }
        }

        int changed = 0;
        int hidden = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            if (!shown[i])
            {
                continue;
            }

            if (changed >= MaxChangedLines)
            {
                hidden += edits[i].Mark == Same ? 0 : 1;
                continue;
            }

            if (i == 0 || !shown[i - 1])
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@@ approved line {LineAt(edits, i, before: true)}, received line {LineAt(edits, i, before: false)} @@"));
            }

            changed += edits[i].Mark == Same ? 0 : 1;
            text.AppendLine(Line(edits[i]));
        }

        if (hidden > 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"… and {hidden} more changed lines (all of them are in the received file)."));
        }
    }

    /// <summary>The 1-based line a hunk starts at on one side: that of its first line on that side, or after the last one before it.</summary>
    private static int LineAt(List<(char Mark, int Before, int After, string Text)> edits, int index, bool before)
    {
        for (int i = index; i < edits.Count; i++)
        {
            int line = before ? edits[i].Before : edits[i].After;
            if (line >= 0)
            {
                return line + 1;
            }
        }

        return (before ? edits.Count(edit => edit.Before >= 0) : edits.Count(edit => edit.After >= 0)) + 1;
    }

    private static string Line((char Mark, int Before, int After, string Text) edit) =>
        $"{edit.Mark} {Number(edit.Before)} {Number(edit.After)} | {edit.Text}";

    private static string Number(int index) => index < 0 ? "     " : (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(5);
}
