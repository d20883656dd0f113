using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// An immutable directory of canonical unit names and their aliases, so that the variants one document uses for
/// one body (县市监局 and 县市场监管局; 县开发区管委会 and 县经济开发区管委会) resolve to one name. Lookups ignore white
/// space, character width (（ ） versus ( ), full-width letters and digits) and ASCII case; see
/// <see cref="ComparisonKey"/>. The directory knows only what it is given: it guesses no abbreviations. It is safe
/// to share between threads; "changing" it returns a new directory.
/// </summary>
public sealed class UnitDirectory
{
    private readonly ValueList<string> _names;
    private readonly Dictionary<string, string> _byKey;
    private readonly Dictionary<string, ValueList<string>> _aliases;

    internal UnitDirectory(
        ValueList<string> names,
        Dictionary<string, string> byKey,
        Dictionary<string, ValueList<string>> aliases)
    {
        _names = names;
        _byKey = byKey;
        _aliases = aliases;
    }

    /// <summary>Gets the directory that knows no unit.</summary>
    public static UnitDirectory Empty { get; } = new(
        ValueList<string>.Empty,
        new Dictionary<string, string>(StringComparer.Ordinal),
        new Dictionary<string, ValueList<string>>(StringComparer.Ordinal));

    /// <summary>Gets the canonical names, in the order they were added.</summary>
    public IReadOnlyList<string> CanonicalNames => _names;

    /// <summary>Gets the number of canonical names.</summary>
    public int Count => _names.Count;

    /// <summary>Starts an empty builder, the efficient way to build a directory of many names.</summary>
    /// <returns>A new builder.</returns>
    public static UnitDirectoryBuilder CreateBuilder() => new();

    /// <summary>Starts a builder holding this directory's names and aliases.</summary>
    /// <returns>A new builder.</returns>
    public UnitDirectoryBuilder ToBuilder() => new(this);

    /// <summary>
    /// Returns a directory with <paramref name="canonicalName"/> and its aliases added (see
    /// <see cref="UnitDirectoryBuilder.Add"/>). This directory is unchanged. Copies the directory: for many names use
    /// a builder.
    /// </summary>
    /// <param name="canonicalName">The name to resolve to.</param>
    /// <param name="aliases">Other names of the same body.</param>
    /// <returns>The new directory.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank or already belongs to another name.</exception>
    public UnitDirectory WithUnit(string canonicalName, params string[] aliases) =>
        ToBuilder().Add(canonicalName, aliases).Build();

    /// <summary>
    /// Returns a directory with <paramref name="alias"/> added to <paramref name="canonicalName"/> (which is added
    /// when new). This directory is unchanged.
    /// </summary>
    /// <param name="alias">Another name of the body.</param>
    /// <param name="canonicalName">The name to resolve to.</param>
    /// <returns>The new directory.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank or already belongs to another name.</exception>
    public UnitDirectory WithAlias(string alias, string canonicalName) =>
        ToBuilder().AddAlias(alias, canonicalName).Build();

    /// <summary>Gets whether <paramref name="name"/> is a canonical name or an alias in this directory.</summary>
    /// <param name="name">A unit name as written.</param>
    /// <returns>True when the directory knows the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool Contains(string name) => TryResolve(name, out _);

    /// <summary>Finds the canonical name of <paramref name="name"/>.</summary>
    /// <param name="name">A unit name as written, canonical or alias, in any width.</param>
    /// <param name="canonicalName">The canonical name, or <paramref name="name"/> unchanged when it is unknown.</param>
    /// <returns>True when the directory knows the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryResolve(string name, out string canonicalName)
    {
        Guard.Against.Null(name);
        if (_byKey.TryGetValue(ComparisonKey(name), out var found))
        {
            canonicalName = found;
            return true;
        }

        canonicalName = name;
        return false;
    }

    /// <summary>
    /// Gets the canonical name of <paramref name="name"/>, or <paramref name="name"/> unchanged when the directory
    /// does not know it.
    /// </summary>
    /// <param name="name">A unit name as written.</param>
    /// <returns>The canonical name, or the name as given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string Resolve(string name)
    {
        TryResolve(name, out var canonicalName);
        return canonicalName;
    }

    /// <summary>
    /// Gets <paramref name="unit"/> under its canonical name, keeping its <see cref="Unit.Kind"/>; the same unit
    /// when the directory does not know its name.
    /// </summary>
    /// <param name="unit">A unit as read from a document.</param>
    /// <returns>The unit with its canonical name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public Unit Resolve(Unit unit)
    {
        Guard.Against.Null(unit);
        return TryResolve(unit.Name, out var canonicalName) && !string.Equals(canonicalName, unit.Name, StringComparison.Ordinal)
            ? new Unit(canonicalName, unit.Kind)
            : unit;
    }

    /// <summary>Gets the aliases of a unit, in the order they were added.</summary>
    /// <param name="name">The canonical name or any alias of the unit.</param>
    /// <returns>The aliases as written when added; empty when the name is unknown or has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<string> GetAliases(string name) =>
        TryResolve(name, out var canonicalName) ? _aliases[canonicalName] : ValueList<string>.Empty;

    /// <summary>
    /// The key under which the directory compares names: white space and invisible characters (zero-width space,
    /// BOM) removed, full-width ASCII forms folded to half width (（市） → (市), Ａ１ → A1), ASCII letters lower-cased.
    /// Chinese characters are compared exactly. Never throws on any text, including lone surrogates.
    /// </summary>
    /// <param name="name">A unit name as written.</param>
    /// <returns>The comparison key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string ComparisonKey(string name) => UnitText.ComparisonKey(Guard.Against.Null(name));
}
