using System.Runtime.CompilerServices;
using System.Text;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// Approval testing without the Verify packages (not served here): a rendered output is compared with a checked-in
/// approved file beside the test's source, <c>&lt;TestClass&gt;.&lt;name&gt;.approved.&lt;ext&gt;</c>. Only line endings are
/// normalised, so any other change fails: the test then writes the output beside it as <c>.received.</c> and prints a
/// line diff and the one line that approves it. A missing approved file fails the same way; <c>APPROVE=1</c> approves
/// instead, except under CI (the <c>CI</c> variable set), which must never approve its own output.
/// </summary>
internal static class Approved
{
    public const string ApproveVariable = "APPROVE";
    public const string CiVariable = "CI";

    /// <summary>Fails the test unless <paramref name="actual"/> is the approved output <paramref name="name"/> (e.g. <c>recommendations.md</c>).</summary>
    public static void Matches(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        var file = ApprovalFile.For(sourceFile, name);
        var mode = ModeOf(Environment.GetEnvironmentVariable(ApproveVariable), Environment.GetEnvironmentVariable(CiVariable));
        if (Check(actual, file, mode) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>
    /// The mode the variables ask for: <c>APPROVE</c> set to 1 or true approves, unless <c>CI</c> is set to anything but
    /// 0 or false (CI services set it to true).
    /// </summary>
    public static ApprovalMode ModeOf(string? approve, string? ci) =>
        !IsOn(approve) ? ApprovalMode.Compare
        : !string.IsNullOrEmpty(ci) && !IsOff(ci) ? ApprovalMode.ApproveRefusedInCi
        : ApprovalMode.Approve;

    /// <summary>
    /// Compares <paramref name="actual"/> with the approved file, or approves it; returns the failure message, or null
    /// when the output is approved. On a failure the output is left in the received file; on a success a stale one is removed.
    /// </summary>
    public static string? Check(string actual, ApprovalFile file, ApprovalMode mode)
    {
        // Only line endings: a checkout with CRLF must not fail, anything else the renderer changed must.
        string received = actual.ReplaceLineEndings("\n");
        string? approved = File.Exists(file.ApprovedPath) ? File.ReadAllText(file.ApprovedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(file.ReceivedPath);
            return null;
        }

        if (mode == ApprovalMode.Approve)
        {
            File.WriteAllText(file.ApprovedPath, received);
            File.Delete(file.ReceivedPath);
            TestContext.Progress.WriteLine($"Approved (APPROVE is set): {file.Shown(file.ApprovedPath)}");
            return null;
        }

        File.WriteAllText(file.ReceivedPath, received);
        var message = new StringBuilder();
        if (approved is null)
        {
            message.AppendLine($"No approved file {file.Shown(file.ApprovedPath)} yet; the output is in {file.Shown(file.ReceivedPath)}. Read it: if it is right, approve it.");
        }
        else
        {
            message.AppendLine($"The output differs from {file.Shown(file.ApprovedPath)}; it is in {file.Shown(file.ReceivedPath)}.");
            message.Append(LineDiff.Render(approved, received));
        }

        if (mode == ApprovalMode.ApproveRefusedInCi)
        {
            message.AppendLine($"{ApproveVariable} is ignored because {CiVariable} is set: CI never approves its own output.");
        }

        message.AppendLine($"To approve, from the repository root: mv {file.Shown(file.ReceivedPath)} {file.Shown(file.ApprovedPath)}");
        message.Append($"  (or every output of the class: {ApproveVariable}=1 dotnet test tests/Concurrency.Tests.csproj --filter \"FullyQualifiedName~{file.TestClass}\")");
        return message.ToString();
    }

    private static bool IsOn(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static bool IsOff(string value) => value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase);
}
