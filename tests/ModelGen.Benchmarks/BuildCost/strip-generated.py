#!/usr/bin/env python3
"""Writes a smaller copy of a --dump folder that still compiles, to bound what the generated code could cost at least.

  strip-generated.py types FROM TO   every converter removed: the records, enums, constants and unions alone, with no
                                     JSON code (ModelGenJson emptied, the [JsonConverter] attributes and the union
                                     conversions from a string that read through a converter gone)
  strip-generated.py lean FROM TO    the same, also without doc comments and without the per-variant members of unions
                                     (From{Variant} unless still called, Is{Variant}, Match, Switch): the least a type
                                     per doc can be while it keeps its properties, values and variants

Build the copies with plain-build.sh beside this file. The edits are textual and know the generated code's layout;
a layout change that they miss shows up as a compile error of the copy, never as a silently different measurement.
"""
import os
import re
import shutil
import sys

CONVERTER_START = '[global::System.CodeDom.Compiler.GeneratedCode("ModelGen", "0.1.0")]\ninternal sealed class '
CONVERTER_ATTRIBUTE = re.compile(r'\[global::System\.Text\.Json\.Serialization\.JsonConverter\(typeof\([^)]*\)\)\]\n')
STRING_CONVERSION = re.compile(
    r'global::ModelGen\.Generated\.JsonHelpers\.FromString\(value, global::[A-Za-z0-9_.]+_JsonConverter\.Reader\)')


def without_converters(name, text):
    if name == 'ModelGen-ModelGenJson.g.cs':
        return '// ModelGenJson resolves converters, and there are none.\n'
    start = text.find(CONVERTER_START)
    if start >= 0 and '_JsonConverter' in text[start:start + 300]:
        text = text[:start]
    text = CONVERTER_ATTRIBUTE.sub('', text)
    return STRING_CONVERSION.sub('null!', text)


def without_docs_and_variant_members(text):
    lines = text.split('\n')
    is_union = 'IUnknownVariant' in text
    still_called = set(re.findall(r'\.(From\w+)\(', text))
    kept = []
    i = 0
    while i < len(lines):
        line = lines[i]
        member = line.strip()
        if member.startswith('///'):
            i += 1
            continue
        factory = re.match(r'public static \S+ (From\w+)\(', member)
        single_line = (factory and factory.group(1) not in still_called) or re.match(r'public bool Is\w+ => variant', member)
        block = member.startswith('public TResult Match<') or member.startswith('public void Switch(')
        if is_union and (single_line or block):
            i += 1
            if block and i < len(lines) and lines[i].strip() == '{':
                indent = len(line) - len(line.lstrip())
                while not (lines[i].strip() == '}' and len(lines[i]) - len(lines[i].lstrip()) == indent):
                    i += 1
                i += 1
            if i < len(lines) and lines[i].strip() == '':
                i += 1
            continue
        kept.append(line)
        i += 1
    return '\n'.join(kept)


def main(arguments):
    if len(arguments) != 3 or arguments[0] not in ('types', 'lean'):
        raise SystemExit('usage: strip-generated.py types|lean FROM TO')
    mode, source, target = arguments
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    before = after = 0
    for name in sorted(os.listdir(source)):
        if not name.endswith('.cs'):
            continue
        with open(os.path.join(source, name), encoding='utf-8') as file:
            text = file.read()
        before += len(text)
        text = without_converters(name, text)
        if mode == 'lean':
            text = without_docs_and_variant_members(text)
        after += len(text)
        with open(os.path.join(target, name), 'w', encoding='utf-8') as file:
            file.write(text)
    print(f'{target}: {after:,} chars of {before:,}')


if __name__ == '__main__':
    main(sys.argv[1:])
