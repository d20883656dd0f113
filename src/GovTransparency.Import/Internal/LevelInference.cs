using System;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Infers a plan's administrative level from the name of its issuer, or else from its title: 国务院办公厅 and other
/// central bodies (国务院, 国家…, 中共中央) are national; otherwise the place name before 人民政府 / 政府 / 政务公开 …
/// decides by its last administrative word — 省, 自治区 and the four municipalities directly under the central
/// government (北京市, 天津市, 上海市, 重庆市) are provincial; 市, 州, 盟 municipal; 县, 区, 旗 county; 乡, 镇, 街道
/// township. A name that is a department of a government (…局, …委员会) without 政府 in it is a department. Names
/// without any of these words give no level.
/// </summary>
internal static class LevelInference
{
    private static readonly string[] NationalPrefixes = { "国务院", "中共中央", "中华人民共和国", "国家" };

    private static readonly string[] PlaceEnds = { "人民政府", "政府", "政务公开", "关于", "全市", "全县", "全区", "全省", "全旗", "党委", "委员会", "办公室", "办公厅" };

    private static readonly string[] ProvincialCities = { "北京市", "天津市", "上海市", "重庆市" };

    private static readonly string[] DepartmentEnds = { "局", "委员会", "委", "中心", "厅" };

    public static PlanLevel Infer(string? name)
    {
        if (name is null)
        {
            return PlanLevel.Unspecified;
        }

        var text = SkipYear(TextRules.Compact(name));
        foreach (var prefix in NationalPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return PlanLevel.National;
            }
        }

        var place = Place(text);
        var level = LevelOfPlace(place);
        if (level != PlanLevel.Unspecified && IsDepartment(text))
        {
            return PlanLevel.Department;
        }

        return level;
    }

    public static (string Zh, string En) Names(PlanLevel level) => level switch
    {
        PlanLevel.National => ("国家级", "national"),
        PlanLevel.Provincial => ("省级", "provincial"),
        PlanLevel.Municipal => ("市级", "municipal"),
        PlanLevel.County => ("县级", "county"),
        PlanLevel.Township => ("乡级", "township"),
        PlanLevel.Department => ("部门", "department"),
        _ => ("未说明", "unspecified"),
    };

    private static string SkipYear(string text)
    {
        var i = 0;
        while (i < text.Length && TextRules.IsArabicDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i < text.Length && text[i] == '年' ? text.Substring(i + 1) : text;
    }

    /// <summary>The place name: the text up to a digit or the first word that follows a place in a title or an issuer.</summary>
    private static string Place(string text)
    {
        var end = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (TextRules.IsArabicDigit(text[i]))
            {
                end = i;
                break;
            }
        }

        foreach (var word in PlaceEnds)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }

        return text.Substring(0, end);
    }

    private static PlanLevel LevelOfPlace(string place)
    {
        var level = PlanLevel.Unspecified;
        var at = -1;
        Consider("省", PlanLevel.Provincial);
        Consider("自治区", PlanLevel.Provincial);
        Consider("市", PlanLevel.Municipal);
        Consider("州", PlanLevel.Municipal);
        Consider("盟", PlanLevel.Municipal);
        Consider("县", PlanLevel.County);
        Consider("区", PlanLevel.County);
        Consider("旗", PlanLevel.County);
        Consider("乡", PlanLevel.Township);
        Consider("镇", PlanLevel.Township);
        Consider("街道", PlanLevel.Township);

        if (level == PlanLevel.Municipal)
        {
            foreach (var city in ProvincialCities)
            {
                if (place.EndsWith(city, StringComparison.Ordinal))
                {
                    return PlanLevel.Provincial;
                }
            }
        }

        return level;

        void Consider(string word, PlanLevel candidate)
        {
            var last = place.LastIndexOf(word, StringComparison.Ordinal);
            var end = last < 0 ? -1 : last + word.Length;

            // 自治区 ends where 区 does: the longer word wins at the same place.
            if (end > at || (end == at && end >= 0 && word.Length > 1))
            {
                at = end;
                level = candidate;
            }
        }
    }

    private static bool IsDepartment(string text)
    {
        if (text.IndexOf("政府", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var end in DepartmentEnds)
        {
            if (text.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
