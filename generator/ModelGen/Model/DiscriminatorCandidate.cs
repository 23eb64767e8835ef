using System;
using System.Collections.Generic;
using System.Threading;

namespace ModelGen.Model;

/// <summary>
/// A field of an object doc that may discriminate it inside a union: its type is a literal, a link, or a plain string
/// whose value only examples show. Its JSON name is chosen when the union is resolved (<c>WireNameChoice</c>).
/// </summary>
internal sealed record DiscriminatorCandidate(string Name, TypeRef Type);
