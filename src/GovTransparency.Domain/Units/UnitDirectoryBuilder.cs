using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// Collects canonical unit names and their aliases, then builds an immutable <see cref="UnitDirectory"/>. Get one
/// from <see cref="UnitDirectory.CreateBuilder"/> or <see cref="UnitDirectory.ToBuilder"/>. Not thread-safe; the
/// directory it builds is.
/// </summary>
/// <example>
/// <code>
/// var directory = UnitDirectory.CreateBuilder()
///     .Add("县市场监管局", "县市监局")
///     .Add("县经济开发区管委会", "县开发区管委会")
///     .Build();
/// directory.Resolve("县市监局"); // 县市场监管局
/// </code>
/// </example>
public sealed class UnitDirectoryBuilder
{
    private readonly List<string> _names = new();
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _aliases = new(StringComparer.Ordinal);

    internal UnitDirectoryBuilder()
    {
    }

    internal UnitDirectoryBuilder(UnitDirectory directory)
    {
        foreach (var name in directory.CanonicalNames)
        {
            Add(name);
            foreach (var alias in directory.GetAliases(name))
            {
                AddAlias(alias, name);
            }
        }
    }

    /// <summary>Gets the number of canonical names added so far.</summary>
    public int Count => _names.Count;

    /// <summary>
    /// Adds a canonical name with its aliases (other spellings and abbreviations of the same body). Adding a
    /// canonical name again adds further aliases to it. Names that differ only in white space, character width
    /// or ASCII case count as the same (see <see cref="UnitDirectory.ComparisonKey"/>); the first spelling is kept.
    /// </summary>
    /// <param name="canonicalName">The name to resolve to, for example 县市场监管局.</param>
    /// <param name="aliases">Other names of the same body, for example 县市监局.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank; <paramref name="canonicalName"/> is already an alias of another name; or an alias already
    /// belongs to another name.
    /// </exception>
    public UnitDirectoryBuilder Add(string canonicalName, params string[] aliases)
    {
        Guard.Against.NullOrWhiteSpace(canonicalName);
        Guard.Against.NullOrContainsNull(aliases);
        var key = Key(canonicalName, nameof(canonicalName));
        if (_byKey.TryGetValue(key, out var existing))
        {
            if (!string.Equals(UnitDirectory.ComparisonKey(existing), key, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    "'" + canonicalName + "' is already an alias of '" + existing + "'.", nameof(canonicalName));
            }

            canonicalName = existing;
        }
        else
        {
            _names.Add(canonicalName);
            _byKey.Add(key, canonicalName);
            _aliases.Add(canonicalName, new List<string>());
        }

        foreach (var alias in aliases)
        {
            AddAliasCore(alias, canonicalName, nameof(aliases));
        }

        return this;
    }

    /// <summary>
    /// Adds one alias of <paramref name="canonicalName"/>, adding the canonical name first when it is new.
    /// </summary>
    /// <param name="alias">Another name of the body, for example 县开发区管委会.</param>
    /// <param name="canonicalName">The name to resolve to, for example 县经济开发区管委会.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank; <paramref name="canonicalName"/> is already an alias of another name; or
    /// <paramref name="alias"/> already belongs to another name.
    /// </exception>
    public UnitDirectoryBuilder AddAlias(string alias, string canonicalName)
    {
        Guard.Against.NullOrWhiteSpace(alias);
        Add(canonicalName);
        AddAliasCore(alias, _byKey[Key(canonicalName, nameof(canonicalName))], nameof(alias));
        return this;
    }

    /// <summary>Builds the immutable directory. The builder can go on being used.</summary>
    /// <returns>The directory.</returns>
    public UnitDirectory Build()
    {
        var aliases = new Dictionary<string, ValueList<string>>(StringComparer.Ordinal);
        foreach (var pair in _aliases)
        {
            aliases.Add(pair.Key, ValueList<string>.From(pair.Value));
        }

        return new UnitDirectory(
            ValueList<string>.From(_names),
            new Dictionary<string, string>(_byKey, StringComparer.Ordinal),
            aliases);
    }

    private void AddAliasCore(string alias, string canonicalName, string parameterName)
    {
        var key = Key(alias, parameterName);
        if (_byKey.TryGetValue(key, out var existing))
        {
            if (!string.Equals(existing, canonicalName, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    "'" + alias + "' already names '" + existing + "', so it cannot be an alias of '" + canonicalName + "'.",
                    parameterName);
            }

            return; // Already known as this name or one of its aliases.
        }

        _byKey.Add(key, canonicalName);
        _aliases[canonicalName].Add(alias);
    }

    private static string Key(string name, string parameterName)
    {
        var key = UnitDirectory.ComparisonKey(name);
        if (key.Length == 0)
        {
            throw new ArgumentException("A unit name must not be blank.", parameterName);
        }

        return key;
    }
}
