using System;
using System.Collections.Generic;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// Finds the doc a link or italic reference means: by relative path first, then by SDK prefix and name, then by
/// name alone (so links survive a tree copied under another folder name). Ties go to the doc nearest the referrer,
/// then to the first by path, so the answer never depends on file order.
/// </summary>
internal static class LinkResolver
{
    private static readonly string[] SubFolders = { "operations", "errors", "components", "shared" };

    public static TypeSummary? Resolve(TypeRef reference, DocLocation from, TypeIndex index) =>
        Resolve(reference, from.RelativePath, index);

    /// <summary>The doc <paramref name="reference"/> means when written in the doc at <paramref name="fromRelativePath"/>, or null.</summary>
    public static TypeSummary? Resolve(TypeRef reference, string fromRelativePath, TypeIndex index)
    {
        if (reference.LinkTarget.Length > 0 && !IsExternal(reference.LinkTarget))
        {
            var target = Combine(Directory(fromRelativePath), StripFragment(reference.LinkTarget));
            var byPath = index.ByRelativePath(target) ?? index.ByRelativePath(SwapExtension(target));
            if (byPath is not null)
            {
                return byPath;
            }
        }

        var candidates = index.ByTitle(reference.Value);
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var fromDirectory = Directory(fromRelativePath);
        var prefixed = new List<TypeSummary>();
        foreach (var candidate in candidates)
        {
            if (MatchesPrefix(candidate, reference.Prefix))
            {
                prefixed.Add(candidate);
            }
        }

        var pool = prefixed.Count > 0 ? prefixed : new List<TypeSummary>(candidates);
        foreach (var candidate in pool)
        {
            if (string.Equals(Directory(candidate.RelativePath), fromDirectory, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return pool[0];
    }

    private static bool MatchesPrefix(TypeSummary candidate, string prefix)
    {
        if (prefix.Length == 0)
        {
            return false;
        }

        if (string.Equals(candidate.Folder, prefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // models.X lives in the tree's root folder, whatever the user named it; the others in their sub-folders.
        return prefix == "models" && Array.IndexOf(SubFolders, candidate.Folder.ToLowerInvariant()) < 0;
    }

    private static bool IsExternal(string target) => target.IndexOf("://", StringComparison.Ordinal) >= 0;

    private static string StripFragment(string target)
    {
        var hash = target.IndexOfAny(new[] { '#', '?' });
        return hash < 0 ? target : target.Substring(0, hash);
    }

    private static string SwapExtension(string path) =>
        path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - 1)
        : path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path + "x"
        : path;

    public static string Directory(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativePath.Substring(0, slash);
    }

    /// <summary>Joins a directory and a relative link and folds '.' and '..' ('..' above the start is kept).</summary>
    public static string Combine(string directory, string relative)
    {
        var parts = new List<string>();
        foreach (var part in (directory.Length == 0 ? relative : directory + "/" + relative).Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
