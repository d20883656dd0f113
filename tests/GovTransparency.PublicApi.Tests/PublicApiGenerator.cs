using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace GovTransparency.PublicApi.Tests;

/// <summary>
/// Writes the public API of an assembly as sorted, culture-invariant C#-like declarations: every type a consumer can
/// see (public, and protected nested types) and every public or protected member, with full type names, nullable
/// annotations, parameter names and default values, constant values and [Obsolete].
/// </summary>
public static class PublicApiGenerator
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>One visible type: its declaration line and its members' lines, both sorted and stable.</summary>
    public sealed record TypeApi(string Namespace, string Name, string Declaration, IReadOnlyList<string> Members);

    /// <summary>The visible types of the assembly, sorted by namespace and name.</summary>
    public static IReadOnlyList<TypeApi> Describe(Assembly assembly) =>
        assembly.GetTypes()
            .Where(IsVisible)
            .Select(t => new TypeApi(t.Namespace ?? "", TypeName(t, withNamespace: false), Declaration(t), Members(t)))
            .OrderBy(t => t.Namespace, StringComparer.Ordinal)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The text of the API file: a namespace line, then each type's declaration and indented members.</summary>
    public static string Render(IEnumerable<TypeApi> types)
    {
        var text = new StringBuilder();
        foreach (var group in types.GroupBy(t => t.Namespace))
        {
            text.Append("namespace ").Append(group.Key.Length == 0 ? "(global)" : group.Key).Append('\n');
            foreach (var type in group)
            {
                text.Append("  ").Append(type.Declaration).Append('\n');
                foreach (var member in type.Members)
                {
                    text.Append("    ").Append(member).Append('\n');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static bool IsVisible(Type type) =>
        type.IsNested
            ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!)
            : type.IsPublic;

    private static bool IsVisible(MethodBase? method) => method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    private static string Access(FieldInfo field) => field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";

    // ---- types -------------------------------------------------------------------------------------------------

    private static string Declaration(Type type)
    {
        var text = new StringBuilder(Attributes(type.GetCustomAttributesData()));
        text.Append(type.IsPublic || type.IsNestedPublic ? "public " : type.IsNestedFamORAssem ? "protected internal " : "protected ");
        var name = TypeName(type, withNamespace: false);
        if (type.IsEnum)
        {
            return text.Append("enum ").Append(name).Append(" : ").Append(TypeName(Enum.GetUnderlyingType(type))).ToString();
        }

        if (typeof(Delegate).IsAssignableFrom(type) && type != typeof(Delegate) && type != typeof(MulticastDelegate))
        {
            var invoke = type.GetMethod("Invoke")!;
            return text.Append("delegate ").Append(ReturnType(invoke)).Append(' ').Append(WithVariance(name, type))
                .Append(Parameters(invoke)).Append(Constraints(type.GetGenericArguments().Where(a => a.DeclaringMethod is null && OwnGenericArgument(type, a)))).ToString();
        }

        if (type.IsInterface)
        {
            text.Append("interface ");
        }
        else if (type.IsValueType)
        {
            text.Append(Has(type, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "readonly " : "")
                .Append(Has(type, "System.Runtime.CompilerServices.IsByRefLikeAttribute") ? "ref " : "")
                .Append(IsRecordStruct(type) ? "record struct " : "struct ");
        }
        else
        {
            text.Append(type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "")
                .Append(IsRecordClass(type) ? "record " : "class ");
        }

        text.Append(WithVariance(name, type));
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType));
        }

        // All interfaces the type implements, inherited ones included, sorted: what `is IFoo` answers.
        bases.AddRange(type.GetInterfaces().Select(i => TypeName(i)).OrderBy(i => i, StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            text.Append(" : ").Append(string.Join(", ", bases));
        }

        return text.Append(Constraints(type.GetGenericArguments().Where(a => OwnGenericArgument(type, a)))).ToString();
    }

    // "in T" and "out T" for the variant generic parameters of interfaces and delegates.
    private static string WithVariance(string name, Type type)
    {
        foreach (var argument in type.GetGenericArguments())
        {
            var variance = argument.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
            var prefix = variance == GenericParameterAttributes.Covariant ? "out " : variance == GenericParameterAttributes.Contravariant ? "in " : "";
            if (prefix.Length > 0)
            {
                foreach (var (before, after) in new[] { ("<", ","), ("<", ">"), (", ", ","), (", ", ">") })
                {
                    name = name.Replace(before + argument.Name + after, before + prefix + argument.Name + after, StringComparison.Ordinal);
                }
            }
        }

        return name;
    }

    // A nested type repeats its declaring type's generic parameters; only its own are declared on it.
    private static bool OwnGenericArgument(Type type, Type argument) =>
        type.DeclaringType is null || !type.DeclaringType.GetGenericArguments().Any(a => a.Name == argument.Name);

    private static string SimpleName(Type type) => type.Name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? type.Name[..tick] : type.Name;

    private static bool IsRecordClass(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsRecordStruct(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, new[] { typeof(StringBuilder) }) is { } printMembers
        && printMembers.IsDefined(typeof(CompilerGeneratedAttribute), false);

    private static bool Has(MemberInfo member, string attributeFullName) =>
        member.GetCustomAttributesData().Any(a => a.AttributeType.FullName == attributeFullName);

    // ---- members -----------------------------------------------------------------------------------------------

    private static IReadOnlyList<string> Members(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return Array.Empty<string>();
        }

        var members = new List<(int Order, string Name, string Line)>();
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)!;
                members.Add((1, value.PadLeft(20, '0'), Attributes(field.GetCustomAttributesData()) + field.Name + " = " + value));
            }

            return members.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal).Select(m => m.Line).ToList();
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(c => IsVisible(c) && !c.IsStatic))
        {
            members.Add((0, ".ctor", Attributes(constructor.GetCustomAttributesData()) + Access(constructor) + " " + SimpleName(type) + Parameters(constructor)));
        }

        foreach (var field in type.GetFields(Declared).Where(IsVisible))
        {
            var line = new StringBuilder(Attributes(field.GetCustomAttributesData())).Append(Access(field)).Append(' ');
            if (field.IsLiteral)
            {
                line.Append("const ").Append(TypeName(field.FieldType, Nullability(field))).Append(' ').Append(field.Name)
                    .Append(" = ").Append(Literal(field.GetRawConstantValue(), field.FieldType));
            }
            else
            {
                line.Append(field.IsStatic ? "static " : "").Append(field.IsInitOnly ? "readonly " : "")
                    .Append(TypeName(field.FieldType, Nullability(field))).Append(' ').Append(field.Name);
            }

            members.Add((1, field.Name, line.ToString()));
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var getter = property.GetMethod;
            var setter = property.SetMethod;
            var visibleGetter = IsVisible(getter) ? getter : null;
            var visibleSetter = IsVisible(setter) ? setter : null;
            var main = visibleGetter ?? visibleSetter;
            if (main is null)
            {
                continue;
            }

            var indexParameters = property.GetIndexParameters();
            var name = indexParameters.Length == 0 ? property.Name : "this[" + string.Join(", ", indexParameters.Select(Parameter)) + "]";
            var access = Access(main);
            var line = new StringBuilder(Attributes(property.GetCustomAttributesData())).Append(access).Append(' ')
                .Append(Modifiers(main, type)).Append(TypeName(property.PropertyType, Nullability(property))).Append(' ').Append(name).Append(" { ");
            if (visibleGetter is not null)
            {
                line.Append(Access(visibleGetter) == access ? "" : Access(visibleGetter) + " ").Append("get; ");
            }

            if (visibleSetter is not null)
            {
                var init = visibleSetter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                line.Append(Access(visibleSetter) == access ? "" : Access(visibleSetter) + " ").Append(init ? "init; " : "set; ");
            }

            members.Add((2, property.Name, line.Append('}').ToString()));
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            var add = @event.AddMethod;
            if (!IsVisible(add))
            {
                continue;
            }

            members.Add((3, @event.Name, Attributes(@event.GetCustomAttributesData()) + Access(add!) + " " + Modifiers(add!, type) + "event "
                + TypeName(@event.EventHandlerType!, Nullability(@event)) + " " + @event.Name));
        }

        var accessors = new HashSet<MethodInfo>(type.GetProperties(Declared).SelectMany(p => p.GetAccessors(true))
            .Concat(type.GetEvents(Declared).SelectMany(e => new[] { e.AddMethod, e.RemoveMethod, e.RaiseMethod }).OfType<MethodInfo>()));
        foreach (var method in type.GetMethods(Declared).Where(m => IsVisible(m) && !accessors.Contains(m)))
        {
            var isOperator = method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal);
            var name = isOperator ? OperatorName(method) : method.Name;
            var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
            var line = Attributes(method.GetCustomAttributesData()) + Access(method) + " " + Modifiers(method, type)
                + (method.Name is "op_Implicit" or "op_Explicit" ? name + " " + ReturnType(method) : ReturnType(method) + " " + name)
                + generic + Parameters(method) + Constraints(method.GetGenericArguments());
            members.Add((isOperator ? 5 : 4, name, line));
        }

        return members.OrderBy(m => m.Order).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal).Select(m => m.Line).ToList();
    }

    private static string Modifiers(MethodInfo method, Type declaringType)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ";
        }

        if (declaringType.IsInterface)
        {
            return method.IsAbstract ? "" : "virtual ";
        }

        // A covariant override (records' <Clone>$ on net5+) is a new slot marked [PreserveBaseOverrides].
        var isOverride = method.GetBaseDefinition().DeclaringType != method.DeclaringType
            || Has(method, "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute");
        if (method.IsAbstract)
        {
            return isOverride ? "abstract override " : "abstract ";
        }

        if (isOverride)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : "";
    }

    private static string OperatorName(MethodInfo method) => method.Name switch
    {
        "op_Implicit" => "implicit operator",
        "op_Explicit" => "explicit operator",
        "op_Equality" => "operator ==",
        "op_Inequality" => "operator !=",
        "op_LessThan" => "operator <",
        "op_GreaterThan" => "operator >",
        "op_LessThanOrEqual" => "operator <=",
        "op_GreaterThanOrEqual" => "operator >=",
        "op_Addition" => "operator +",
        "op_Subtraction" => "operator -",
        "op_Multiply" => "operator *",
        "op_Division" => "operator /",
        "op_Modulus" => "operator %",
        "op_UnaryNegation" => "operator -",
        "op_UnaryPlus" => "operator +",
        "op_Increment" => "operator ++",
        "op_Decrement" => "operator --",
        "op_LogicalNot" => "operator !",
        "op_True" => "operator true",
        "op_False" => "operator false",
        _ => "operator " + method.Name,
    };

    private static string ReturnType(MethodInfo method) =>
        (method.ReturnType.IsByRef
            ? method.ReturnParameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "ref readonly " : "ref "
            : "")
        + TypeName(method.ReturnType, Nullability(method.ReturnParameter));

    private static string Parameters(MethodBase method) => "(" + string.Join(", ", method.GetParameters().Select(Parameter)) + ")";

    private static string Parameter(ParameterInfo parameter)
    {
        var text = new StringBuilder();
        if (parameter.Position == 0 && parameter.Member.IsDefined(typeof(ExtensionAttribute), false))
        {
            text.Append("this ");
        }

        if (parameter.IsDefined(typeof(ParamArrayAttribute), false))
        {
            text.Append("params ");
        }

        var type = parameter.ParameterType;
        if (type.IsByRef)
        {
            text.Append(parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ");
        }

        text.Append(TypeName(type, Nullability(parameter))).Append(' ').Append(parameter.Name);
        if (parameter.HasDefaultValue)
        {
            text.Append(" = ").Append(Literal(parameter.RawDefaultValue, type.IsByRef ? type.GetElementType()! : type));
        }

        return text.ToString();
    }

    private static string Constraints(IEnumerable<Type> arguments)
    {
        var text = new StringBuilder();
        foreach (var argument in arguments)
        {
            var constraints = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if ((attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
            {
                constraints.Add(Has(argument, "System.Runtime.CompilerServices.IsUnmanagedAttribute") ? "unmanaged" : "struct");
            }
            else if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                constraints.Add("class");
            }

            constraints.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => TypeName(c)).OrderBy(c => c, StringComparer.Ordinal));
            if ((attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) == 0)
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                text.Append(" where ").Append(argument.Name).Append(" : ").Append(string.Join(", ", constraints));
            }
        }

        return text.ToString();
    }

    // ---- attributes, literals, type names ----------------------------------------------------------------------

    private static string Attributes(IEnumerable<CustomAttributeData> attributes)
    {
        var text = new StringBuilder();
        foreach (var attribute in attributes.OrderBy(a => a.AttributeType.FullName, StringComparer.Ordinal))
        {
            switch (attribute.AttributeType.FullName)
            {
                case "System.ObsoleteAttribute":
                case "System.FlagsAttribute":
                case "System.Diagnostics.CodeAnalysis.ExperimentalAttribute":
                case "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute":
                case "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute":
                    var name = attribute.AttributeType.Name[..^"Attribute".Length];
                    var arguments = attribute.ConstructorArguments.Select(a => Literal(a.Value, a.ArgumentType))
                        .Concat(attribute.NamedArguments.Select(a => a.MemberName + " = " + Literal(a.TypedValue.Value, a.TypedValue.ArgumentType)))
                        .ToList();
                    text.Append('[').Append(name).Append(arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")").Append("] ");
                    break;
            }
        }

        return text.ToString();
    }

    private static string Literal(object? value, Type type)
    {
        if (value is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null";
        }

        if (type.IsEnum || Nullable.GetUnderlyingType(type)?.IsEnum == true)
        {
            var enumType = Nullable.GetUnderlyingType(type) ?? type;
            var name = Enum.GetName(enumType, value);
            return name is null
                ? "(" + TypeName(enumType) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture)
                : TypeName(enumType) + "." + name;
        }

        return value switch
        {
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"",
            char c => "'" + c + "'",
            bool b => b ? "true" : "false",
            Type t => "typeof(" + TypeName(t) + ")",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    // ---- nullable reference annotations, read from the compiler's metadata ---------------------------------------
    // NullableAttribute holds one byte per type position in pre-order (0 oblivious, 1 not annotated, 2 annotated '?');
    // a single byte stands for every position, and NullableContextAttribute on the method or an enclosing type gives
    // the default. Non-generic value types take no byte, Nullable<T> only T's. (NullabilityInfoContext reports an
    // unconstrained T as nullable wherever it appears, so it cannot tell `T` from `T?`.)

    private sealed class NullableFlags(byte[] flags)
    {
        private int _next;

        public byte Next() => flags.Length == 1 ? flags[0] : _next < flags.Length ? flags[_next++] : (byte)0;
    }

    private static NullableFlags Nullability(IEnumerable<CustomAttributeData> attributes, MemberInfo contextHolder)
    {
        var own = NullableBytes(attributes, "System.Runtime.CompilerServices.NullableAttribute");
        if (own is not null)
        {
            return new NullableFlags(own);
        }

        for (MemberInfo? holder = contextHolder; holder is not null; holder = holder.DeclaringType)
        {
            if (NullableBytes(holder.GetCustomAttributesData(), "System.Runtime.CompilerServices.NullableContextAttribute") is { } context)
            {
                return new NullableFlags(context);
            }
        }

        return new NullableFlags(new byte[] { 0 });
    }

    private static byte[]? NullableBytes(IEnumerable<CustomAttributeData> attributes, string attributeName)
    {
        var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == attributeName);
        return attribute?.ConstructorArguments[0].Value switch
        {
            byte single => new[] { single },
            IEnumerable<CustomAttributeTypedArgument> many => many.Select(a => (byte)a.Value!).ToArray(),
            _ => null,
        };
    }

    private static NullableFlags Nullability(FieldInfo field) => Nullability(field.GetCustomAttributesData(), field.DeclaringType!);

    private static NullableFlags Nullability(PropertyInfo property) =>
        Nullability(property.GetCustomAttributesData(), (MemberInfo?)property.GetMethod ?? property.SetMethod ?? (MemberInfo)property.DeclaringType!);

    private static NullableFlags Nullability(EventInfo @event) => Nullability(@event.GetCustomAttributesData(), @event.DeclaringType!);

    private static NullableFlags Nullability(ParameterInfo parameter) => Nullability(parameter.GetCustomAttributesData(), parameter.Member);

    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Void"] = "void", ["System.Object"] = "object", ["System.String"] = "string", ["System.Boolean"] = "bool",
        ["System.Char"] = "char", ["System.Byte"] = "byte", ["System.SByte"] = "sbyte", ["System.Int16"] = "short",
        ["System.UInt16"] = "ushort", ["System.Int32"] = "int", ["System.UInt32"] = "uint", ["System.Int64"] = "long",
        ["System.UInt64"] = "ulong", ["System.Single"] = "float", ["System.Double"] = "double", ["System.Decimal"] = "decimal",
        ["System.IntPtr"] = "nint", ["System.UIntPtr"] = "nuint",
    };

    /// <summary>A C# name for a type: keywords for built-in types, namespaces, generic arguments, and a '?' where the
    /// metadata says the reference is annotated nullable.</summary>
    private static string TypeName(Type type, NullableFlags? nullability = null, bool withNamespace = true, bool withArguments = true)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, nullability, withNamespace, withArguments);
        }

        if (type.IsArray)
        {
            var mark = Mark(nullability);
            return TypeName(type.GetElementType()!, nullability, withNamespace, withArguments) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + mark;
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!, null, withNamespace, withArguments) + "*";
        }

        if (type.IsGenericParameter)
        {
            return type.Name + Mark(nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability, withNamespace, withArguments) + "?";
        }

        var arguments = type.GetGenericArguments();
        var self = "";
        if (!type.IsValueType)
        {
            self = Mark(nullability);
        }
        else if (arguments.Length > 0)
        {
            nullability?.Next(); // a generic value type has a byte of its own, always 0
        }

        if (type.FullName is { } fullName && Keywords.TryGetValue(fullName, out var keyword))
        {
            return keyword + self;
        }

        // Generic arguments are spread over the declaring types of a nested generic type; assign them outside in.
        var chain = new List<Type>();
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            chain.Insert(0, t);
        }

        var name = new StringBuilder(withNamespace && chain[0].Namespace is { Length: > 0 } ns ? ns + "." : "");
        var used = 0;
        foreach (var part in chain)
        {
            var plain = part.Name;
            var tick = plain.IndexOf('`', StringComparison.Ordinal);
            var count = tick < 0 ? 0 : int.Parse(plain[(tick + 1)..], CultureInfo.InvariantCulture);
            name.Append(tick < 0 ? plain : plain[..tick]);
            if (count > 0 && withArguments)
            {
                name.Append('<');
                for (var i = 0; i < count; i++)
                {
                    name.Append(i == 0 ? "" : ", ").Append(TypeName(arguments[used + i], nullability));
                }

                name.Append('>');
            }

            used += count;
            if (part != type)
            {
                name.Append('.');
            }
        }

        return name + self;
    }

    private static string Mark(NullableFlags? nullability) => nullability?.Next() == 2 ? "?" : "";
}
