using System;
using System.Collections.Generic;
using System.Threading;

namespace ModelGen.Model;

/// <summary>What the rest of the compilation needs to know about one doc's type: enough to resolve links and unions.</summary>
/// <param name="Path">The doc's path (the key diagnostics and duplicates are reported against).</param>
/// <param name="RelativePath">Project-relative path, '/'-separated, used to resolve relative links.</param>
/// <param name="Folder">The doc's folder name (<c>models</c>, <c>operations</c>, …), matched against SDK prefixes.</param>
/// <param name="Title">The doc's name as written.</param>
/// <param name="Namespace">The C# namespace of its type.</param>
/// <param name="TypeName">The C# name of its type (empty when the title has no usable characters).</param>
/// <param name="Shape">What kind of C# type the doc becomes.</param>
/// <param name="ConstantValue">For a single-value string enum: the value; otherwise null.</param>
/// <param name="Values">For enums: the string values (unions discriminate on them).</param>
/// <param name="Candidates">For objects: the fields that may be a union discriminator.</param>
/// <param name="Naming">The wire naming set for the doc (<see cref="WireNaming.Unset"/> when the project chose none).</param>
/// <param name="Fields">For objects: every field's name, type and required mark, in doc order (examples are walked through them).</param>
/// <param name="VariantTypes">For unions: every variant's type, in doc order.</param>
/// <param name="Examples">Every example value the doc shows: evidence for the types they are values of, in any doc.</param>
/// <param name="Links">Every reference to another doc in its fields and variants (inside lists and maps too), in doc order: what roots follow.</param>
/// <param name="Numbers">The numbers its examples show for keys named like integers: evidence the whole doc set weighs (<see cref="Resolution.IntegerFields"/>).</param>
internal sealed record TypeSummary(
    string Path,
    string RelativePath,
    string Folder,
    string Title,
    string Namespace,
    string TypeName,
    TypeShape Shape,
    string? ConstantValue,
    EquatableArray<string> Values,
    EquatableArray<DiscriminatorCandidate> Candidates,
    WireNaming Naming,
    EquatableArray<FieldSummary> Fields,
    EquatableArray<TypeRef> VariantTypes,
    EquatableArray<ExampleEvidence> Examples,
    EquatableArray<TypeRef> Links,
    EquatableArray<NumberEvidence> Numbers)
{
    public string FullName => "global::" + (Namespace.Length == 0 ? string.Empty : Namespace + ".") + TypeName;

    /// <summary>The name of the type's file (see <see cref="Resolution.HintNames"/>).</summary>
    public string HintName => Resolution.HintNames.ForType(Namespace, TypeName);
}

