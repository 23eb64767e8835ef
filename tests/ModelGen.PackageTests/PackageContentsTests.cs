using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace ModelGen.PackageTests;

/// <summary>What the .nupkg carries: an analyzer and MSBuild files only, so it adds a generator and nothing to the consumer's output.</summary>
[TestFixture]
public sealed class PackageContentsTests
{
    [Test]
    public void OnePackageWithTheVersionFromDirectoryBuildProps()
    {
        var packages = Directory.GetFiles(PackageFeed.FeedDirectory, "*.nupkg");

        Assert.That(packages.Select(Path.GetFileName), Is.EqualTo(new[] { "ModelGen." + PackageFeed.Version + ".nupkg" }));
        Assert.That(PackageFeed.PackResult!.Lines("warning"), Is.Empty, "pack must be warning-free");
    }

    [Test]
    public void AnalyzerAndBuildFilesOnlyNoLib()
    {
        using var package = ZipFile.OpenRead(PackageFeed.PackagePath);
        var files = package.Entries.Select(static e => e.FullName)
            .Where(static name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml")
            .Order()
            .ToArray();

        Assert.That(files, Is.EqualTo(new[]
        {
            "analyzers/dotnet/cs/Markdig.dll",
            "analyzers/dotnet/cs/ModelGen.dll",
            "build/ModelGen.props",
            "build/ModelGen.targets",
            "buildTransitive/ModelGen.props",
            "buildTransitive/ModelGen.targets",
            "ModelGen.nuspec",
            "README.md",
        }));
    }

    [Test]
    public void NuspecIsADevelopmentDependencyWithLicenseAndReadme()
    {
        using var package = ZipFile.OpenRead(PackageFeed.PackagePath);
        using var stream = package.GetEntry("ModelGen.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(static e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Value("id"), Is.EqualTo("ModelGen"));
            Assert.That(Value("version"), Is.EqualTo(PackageFeed.Version));
            Assert.That(Value("developmentDependency"), Is.EqualTo("true"), "must not flow to the consumer's consumers");
            Assert.That(Value("license"), Is.EqualTo("Apache-2.0"));
            Assert.That(Value("readme"), Is.EqualTo("README.md"));
            Assert.That(Value("description"), Is.Not.Empty);
            Assert.That(metadata.Elements().Any(static e => e.Name.LocalName == "dependencies"), Is.False, "Markdig travels inside analyzers/, not as a dependency");
        });
    }
}
