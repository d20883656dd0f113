using System;
using System.Collections.Generic;

namespace GovTransparency.Domain.Units;

/// <summary>
/// The character classes and word lists behind unit-name handling: separators, brackets, role words, the endings
/// and beginnings of unit names, kind inference and the comparison key of <see cref="UnitDirectory"/>. Every check
/// looks at a bounded number of characters, so callers stay linear in the length of their text.
/// </summary>
internal static class UnitText
{
    /// <summary>The role words, longest first so that 负责落实 wins over 落实.</summary>
    private static readonly (string Word, UnitRole Role)[] RoleWords =
    {
        ("负责落实", UnitRole.Responsible),
        ("牵头", UnitRole.Lead),
        ("负责", UnitRole.Responsible),
        ("落实", UnitRole.Responsible),
        ("承办", UnitRole.Responsible),
        ("配合", UnitRole.Cooperating),
        ("参与", UnitRole.Cooperating),
        ("协助", UnitRole.Cooperating),
        ("协同", UnitRole.Cooperating),
    };

    /// <summary>
    /// Last characters of a complete unit name: 局 委 办 厅 室 …, 中心 (心), 政府 (府), 部门 (门), 单位 (位), 公司 (司),
    /// 机关 (关), 机构 (构), 管委会 (会), 各乡镇街 (街), 高新区 (区), 妇联 (联), 科协 (协).
    /// </summary>
    private const string UnitEndings = "局委办厅室处科股部署院所站队庭馆校台社行团会街镇乡村区府门位心司关构组联协盟";

    /// <summary>
    /// Words that end a unit name but never begin one: text after a line break that starts with one of these
    /// continues the name before the break (县经济开发区 / 管委会).
    /// </summary>
    private static readonly string[] Continuations =
    {
        "人民政府", "政府", "管委会", "委员会", "办公室", "办公厅", "公室", "公厅", "单位", "分局", "支队", "大队", "中心", "公司", "机关", "机构",
        "局", "委", "办", "厅", "室", "府", "会", "门", "位", "心", "司", "处", "科", "股", "队", "站", "所", "院", "馆", "校",
        "组", "部", "署",
    };

    /// <summary>
    /// Collective words that need an owner before them (区政府 / 各部门): text after a line break that starts with one
    /// of these continues the name before the break.
    /// </summary>
    private static readonly string[] Dependents =
    {
        "各部门", "各单位", "各直属单位", "各科室", "各处室", "各有关部门", "各有关单位", "各委办局",
        "有关部门", "有关单位", "相关部门", "相关单位",
    };

    /// <summary>How unit names usually begin: a level of government (市 县 区 省 州), a collective (各) or 等.</summary>
    private const string UnitStarters = "市县区省州各等";

    /// <summary>What follows 等 in an open-ended set: 等有关部门, 等部门, 等单位 ….</summary>
    private static readonly string[] OpenEndedNouns = { "部门", "单位", "机构", "机关", "地方", "企业" };

    /// <summary>Words that begin a bracketed note rather than a second name: (含各乡镇), (负责专题建设).</summary>
    private static readonly string[] NoteOpeners = { "含", "包括", "包含", "不含", "除", "负责", "具体", "主要", "仅" };

    /// <summary>The longest role word, in characters.</summary>
    internal const int MaxRoleWordLength = 4;

    /// <summary>Whether the character separates the items of a list: 、 , ， ; ； / ／.</summary>
    internal static bool IsSeparator(char c) =>
        c is '、' or ',' or '，' or ';' or '；' or '/' or '／';

    /// <summary>Whether the character opens a bracket: ( or （.</summary>
    internal static bool IsOpenBracket(char c) => c is '(' or '（';

    /// <summary>Whether the character closes a bracket: ) or ）.</summary>
    internal static bool IsCloseBracket(char c) => c is ')' or '）';

