using System;
using System.Diagnostics;
using System.IO;

namespace ModelGen.Benchmarks.BuildCost;

/// <summary>
/// The repository's files at a git revision, extracted into a temporary folder (<c>git archive</c>: the checkout's
/// own worktree and index stay as they are), for <c>--build-cost --baseline REV</c> to pack ModelGen as it was.
/// </summary>
internal sealed class BaselineSources : IDisposable
{
    private BaselineSources(string root) => Root = root;

    /// <summary>The extracted repository root.</summary>
    public string Root { get; }

    public static BaselineSources Extract(string repositoryRoot, string revision)
    {
        var root = Path.Combine(Path.GetTempPath(), "modelgen-baseline-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var archive = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "set -o pipefail; git -C \"$1\" archive \"$2\" | tar -x -C \"$3\"", "extract", repositoryRoot, revision, root },
            RedirectStandardError = true,
        };
        using var process = Process.Start(archive) ?? throw new InvalidOperationException("could not start bash");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Directory.Delete(root, recursive: true);
            throw new InvalidOperationException($"git archive {revision} failed: {errors.Trim()}");
        }

        return new BaselineSources(root);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete {Root}: {e.Message}");
        }
    }
}
