using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovTransparency.Domain.Tests.TestSupport;

/// <summary>
/// A small JSON Schema validator for the keywords our schema uses (no validator package is in our registry):
/// $ref (local JSON pointers), type, properties, required, additionalProperties, enum, const, items, oneOf,
/// minimum, maximum, minLength, minItems, pattern. Unknown keywords are an error, so the schema cannot quietly
/// rely on something this validator ignores.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = new() { "$schema", "$id", "title", "description", "$defs" };
    private static readonly HashSet<string> Keywords = new()
    {
        "$ref", "type", "properties", "required", "additionalProperties", "enum", "const", "items", "oneOf",
        "minimum", "maximum", "minLength", "minItems", "pattern",
    };

    private readonly JsonElement _root;

    public JsonSchemaValidator(string schema) => _root = JsonDocument.Parse(schema).RootElement.Clone();

    public IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        Validate(_root, document.RootElement, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException("Schema keyword not supported by the test validator: " + keyword.Name);
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type.GetString()!, value))
        {
            errors.Add($"{path}: expected {type.GetString()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElementEquals(constant, value))
        {
            errors.Add($"{path}: expected the constant {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElementEquals(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal())
            {
                errors.Add($"{path}: {value} is below {min}");
            }

            if (schema.TryGetProperty("maximum", out var max) && value.GetDecimal() > max.GetDecimal())
            {
                errors.Add($"{path}: {value} is above {max}");
            }
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                errors.Add($"{path}: shorter than {minLength}");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
            {
                errors.Add($"{path}: \"{text}\" does not match {pattern}");
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
            {
                errors.Add($"{path}: fewer than {minItems} items");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Validate(items, item, $"{path}[{i++}]", errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: missing required property {name}");
                    }
                }
            }

            schema.TryGetProperty("properties", out var properties);
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Validate(propertySchema, property.Value, path + "." + property.Name, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: property {property.Name} is not in the schema");
                }
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var results = oneOf.EnumerateArray().Select(option =>
            {
                var optionErrors = new List<string>();
                Validate(option, value, path, optionErrors);
                return optionErrors;
            }).ToList();
            var matches = results.Count(r => r.Count == 0);
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf options (closest: {string.Join("; ", results.OrderBy(r => r.Count).First())})");
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException("Only local references are supported: " + reference);
        }

        var node = _root;
        foreach (var segment in reference.Substring(2).Split('/'))
        {
            node = node.GetProperty(segment.Replace("~1", "/").Replace("~0", "~"));
        }

        return node;
    }

    private static bool TypeMatches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("Unknown type " + type),
    };

    private static bool JsonElementEquals(JsonElement a, JsonElement b) => a.GetRawText() == b.GetRawText();
}
