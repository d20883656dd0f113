using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// A JSON path built as a chain of nodes while reading and formatted (<c>$.sections[0].tasks[2]</c>) only when a
/// diagnostic needs it, so that reading a valid document builds no path strings.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? _parent;
    private readonly string? _property;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    public static JsonPath Root { get; } = new(null, "$", -1);

    public static JsonPath operator +(JsonPath path, string property) => new(path, property, -1);

    public JsonPath this[int index] => new(this, null, index);

    public override string ToString()
    {
        var nodes = new Stack<JsonPath>();
        for (var node = this; node is not null; node = node._parent)
        {
            nodes.Push(node);
        }

        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node._property is not null)
            {
                text.Append(node._property);
            }
            else
            {
                text.Append('[').Append(node._index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return text.ToString();
    }
}
