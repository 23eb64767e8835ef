using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NUnit.Framework;

namespace ModelGen.PackageTests;

/// <summary>
/// README "Large doc sets": the docs and the package live in a models class library that the app references, so an
/// edit in the app's code recompiles the app only. The models project's compiler output must be left untouched by
/// the app's rebuild, and the app must still read and write the generated types.
/// </summary>
[TestFixture]
public sealed class ModelsLibraryLayoutTests
{
    [Test]
    public void AnAppEditLeavesTheModelsLibraryUpToDate()
    {
        var models = ConsumerProject.Create("classlib", "AcmeModels", "--framework", "net10.0")
            .SetProperties(
                ("ModelGenWireNaming", "snake_case"),
                // README's advice for a library that holds only docs: the SDK's analyzers skip, ModelGen still runs.
                ("RunAnalyzers", "false"),
                // Two roots, ';'-separated as MSBuild lists are: the second is the one the app needs, so it must not be lost.
                ("ModelGenRoots", "ResponsesStreamChunkResponseImageGenerationCallCompleted;ResponsesStreamChunkImageGenerationCallUnion"))
            .DeleteFile("Class1.cs")
            .AddModelGen()
            .AddSchemaDocs();
        var app = ConsumerProject.Create("console", "AcmeApp", "--framework", "net10.0")
            .AddReference(models)
            .WriteFile("Program.cs", ConsumerTests.RoundTripProgram("AcmeModels") + "\nConsole.WriteLine(\"edit: \" + Edited.Value);\n")
            .WriteFile("Edited.cs", EditedFile("first"));

        ConsumerTests.AssertRoundTrip(ConsumerTests.BuildCleanAndRun(app));
        var modelsAssembly = Path.Combine(models.Directory, "obj", "Debug", "net10.0", "AcmeModels.dll");
        var appAssembly = Path.Combine(app.Directory, "obj", "Debug", "net10.0", "AcmeApp.dll");
        var modelsBefore = (File.GetLastWriteTimeUtc(modelsAssembly), Mvid(modelsAssembly));
        var appBefore = (File.GetLastWriteTimeUtc(appAssembly), Mvid(appAssembly));

        app.WriteFile("Edited.cs", EditedFile("second"));
        var rebuild = app.Build(verbosity: "n");
        Assert.That(rebuild.ExitCode, Is.Zero, rebuild.Output);
        var run = app.Run();

        Assert.Multiple(() =>
        {
            // The compiler writes its output whenever it runs, so an unchanged time is a CoreCompile that did not run.
            Assert.That((File.GetLastWriteTimeUtc(modelsAssembly), Mvid(modelsAssembly)), Is.EqualTo(modelsBefore), "the models library was compiled again");
            Assert.That(rebuild.Output, Does.Contain("Skipping target \"CoreCompile\" because all output files are up-to-date"), "the app's CoreCompile runs; the models project's must be skipped");
            Assert.That(File.GetLastWriteTimeUtc(appAssembly), Is.Not.EqualTo(appBefore.Item1), "the app was not compiled again, so the check above proves nothing");
            Assert.That(Mvid(appAssembly), Is.Not.EqualTo(appBefore.Item2), "the app's edit did not reach its assembly");
            Assert.That(ConsumerProject.Value(run, "edit"), Is.EqualTo("second"));
        });
        ConsumerTests.AssertRoundTrip(run);
    }

    private static string EditedFile(string value) =>
        $"internal static class Edited\n{{\n    public const string Value = \"{value}\";\n}}\n";

    // Deterministic builds derive the MVID from the content: same MVID, same compiled code.
    private static Guid Mvid(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
