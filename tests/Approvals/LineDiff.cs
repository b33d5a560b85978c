using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

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

    /// <summary>
    /// The edit script, from DiffPlex's blocks over exactly these lines: unchanged lines as they are, each changed
    /// block's removed lines before its added ones, as a unified diff shows a changed line.
    /// </summary>
    private static List<(char Mark, int Before, int After, string Text)> Edits(string[] before, string[] after)
    {
        var blocks = Differ.Instance.CreateDiffs(
            string.Join('\n', before), string.Join('\n', after), ignoreWhiteSpace: false, ignoreCase: false, new CustomFunctionChunker(text => text.Split('\n'))).DiffBlocks;
        var edits = new List<(char, int, int, string)>();
        int i = 0;
        int j = 0;
        foreach (var block in blocks.Append(new DiffBlock(before.Length, 0, after.Length, 0)))
        {
            for (; i < block.DeleteStartA; i++, j++)
            {
                edits.Add((Same, i, j, before[i]));
            }

            for (; i < block.DeleteStartA + block.DeleteCountA; i++)
            {
                edits.Add((Removed, i, -1, before[i]));
            }

            for (; j < block.InsertStartB + block.InsertCountB; j++)
            {
                edits.Add((Added, -1, j, after[j]));
            }
        }

        return edits;
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
