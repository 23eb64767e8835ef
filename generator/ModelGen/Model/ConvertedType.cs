using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ModelGen.Model;

/// <summary>A generated type with a converter: only what <c>ModelGenJson</c> needs, so that editing a doc's text leaves it equal.</summary>
internal sealed record ConvertedType(string Namespace, string FullName);
