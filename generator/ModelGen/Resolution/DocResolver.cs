using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>Spec + index → a <see cref="TypeModel"/> with final C# names and types, reporting what cannot be resolved.</summary>
internal static class DocResolver
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    // Members every record already has: a property with one of these names would clash or hide it.
    private static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Finalize",
        "Deconstruct", "ReferenceEquals",
    };

    public static ResolvedDoc Resolve(DocSpec spec, TypeIndex index, CompilationCapabilities capabilities, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var path = spec.Source.Path;
        var self = TypeSummaries.From(spec);
        if (self.TypeName.Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameSanitizesToNothing.Id, path, spec.TitleSpan, "type name", spec.Title));
            return new ResolvedDoc(null, diagnostics.ToImmutable().ToEquatableArray());
        }

        if (index.OwnerOf(self) is { } owner && owner.Path != path)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateTypeName.Id, path, spec.TitleSpan, self.TypeName, self.Namespace, owner.RelativePath));
            return new ResolvedDoc(null, diagnostics.ToImmutable().ToEquatableArray());
        }

        TypeModel? model = spec.Kind switch
        {
            DocKind.Object => ResolveRecord(spec, self, index, capabilities, diagnostics, cancellationToken),
            DocKind.Enum when self.ConstantValue is { } value => new ConstantModel(self.Namespace, self.TypeName, spec.Description, spec.Source.RelativePath, value),
            // Multi-value enums and unions get their own kinds of output in a later stage of the project.
            _ => null,
        };

        return new ResolvedDoc(model, diagnostics.ToImmutable().ToEquatableArray());
    }

    private static RecordModel ResolveRecord(
        DocSpec spec,
        TypeSummary self,
        TypeIndex index,
        CompilationCapabilities capabilities,
        ImmutableArray<DiagnosticInfo>.Builder diagnostics,
        CancellationToken cancellationToken)
    {
        var names = new MemberNames(self.TypeName, RecordMembers);
        var properties = new List<PropertyModel>(spec.Fields.Count);
        foreach (var field in spec.Fields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Identifiers.ToPascalCase(field.Name);
            if (name.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameSanitizesToNothing.Id, spec.Source.Path, field.NameSpan, "field", field.Name));
                continue;
            }

            var type = CSharpType(field.Type, spec, field, index, diagnostics, out var isReference);
            var constant = ConstantOf(field.Type, spec.Source, index);
            properties.Add(new PropertyModel(
                names.Claim(name),
                WireNames.Apply(field.Name, spec.Source.Naming),
                field.Required || constant is not null ? type : type + "?",
                field.Required,
                isReference,
                null,
                constant,
                field.Description,
                field.Example));
        }

        // Constants are named after their property, once every property name is settled.
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].ConstantValue is not null)
            {
                properties[i] = properties[i] with { ConstantName = names.Claim(properties[i].Name.TrimStart('@') + "Value") };
            }
        }

        return new RecordModel(
            self.Namespace,
            self.TypeName,
            spec.Description,
            spec.Source.RelativePath,
            properties.ToEquatableArray(),
            capabilities.SupportsRequiredMembers);
    }

    /// <summary>The single string a field always holds: a string literal type, or a link to a one-value doc.</summary>
    private static string? ConstantOf(TypeRef type, DocLocation from, TypeIndex index) => type.Kind switch
    {
        TypeRefKind.StringLiteral => type.Value,
        TypeRefKind.Doc => LinkResolver.Resolve(type, from, index)?.ConstantValue,
        _ => null,
    };

    private static string CSharpType(
        TypeRef type,
        DocSpec spec,
        FieldSpec field,
        TypeIndex index,
        ImmutableArray<DiagnosticInfo>.Builder diagnostics,
        out bool isReference)
    {
        isReference = true;
        switch (type.Kind)
        {
            case TypeRefKind.String:
            case TypeRefKind.StringLiteral:
                return "string";
            case TypeRefKind.Number:
            case TypeRefKind.NumberLiteral:
                isReference = false;
                return "double";
            case TypeRefKind.Boolean:
            case TypeRefKind.BooleanLiteral:
                isReference = false;
                return "bool";
            case TypeRefKind.Date:
                isReference = false;
                return "global::System.DateTimeOffset";
            case TypeRefKind.Blob:
                return "byte[]";
            case TypeRefKind.Array:
                return "global::System.Collections.Generic.IReadOnlyList<" + CSharpType(type.Element!, spec, field, index, diagnostics, out _) + ">";
            case TypeRefKind.Map:
                return "global::System.Collections.Generic.IReadOnlyDictionary<string, " + CSharpType(type.Element!, spec, field, index, diagnostics, out _) + ">";
            case TypeRefKind.Doc:
                var target = LinkResolver.Resolve(type, spec.Source, index);
                if (target is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnresolvedLink.Id,
                        spec.Source.Path,
                        field.TypeSpan,
                        type.ToString(),
                        field.Name,
                        type.LinkTarget.Length > 0 ? type.LinkTarget : type.ToString()));
                    break;
                }

                if (target.ConstantValue is not null)
                {
                    return "string";
                }

                if (target.Kind == DocKind.Object && target.TypeName.Length > 0)
                {
                    var owner = index.OwnerOf(target) ?? target;
                    return "global::" + (owner.Namespace.Length == 0 ? string.Empty : owner.Namespace + ".") + owner.TypeName;
                }

                break;
        }

        isReference = false;
        return JsonElement;
    }

    /// <summary>Hands out member names unique within one type: a clash with the type or a record member gets 'Value', later clashes a number.</summary>
    private sealed class MemberNames
    {
        private readonly HashSet<string> used = new(System.StringComparer.Ordinal);
        private readonly string typeName;

        public MemberNames(string typeName, IEnumerable<string> reserved)
        {
            this.typeName = typeName;
            used.Add(typeName);
            foreach (var name in reserved)
            {
                used.Add(name);
            }
        }

        public string Claim(string name)
        {
            if (name == typeName || System.Array.IndexOf(RecordMembers, name) >= 0)
            {
                name += "Value";
            }

            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
