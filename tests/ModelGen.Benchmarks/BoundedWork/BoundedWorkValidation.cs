using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ModelGen.Benchmarks.Infrastructure;

namespace ModelGen.Benchmarks.BoundedWork;

/// <summary>
/// <c>--validate</c>: runs the generator once over every <see cref="BoundedInput"/>, outside BenchmarkDotNet, and
/// prints what it produced and roughly how long it took (one timed run each, so a rough figure). Under a minute: a
/// quick check that the generator finishes on every hostile input without throwing, MG0099 or a stack overflow
/// (which would end this process).
/// </summary>
internal static class BoundedWorkValidation
{
    public static int Run(TextWriter output)
    {
        var failures = 0;
        foreach (var input in Enum.GetValues<BoundedInput>())
        {
            var docs = HostileDocs.Build(input);
            var chars = docs.Sum(static doc => (long)doc.Text.Length);
            var markdown = new MarkdownBaseline(docs);
            var generator = new GeneratorInput(docs);
            try
            {
                // The first runs JIT-compile and warm the compilation's symbol lookups; the second is the one timed.
                var check = BoundedWorkChecks.Verify(input, generator.Run());
                markdown.ParseAll();
                var markdownTime = Time(() => markdown.ParseAll());
                var generatorTime = Time(() => generator.Run());
                output.WriteLine(
                    $"ok   {input,-20} {docs.Length,5} doc(s) {chars,11:N0} chars   Markdig {markdownTime.TotalMilliseconds,8:N0} ms   "
                    + $"ModelGen {generatorTime.TotalMilliseconds,8:N0} ms (×{generatorTime / markdownTime:N1})   "
                    + $"{check.TypeSourceNames.Length} type(s), diagnostics: {check.DiagnosticCounts}");
            }
            catch (Exception e)
            {
                // Report and go on: one failing input must not hide how the others fare.
                failures++;
                output.WriteLine($"FAIL {input}: {e.GetType().Name}: {e.Message}");
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static TimeSpan Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }
}
