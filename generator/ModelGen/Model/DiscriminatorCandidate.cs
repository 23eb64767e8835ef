using System;
using System.Collections.Generic;
using System.Threading;

namespace ModelGen.Model;

/// <summary>A field of an object doc that may discriminate it inside a union: its type is a literal or a link.</summary>
internal sealed record DiscriminatorCandidate(string Name, string WireName, TypeRef Type);
