using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using ModelGen.Common;
using ModelGen.Model;
using SourceSpan = ModelGen.Model.SourceSpan;

namespace ModelGen.Parsing;

/// <summary>
/// Reads a <c>## Values</c> section in its three spellings: a TypeScript block of literals joined by <c>|</c>,
/// the same ending in <c>Unrecognized&lt;…&gt;</c> (an open enum), or a <c>| Name | Value |</c> table.
/// </summary>
internal static class ValuesBlockParser
{
    public static EquatableArray<EnumValueSpec> Parse(List<Block> blocks, ParseContext context, out bool isOpen)
    {
        isOpen = false;
        var values = ImmutableArray.CreateBuilder<EnumValueSpec>();
        foreach (var block in blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (block is FencedCodeBlock code)
            {
                ReadLiterals(code.Lines.ToString(), values, ref isOpen, context);
                break;
            }

            if (PipeTable.IsTable(block, context.Text))
            {
                ReadTable(block, values, context);
                break;
            }
        }

        return values.ToImmutable().ToEquatableArray();
    }

    private static void ReadLiterals(string code, ImmutableArray<EnumValueSpec>.Builder values, ref bool isOpen, ParseContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < code.Length)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var c = code[i];
            if (char.IsWhiteSpace(c) || c == '|')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                var end = i + 1;
                while (end < code.Length && code[end] != '"' && code[end] != '\n' && code[end] != '\r')
                {
                    end += code[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end, code.Length - 1);
                var value = TypeScriptLiterals.UnquoteStringLiteral(code.Substring(i, end - i + 1));
                if (seen.Add("s:" + value))
                {
                    values.Add(new EnumValueSpec(value, false, null));
                }

                i = end + 1;
                continue;
            }

            var start = i;
            while (i < code.Length && !char.IsWhiteSpace(code[i]) && code[i] != '|')
            {
                i++;
            }

            var token = code.Substring(start, i - start);
            if (token.StartsWith("Unrecognized<", StringComparison.Ordinal))
            {
                isOpen = true;
            }
            else if (TypeScriptLiterals.IsNumberLiteral(token) && seen.Add("n:" + NumberText.Canonical(token)))
            {
                values.Add(new EnumValueSpec(token, true, null));
            }
        }
    }

    private static void ReadTable(Block table, ImmutableArray<EnumValueSpec>.Builder values, ParseContext context)
    {
        var rows = PipeTable.Read(table, context.Text);
        int nameColumn = -1, valueColumn = -1;
        var header = rows[0].Cells;
        for (var i = 0; i < header.Count; i++)
        {
            var title = header[i].PlainText;
            if (string.Equals(title, "Name", StringComparison.OrdinalIgnoreCase))
            {
                nameColumn = i;
            }
            else if (string.Equals(title, "Value", StringComparison.OrdinalIgnoreCase))
            {
                valueColumn = i;
            }
        }

        if (valueColumn < 0)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var row = rows[r].Cells;
            if (row.Count <= valueColumn)
            {
                continue;
            }

            var value = row[valueColumn].PlainText;
            var name = nameColumn >= 0 && nameColumn < row.Count ? row[nameColumn].PlainText : null;
            if (seen.Add(value))
            {
                values.Add(new EnumValueSpec(value, false, string.IsNullOrEmpty(name) ? null : name));
            }
        }
    }
}
