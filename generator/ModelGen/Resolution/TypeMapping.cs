using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// A doc's type reference → the C# type, its JSON shape and the doc it names: primitives map to framework types,
/// arrays and maps to read-only collections, links to the generated type that owns the linked doc's name.
/// </summary>
internal static class TypeMapping
{
    public static ResolvedType CSharpType(this ResolutionScope scope, TypeRef type, SourceSpan span, string subject)
    {
        switch (type.Kind)
        {
            case TypeRefKind.String:
            case TypeRefKind.StringLiteral:
                return new ResolvedType(ValueCodec.String, JsonShape.String, null);
            case TypeRefKind.Number:
            case TypeRefKind.NumberLiteral:
                return new ResolvedType(ValueCodec.Number, JsonShape.Number, null);
            case TypeRefKind.Boolean:
            case TypeRefKind.BooleanLiteral:
                return new ResolvedType(ValueCodec.Boolean, JsonShape.Boolean, null);
            case TypeRefKind.Date:
                return new ResolvedType(ValueCodec.Date, JsonShape.String, null);
            case TypeRefKind.Blob:
                return new ResolvedType(ValueCodec.Bytes, JsonShape.String, null);
            case TypeRefKind.Array:
                return new ResolvedType(ValueCodec.ListOf(scope.CSharpType(type.Element!, span, subject).Codec), JsonShape.Array, null);
            case TypeRefKind.Map:
                return new ResolvedType(ValueCodec.MapOf(scope.CSharpType(type.Element!, span, subject).Codec), JsonShape.Object, null);
            case TypeRefKind.Doc:
                var target = LinkResolver.Resolve(type, scope.Spec.Source, scope.Index);
                if (target is null)
                {
                    scope.Report(DiagnosticDescriptors.UnresolvedLink, span, type.ToString(), subject, type.LinkTarget.Length > 0 ? type.LinkTarget : type.ToString());
                    break;
                }

                if (target.TypeName.Length == 0)
                {
                    break;
                }

                var owner = scope.Index.OwnerOf(target) ?? target;
                return owner.Shape switch
                {
                    TypeShape.Constant => new ResolvedType(ValueCodec.String, JsonShape.String, owner),
                    TypeShape.Record => new ResolvedType(ValueCodec.Generated(owner.FullName, true), JsonShape.Object, owner),
                    TypeShape.Union => new ResolvedType(ValueCodec.Generated(owner.FullName, true), JsonShape.Any, owner),
                    TypeShape.StringEnum or TypeShape.OpenStringEnum => new ResolvedType(ValueCodec.Generated(owner.FullName, false), JsonShape.String, owner),
                    _ => new ResolvedType(ValueCodec.Generated(owner.FullName, false), JsonShape.Number, owner),
                };
        }

        return new ResolvedType(ValueCodec.Json, JsonShape.Any, null);
    }
}

/// <summary>A type reference resolved to C#: its name, whether it is a reference type, its JSON shape, and the doc it names.</summary>
internal readonly record struct ResolvedType(ValueCodec Codec, JsonShape Shape, TypeSummary? Target)
{
    public string Name => Codec.TypeName;

    public bool IsReference => Codec.IsReferenceType;
}
