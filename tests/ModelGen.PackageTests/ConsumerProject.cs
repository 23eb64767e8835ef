using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ModelGen.PackageTests;

/// <summary>A project a user would make: created from an SDK template in the temporary folder, edited through the CLI where the CLI can.</summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <summary><c>dotnet new {template} -n {name}</c>, plus any template options (<c>--framework</c>, <c>--langVersion</c>).</summary>
    public static ConsumerProject Create(string template, string name, params string[] options)
    {
        var directory = Path.Combine(PackageFeed.Root, name);
        DotNetCli.Run(PackageFeed.Root, null, ["new", template, "-n", name, "-o", directory, .. options]).EnsureSuccess();
        return new ConsumerProject(name, directory);
    }

    /// <summary>Sets properties in the project file's first PropertyGroup, as a user editing the csproj would.</summary>
    public ConsumerProject SetProperties(params (string Name, string Value)[] properties)
    {
        var project = XDocument.Load(ProjectFile);
        var group = project.Root!.Elements("PropertyGroup").First();
        foreach (var (name, value) in properties)
        {
            group.Elements(name).Remove();
            group.Add(new XElement(name, value));
        }

        project.Save(ProjectFile);
        return this;
    }

    public ConsumerProject AddPackage(string id, string version)
    {
        DotNetCli.Run(Directory, null, "add", ProjectFile, "package", id, "--version", version).EnsureSuccess();
        return this;
    }

    public ConsumerProject AddModelGen() => AddPackage("ModelGen", PackageFeed.Version);

    public ConsumerProject AddReference(ConsumerProject library)
    {
        DotNetCli.Run(Directory, null, "add", ProjectFile, "reference", library.ProjectFile).EnsureSuccess();
        return this;
    }

    /// <summary>Copies the project's shipped docs into <paramref name="folder"/> (the package's default folder unless given).</summary>
    public ConsumerProject AddSchemaDocs(string folder = "ModelDocs")
    {
        var target = Path.Combine(Directory, folder);
        System.IO.Directory.CreateDirectory(target);
        foreach (var doc in PackageFeed.SchemaDocs())
        {
            File.Copy(doc, Path.Combine(target, Path.GetFileName(doc)));
        }

        return this;
    }

    public ConsumerProject WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public ConsumerProject DeleteFile(string relativePath)
    {
        File.Delete(Path.Combine(Directory, relativePath));
        return this;
    }

    /// <summary><c>dotnet build</c>, quiet unless asked (<c>n</c> shows which targets MSBuild skipped as up to date).</summary>
    public CommandResult Build(string verbosity = "q") =>
        DotNetCli.Run(Directory, null, "build", ProjectFile, "--disable-build-servers", "-tl:off", "-nologo", "-v:" + verbosity);

    /// <summary>Runs the built app. Only the newest runtime may be installed, so an older target rolls forward to it.</summary>
    public CommandResult Run() =>
        DotNetCli.Run(Directory, new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" }, "run", "--project", ProjectFile, "--no-build").EnsureSuccess();

    /// <summary>Lines of the app's output that start with <paramref name="label"/>: (label: value).</summary>
    public static string Value(CommandResult run, string label) =>
        run.Output.Split('\n').Select(static line => line.TrimEnd('\r'))
            .SingleOrDefault(line => line.StartsWith(label + ": ", StringComparison.Ordinal))?[(label.Length + 2)..]
        ?? throw new InvalidOperationException($"The app printed no '{label}:' line:\n{run.Output}");
}
