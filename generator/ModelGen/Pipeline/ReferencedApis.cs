using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Model;

namespace ModelGen.Pipeline;

/// <summary>
/// Which APIs the generated code may use, detected without the user's compilation: the references are probed once
/// (again only when they change) and the project's own polyfills are found by name. A capability read off the
/// compilation would be recomputed on every keystroke in a .cs file, and every doc's step would be revisited.
/// </summary>
internal static class ReferencedApis
{
    private const string RequiredMember = "System.Runtime.CompilerServices.RequiredMemberAttribute";
    private const string CompilerFeatureRequired = "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute";
    private const string NotNullWhen = "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute";
    private const string IsExternalInit = "System.Runtime.CompilerServices.IsExternalInit";

    /// <summary>Whether a class of this name, declared in the project, may be a polyfill the generated code relies on.</summary>
    public static bool IsPolyfillName(string name) =>
        name is "RequiredMemberAttribute" or "CompilerFeatureRequiredAttribute" or "NotNullWhenAttribute" or "IsExternalInit";

    /// <summary>What the references declare, as a probe compilation over them sees it.</summary>
    public static ReferencedApiSet Detect(ImmutableArray<MetadataReference> references, CancellationToken cancellationToken)
    {
        var probe = CSharpCompilation.Create("ModelGen.ReferenceProbe", references: references);
        cancellationToken.ThrowIfCancellationRequested();
        return new ReferencedApiSet(
            Has(probe, RequiredMember) && Has(probe, CompilerFeatureRequired),
            Has(probe, NotNullWhen),
            Has(probe, "System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver"),
            probe.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions") is { } options && !options.GetMembers("GetTypeInfo").IsEmpty,
            Has(probe, IsExternalInit));
    }

    /// <summary>The capabilities of a compilation in <paramref name="languageVersion"/> over those references and the project's own polyfills.</summary>
    public static CompilationCapabilities Combine(LanguageVersion languageVersion, ReferencedApiSet referenced, EquatableArray<string> declared)
    {
        bool Declared(string name) => declared.AsImmutableArray().Contains(name);
        var required = languageVersion >= LanguageVersion.CSharp11
            && (referenced.RequiredMembers || (Declared(RequiredMember) && Declared(CompilerFeatureRequired)));
        return new CompilationCapabilities(
            required,
            languageVersion >= LanguageVersion.CSharp9,
            languageVersion >= LanguageVersion.CSharp8,
            referenced.NotNullWhen || Declared(NotNullWhen),
            referenced.TypeInfoResolver,
            referenced.GetTypeInfo,
            !referenced.IsExternalInit && !Declared(IsExternalInit),
            languageVersion.ToDisplayString())
        {
            SupportsFileScopedNamespaces = languageVersion >= LanguageVersion.CSharp10,
        };
    }

    // Only a public type counts: an internal one in a reference is not the project's to use.
    private static bool Has(Compilation probe, string metadataName)
    {
        foreach (var type in probe.GetTypesByMetadataName(metadataName))
        {
            if (type.DeclaredAccessibility == Accessibility.Public)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The APIs the references declare publicly.</summary>
internal sealed record ReferencedApiSet(bool RequiredMembers, bool NotNullWhen, bool TypeInfoResolver, bool GetTypeInfo, bool IsExternalInit);
