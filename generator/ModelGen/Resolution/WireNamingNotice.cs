using System.Collections.Immutable;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// MG0030, once per project: no wire naming is set, the docs' examples do not decide one, and the choice matters (some
/// field is written otherwise under snake_case). Not reported when nothing is generated (C# below 9: MG0015 says why). Reported at the first such doc by path, with a field of the project
/// as the example of what will be written.
/// </summary>
internal static class WireNamingNotice
{
    public static EquatableArray<DiagnosticInfo> Check(TypeIndex index)
    {
        try
        {
            return CheckIndex(index);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // The generator never throws (CS8785): the docs' own steps report the failure (MG0099) where it happened.
            return EquatableArray<DiagnosticInfo>.Empty;
        }
    }

    private static EquatableArray<DiagnosticInfo> CheckIndex(TypeIndex index)
    {
        TypeSummary? first = null;
        string? written = null;
        foreach (var type in index.Types)
        {
            if (type.Naming != WireNaming.Unset)
            {
                continue;
            }

            first ??= type;
            foreach (var field in type.Fields)
            {
                if (WireNames.Apply(field.Name, WireNaming.SnakeCase) != field.Name)
                {
                    written = field.Name;
                    break;
                }
            }

            if (written is not null)
            {
                break;
            }
        }

        if (first is null || written is null || index.Facts.ProjectNamingDecided)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        return ImmutableArray.Create(DiagnosticInfo.Create(
            DiagnosticDescriptors.WireNamingNotChosen.Id, first.Path, SourceSpan.Empty, written, WireNames.Apply(written, WireNaming.SnakeCase))).ToEquatableArray();
    }
}
