namespace Concurrency.Tests;

/// <summary>
/// What some tests need beyond the .NET SDK: <see cref="InstallCommand"/> installs it, and the README's test command runs
/// that first. On a machine without it, plain <c>dotnet test</c> skips those tests (<see cref="Assert.Ignore(string)"/>,
/// which <c>dotnet test</c> counts as skipped) rather than failing them, and every skip says the same two things: what is
/// missing and the command that installs it.
/// </summary>
internal static class Prerequisites
{
    public const string InstallCommand = "bash .ci/install-prerequisites";

    /// <summary>
    /// Skips the calling test, or from a one-time set-up every test of its fixture, unless <paramref name="installed"/>.
    /// <paramref name="package"/> is the Debian package that provides it; <paramref name="neededFor"/> says which tests need it.
    /// </summary>
    public static void Require(string package, bool installed, string neededFor)
    {
        if (!installed)
        {
            Assert.Ignore(Missing(package, neededFor));
        }
    }

    /// <summary>The skip message: the missing package, what needs it, and the install command.</summary>
    public static string Missing(string package, string neededFor) =>
        $"{package} is not installed ({neededFor}): run `{InstallCommand}` to install it, as the README's test command does.";

    /// <summary>Whether <paramref name="command"/> is a file in one of PATH's folders, as a shell would find it.</summary>
    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, command)));
}
