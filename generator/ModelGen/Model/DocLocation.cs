namespace ModelGen.Model;

/// <summary>A doc's identity and placement, without its text.</summary>
/// <param name="OpenEnums">Whether every enum of this doc is emitted as an open enum (setting <c>modelgen_open_enums</c>).</param>
internal sealed record DocLocation(string Path, string RelativePath, string Namespace, WireNaming Naming, bool OpenEnums);