    /// <summary>Whether the character is white space (spaces of any width, tabs, line breaks).</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Whether the character is invisible and carries nothing: zero-width spaces and joiners, the BOM.</summary>
    internal static bool IsIgnorable(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Whether the character breaks a line.</summary>
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whether the character is an ASCII letter or digit, between which a joined space is kept.</summary>
    internal static bool IsAsciiLetterOrDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> at <paramref name="index"/>.</summary>
    internal static bool HasAt(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    /// <summary>Whether the first <paramref name="length"/> characters of <paramref name="buffer"/> end with <paramref name="word"/>.</summary>
    internal static bool EndsWith(char[] buffer, int length, string word)
    {
        if (word.Length > length)
        {
            return false;
        }

        var start = length - word.Length;
        for (var i = 0; i < word.Length; i++)
        {
            if (buffer[start + i] != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds a role word that <paramref name="text"/>[0..<paramref name="end"/>) ends with.
    /// </summary>
    internal static bool TryMatchRoleSuffix(string text, int end, out string word, out UnitRole role)
    {
        foreach (var (candidate, candidateRole) in RoleWords)
        {
            if (end >= candidate.Length && HasAt(text, end - candidate.Length, candidate))
            {
                word = candidate;
                role = candidateRole;
                return true;
            }
        }

        word = string.Empty;
        role = default;
        return false;
    }

    /// <summary>Whether the whole of <paramref name="text"/> is one role word.</summary>
    internal static bool TryMatchRoleWord(string text, out UnitRole role)
    {
        foreach (var (candidate, candidateRole) in RoleWords)
        {
            if (string.Equals(text, candidate, StringComparison.Ordinal))
            {
                role = candidateRole;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Whether a role word begins at <paramref name="index"/>.</summary>
    internal static bool StartsWithRoleWord(string text, int index)
    {
        foreach (var (candidate, _) in RoleWords)
        {
            if (HasAt(text, index, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the buffer ends with a role word.</summary>
    internal static bool EndsWithRoleWord(char[] buffer, int length)
    {
        foreach (var (candidate, _) in RoleWords)
        {
            if (EndsWith(buffer, length, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> contains any role word.</summary>
    internal static bool ContainsRoleWord(string text)
    {
        foreach (var (candidate, _) in RoleWords)
        {
            if (Contains(text, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stronger of two roles read in one item: lead over cooperating over responsible.</summary>
    internal static UnitRole Stronger(UnitRole? current, UnitRole next)
    {
        if (current is null)
        {
            return next;
        }

        return Rank(next) > Rank(current.Value) ? next : current.Value;

        static int Rank(UnitRole role) => role switch
        {
            UnitRole.Lead => 3,
            UnitRole.Cooperating => 2,
            _ => 1,
        };
    }

    /// <summary>Whether the character can end a complete unit name.</summary>
    internal static bool IsUnitEnding(char c) => UnitEndings.AsSpan().IndexOf(c) >= 0;

    /// <summary>Whether a unit name usually begins with this character.</summary>
    internal static bool IsUnitStarter(char c) => UnitStarters.AsSpan().IndexOf(c) >= 0;

    /// <summary>Whether text at <paramref name="index"/> begins with a word that only ever continues a name.</summary>
    internal static bool StartsWithContinuation(string text, int index) => StartsWithAny(text, index, Continuations);

    /// <summary>Whether text at <paramref name="index"/> begins with a collective that needs an owner before it.</summary>
    internal static bool StartsWithDependent(string text, int index) => StartsWithAny(text, index, Dependents);

    /// <summary>Whether what follows 等 makes an open-ended set (有关部门, 部门, 单位 …).</summary>
    internal static bool IsOpenEndedTail(string tail)
    {
        if (tail.Length == 0 || tail.Length > 8)
        {
            return false;
        }

        foreach (var noun in OpenEndedNouns)
        {
            if (tail.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text of a bracket at the end of a name is part of the name (a second name, 县数据资源管理局（政务服务局）,
    /// or a short qualifier, 局(公司)) rather than a note (市大数据委(负责专题建设)).
    /// </summary>
    internal static bool IsNamePart(string content)
    {
        var text = content.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (ContainsRoleWord(text) || StartsWithAny(text, 0, NoteOpeners))
        {
            return false;
        }

        return text.Length <= 2 || IsUnitEnding(text[text.Length - 1]);
    }

    /// <summary>The kind a unit name denotes; the rules are documented on <see cref="Unit.InferKind"/>.</summary>
    internal static UnitKind InferKind(string name)
    {
        var text = name.Trim();
        if (text.Length == 0)
        {
            return UnitKind.Specific;
        }

        if (text[0] == '等' || text[text.Length - 1] == '等' || Contains(text, "有关") || Contains(text, "相关"))
        {
            return UnitKind.OpenEnded;
        }

        if (Contains(text, "各") || Contains(text, "所有") || Contains(text, "全体") || IsDirectlyUnderCollective(text))
        {
            return UnitKind.Collective;
        }

        return UnitKind.Specific;
    }

    /// <summary>
    /// The comparison key of a unit name: white space and invisible characters removed, full-width ASCII forms
    /// (（ ） Ａ １) folded to half width, ASCII letters lower-cased. Never throws, whatever the text.
    /// </summary>
    internal static string ComparisonKey(string name)
    {
        var buffer = new char[name.Length];
        var length = 0;
        foreach (var original in name)
        {
            if (IsSpace(original) || IsIgnorable(original))
            {
                continue;
            }

            var c = original is >= '\uFF01' and <= '\uFF5E' ? (char)(original - 0xFEE0) : original;
            if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c + ('a' - 'A'));
            }

            buffer[length++] = c;
        }

        return new string(buffer, 0, length);
    }

    /// <summary>
    /// Matches brackets with a stack: the result holds, for each bracket of a matched pair, the index of its
    /// partner, and -1 everywhere else (unmatched brackets are ordinary characters). Linear in the length.
    /// </summary>
    internal static int[] MatchBrackets(string text, int length, out int firstUnmatched)
    {
        var partner = new int[length];
        var open = new List<int>();
        firstUnmatched = -1;
        for (var i = 0; i < length; i++)
        {
            partner[i] = -1;
            if (IsOpenBracket(text[i]))
            {
                open.Add(i);
            }
            else if (IsCloseBracket(text[i]))
            {
                if (open.Count > 0)
                {
                    var j = open[open.Count - 1];
                    open.RemoveAt(open.Count - 1);
                    partner[i] = j;
                    partner[j] = i;
                }
                else if (firstUnmatched < 0)
                {
                    firstUnmatched = i;
                }
            }
        }

        if (open.Count > 0 && (firstUnmatched < 0 || open[0] < firstUnmatched))
        {
            firstUnmatched = open[0];
        }

        return partner;
    }

    /// <summary>Ordinal substring search (string.Contains with a comparison is missing on netstandard2.0).</summary>
    private static bool Contains(string text, string word) => text.AsSpan().IndexOf(word.AsSpan()) >= 0;

    private static bool StartsWithAny(string text, int index, string[] words)
    {
        foreach (var word in words)
        {
            if (HasAt(text, index, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>市直部门, 县直单位, 区直机关: every body directly under that level of government.</summary>
    private static bool IsDirectlyUnderCollective(string text) =>
        text.Length >= 4
        && "省市县区".AsSpan().IndexOf(text[0]) >= 0
        && text[1] == '直'
        && (text.EndsWith("部门", StringComparison.Ordinal)
            || text.EndsWith("单位", StringComparison.Ordinal)
            || text.EndsWith("机关", StringComparison.Ordinal)
            || text.EndsWith("机构", StringComparison.Ordinal));
}
