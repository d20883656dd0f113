using System.Globalization;
using System.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Where the reader is in a document, kept as one slot per open object or array (the property being read, or the
/// index of the element being read) and formatted as <c>$.sections[0].tasks[2]</c> only when a diagnostic needs
/// it, so that reading a valid document builds no path strings. An object's slot is empty between properties, so
/// the path then names the object itself.
/// </summary>
internal sealed class JsonPath
{
    // The reader refuses documents deeper than this (JsonReaderOptions.MaxDepth), so the slots never run out.
    public const int MaxDepth = 64;

    private readonly string?[] _properties = new string?[MaxDepth + 1];
    private readonly int[] _indices = new int[MaxDepth + 1];
    private int _depth;

    /// <summary>Opens an object: its slot is empty until a property is read.</summary>
    public void EnterObject()
    {
        _properties[_depth] = null;
        _indices[_depth] = -1;
        _depth++;
    }

    /// <summary>Opens an array: its slot is the index of the element being read, from 0.</summary>
    public void EnterArray()
    {
        _properties[_depth] = null;
        _indices[_depth] = 0;
        _depth++;
    }

    public void Exit() => _depth--;

    /// <summary>Names the property of the innermost object whose value is being read; null between properties.</summary>
    public void Property(string? name) => _properties[_depth - 1] = name;

    /// <summary>Moves the innermost array on to its next element.</summary>
    public void NextIndex() => _indices[_depth - 1]++;

    public override string ToString()
    {
        var text = new StringBuilder("$");
        for (var i = 0; i < _depth; i++)
        {
            if (_indices[i] >= 0)
            {
                text.Append('[').Append(_indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (_properties[i] is { } property)
            {
                AppendProperty(text, property);
            }
        }

        return text.ToString();
    }

    // A name that would make the path ambiguous (a dot, a bracket, a quote, white space …) is written in brackets
    // and quotes, as System.Text.Json writes it: $.a['b c'].
    private static void AppendProperty(StringBuilder text, string name)
    {
        if (!NeedsBrackets(name))
        {
            text.Append('.').Append(name);
            return;
        }

        text.Append("['");
        foreach (var c in name)
        {
            if (c is '\\' or '\'')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        text.Append("']");
    }

    private static bool NeedsBrackets(string name)
    {
        foreach (var c in name)
        {
            if (c is '$' or '.' or ' ' or '\'' or '/' or '"' or '[' or ']' or '(' or ')' or '\t' or '\n' or '\r' or '\f' or '\b' or '\\' or '\u0085' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
