using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// One run of the assignment-cell reader documented on <see cref="AssignmentText.Parse(string)"/>. A single pass
/// cuts the text into items (at separators, and at white space the join rule does not join); each item is then
/// read from its end: role words, a trailing note, 等 and an open-ended tail. Linear in the length of the text.
/// </summary>
internal sealed class AssignmentTextParser
{
    private readonly string _text;
    private readonly UnitRole _defaultRole;
    private readonly List<Assignment> _assignments = new();
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly List<string> _roleWords = new();
    private readonly List<PendingUnit> _pending = new();

    private int _length;
    private int[] _partner = Array.Empty<int>();
    private bool _hasSeparators;

    // The item being read: its characters (white space removed or joined), where it starts and ends in the text.
    private char[] _item = new char[16];
    private int _itemLength;
    private int _itemStart;
    private int _itemEnd;
    private bool _itemHasUnclosedBracket;
    private int _depth;

    // A run of empty items waiting to be reported as one GT0202.
    private int _emptyRunStart = -1;
    private int _emptyRunEnd = -1;
    private int _lastSeparator = -1;
    private bool _lastWasSeparator;

    internal AssignmentTextParser(string text, UnitRole defaultRole)
    {
        _text = text;
        _defaultRole = defaultRole;
    }

    internal AssignmentParseResult Run()
    {
        _length = _text.Length;
        if (_length > AssignmentText.MaxLength)
        {
            _length = AssignmentText.MaxLength;
            if (char.IsHighSurrogate(_text[_length - 1]))
            {
                _length--;
            }

            _diagnostics.Add(Messages.AssignmentTextTooLong(AssignmentText.MaxLength)
                with { Span = new TextSpan(_length, _text.Length - _length) });
        }

        if (IsBlank())
        {
            _diagnostics.Insert(0, Messages.EmptyAssignmentText() with { Span = new TextSpan(0, _length) });
            return Result();
        }

        _partner = UnitText.MatchBrackets(_text, _length, out var firstUnmatched);
        if (firstUnmatched >= 0)
        {
            _diagnostics.Add(Messages.UnbalancedBrackets(_text[firstUnmatched], firstUnmatched)
                with { Span = new TextSpan(firstUnmatched, 1), Subject = _text.Substring(firstUnmatched, 1) });
        }

        _hasSeparators = HasSeparatorOutsideBrackets();
        Scan();
        Flush(_defaultRole);
        return Result();
    }

    private AssignmentParseResult Result() => new(
        ValueList<Assignment>.From(_assignments),
        ValueList<Diagnostic>.From(_diagnostics),
        ValueList<string>.From(_roleWords));

    private bool IsBlank()
    {
        for (var i = 0; i < _length; i++)
        {
            if (!UnitText.IsSpace(_text[i]) && !UnitText.IsIgnorable(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasSeparatorOutsideBrackets()
    {
        var depth = 0;
        for (var i = 0; i < _length; i++)
        {
            var c = _text[i];
            if (_partner[i] >= 0)
            {
                depth += UnitText.IsOpenBracket(c) ? 1 : -1;
            }
            else if (depth == 0 && UnitText.IsSeparator(c))
            {
                return true;
            }
        }

        return false;
    }

    private void Scan()
    {
        var i = 0;
        while (i < _length)
        {
            var c = _text[i];
            if (_depth == 0 && UnitText.IsSeparator(c))
            {
                EndItemAtSeparator(i);
                i++;
                continue;
            }

            if (UnitText.IsSpace(c) || UnitText.IsIgnorable(c))
            {
                var j = i;
                var hasSpace = false;
                while (j < _length && (UnitText.IsSpace(_text[j]) || UnitText.IsIgnorable(_text[j])))
                {
                    hasSpace |= UnitText.IsSpace(_text[j]);
                    j++;
                }

                if (hasSpace)
                {
                    OnSpace(j);
                }

                i = j;
                continue;
            }

            Append(c, i);
            i++;
        }

        EndItemAtEnd();
    }

    /// <summary>Decides what a run of white space that ends just before <paramref name="next"/> does.</summary>
    private void OnSpace(int next)
    {
        if (_itemLength == 0 || next >= _length)
        {
            return; // Leading or trailing white space.
        }

        if (_depth == 0 && UnitText.IsSeparator(_text[next]))
        {
            return; // White space before a separator.
        }

        if (_depth > 0 || ShouldJoin(next))
        {
            if (UnitText.IsAsciiLetterOrDigit(_item[_itemLength - 1]) && UnitText.IsAsciiLetterOrDigit(_text[next]))
            {
                AppendChar(' ');
            }

            return;
        }

        EndItem();
    }

    /// <summary>Whether the white space before <paramref name="next"/> lies inside one unit name.</summary>
    private bool ShouldJoin(int next)
    {
        var c = _text[next];
        if (UnitText.IsOpenBracket(c) || _itemHasUnclosedBracket)
        {
            return true;
        }

        if (_itemLength == 1 || (_itemLength == 2 && _item[0] == '各'))
        {
            return true;
        }

        if (UnitText.StartsWithRoleWord(_text, next))
        {
            return true;
        }

        if (UnitText.EndsWithRoleWord(_item, _itemLength))
        {
            return false;
        }

        if (UnitText.StartsWithContinuation(_text, next) || UnitText.StartsWithDependent(_text, next))
        {
            return true;
        }

        var last = _item[_itemLength - 1];
        if (UnitText.IsCloseBracket(last))
        {
            // The last character always comes from the text (a joined space is followed by a letter or digit).
            var close = _itemEnd - 1;
            var open = _partner[close];
            if (open >= 0 && IsShortQualifier(open + 1, close))
            {
                return true; // 各县(市) / 区政府: a qualifier inside a name.
            }
        }
        else if (!UnitText.IsUnitEnding(last))
        {
            return true;
        }

        return _hasSeparators && !UnitText.IsUnitStarter(c);
    }

    /// <summary>Whether text[start..end) is a bracket qualifier of at most two characters, such as 市 or 居.</summary>
    private bool IsShortQualifier(int start, int end)
    {
        var length = 0;
        for (var i = start; i < end; i++)
        {
            if (!UnitText.IsSpace(_text[i]) && ++length > 2)
            {
                return false;
            }
        }

        return length > 0 && !UnitText.TryMatchRoleWord(_text.Substring(start, end - start).Trim(), out _);
    }

    private void Append(char c, int index)
    {
        if (UnitText.IsOpenBracket(c))
        {
            if (_partner[index] >= 0)
            {
                _depth++;
            }
            else
            {
                _itemHasUnclosedBracket = true;
            }
        }
        else if (UnitText.IsCloseBracket(c) && _partner[index] >= 0)
        {
            _depth--;
        }

        if (_itemLength == 0)
        {
            _itemStart = index;
            ReportEmptyRun();
        }

        AppendChar(c);
        _itemEnd = index + 1;
        _lastWasSeparator = false;
    }

    private void AppendChar(char c)
    {
        if (_itemLength == _item.Length)
        {
            Array.Resize(ref _item, _item.Length * 2);
        }

        _item[_itemLength++] = c;
    }

    private void EndItemAtSeparator(int index)
    {
        if (_itemLength == 0)
        {
            if (_emptyRunStart < 0)
            {
                _emptyRunStart = _lastSeparator >= 0 ? _lastSeparator : 0;
            }

            _emptyRunEnd = index + 1;
        }
        else
        {
            EndItem();
        }

        _lastSeparator = index;
        _lastWasSeparator = true;
    }

    private void EndItemAtEnd()
    {
        if (_itemLength > 0)
        {
            EndItem();
        }
        else if (_lastWasSeparator)
        {
            if (_emptyRunStart < 0)
            {
                _emptyRunStart = _lastSeparator;
            }

            _emptyRunEnd = _length;
        }

        ReportEmptyRun();
    }

    private void ReportEmptyRun()
    {
        if (_emptyRunStart < 0)
        {
            return;
        }

        _diagnostics.Add(Messages.EmptyAssignmentItem()
            with { Span = new TextSpan(_emptyRunStart, _emptyRunEnd - _emptyRunStart) });
        _emptyRunStart = -1;
        _emptyRunEnd = -1;
    }

    private void EndItem()
    {
        var item = new string(_item, 0, _itemLength);
        var span = new TextSpan(_itemStart, _itemEnd - _itemStart);
        var unclosed = _itemHasUnclosedBracket;
        _itemLength = 0;
        _itemHasUnclosedBracket = false;
        _depth = 0;
        ReadItem(item, span, unclosed);
    }

    /// <summary>Reads one item from its end: role words, a note, role words before the note, then 等.</summary>
    private void ReadItem(string item, TextSpan span, bool unclosed)
    {
        if (unclosed)
        {
            AddUnit(item, null, span);
            return;
        }

        var partner = UnitText.MatchBrackets(item, item.Length, out _);
        UnitRole? role = null;
        var end = StripRoleWords(item, item.Length, partner, ref role);

        string? note = null;
        if (end > 0 && UnitText.IsCloseBracket(item[end - 1]) && partner[end - 1] >= 0)
        {
            var open = partner[end - 1];
            var content = item.Substring(open + 1, end - open - 2);
            if (open == 0 || !UnitText.IsNamePart(content))
            {
                var bracketed = item.Substring(open, end - open);
                end = StripRoleWords(item, TrimEnd(item, open), partner, ref role);
                if (end == 0)
                {
                    AttachOrphanNote(bracketed, content, span); // A note with no name before it in this item.
                }
                else
                {
                    note = content;
                }
            }
        }

        if (end == 0)
        {
            if (role is not null)
            {
                if (_pending.Count == 0)
                {
                    _diagnostics.Add(Messages.RoleWordWithoutUnit(item.Trim())
                        with { Span = span, Subject = item.Trim() });
                }
                else
                {
                    Flush(role.Value);
                }
            }

            return;
        }

        var name = item.Substring(0, end);
        var deng = FindOpenEndedTail(name, partner);
        if (deng < 0)
        {
            AddUnit(name, note, span);
        }
        else
        {
            if (deng > 0)
            {
                AddHead(name.Substring(0, TrimEnd(name, deng)), partner, span);
            }

            AddUnit(name.Substring(deng), note, span);
        }

        if (role is not null)
        {
            Flush(role.Value);
        }
    }

    /// <summary>Strips role words, plain or bracketed, from the end of item[0..end); returns the new end.</summary>
    private int StripRoleWords(string item, int end, int[] partner, ref UnitRole? role)
    {
        while (end > 0)
        {
            if (UnitText.TryMatchRoleSuffix(item, end, out var word, out var found))
            {
                _roleWords.Add(word);
                role = UnitText.Stronger(role, found);
                end = TrimEnd(item, end - word.Length);
                continue;
            }

            if (UnitText.IsCloseBracket(item[end - 1]) && partner[end - 1] >= 0)
            {
                var open = partner[end - 1];
                var content = item.Substring(open + 1, end - open - 2).Trim();
                if (UnitText.TryMatchRoleWord(content, out found))
                {
                    _roleWords.Add(content);
                    role = UnitText.Stronger(role, found);
                    end = TrimEnd(item, open);
                    continue;
                }
            }

            break;
        }

        return end;
    }

    /// <summary>The index of the last 等 outside brackets when an open-ended noun follows it, or -1.</summary>
    private static int FindOpenEndedTail(string name, int[] partner)
    {
        for (var k = name.Length - 1; k >= 0; k--)
        {
            var c = name[k];
            if (UnitText.IsCloseBracket(c) && partner[k] >= 0)
            {
                return -1; // A bracket after 等 means this is not a plain "等有关部门" tail.
            }

            if (c == '等')
            {
                return UnitText.IsOpenEndedTail(name.Substring(k + 1)) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Adds the part before 等, taking a note off its end as for a whole item.</summary>
    private void AddHead(string head, int[] partner, TextSpan span)
    {
        var end = head.Length;
        if (UnitText.IsCloseBracket(head[end - 1]) && partner[end - 1] >= 0)
        {
            var open = partner[end - 1];
            var content = head.Substring(open + 1, end - open - 2);
            if (open == 0)
            {
                AttachOrphanNote(head, content, span);
                return;
            }

            if (!UnitText.IsNamePart(content))
            {
                AddUnit(head.Substring(0, TrimEnd(head, open)), content, span);
                return;
            }
        }

        AddUnit(head, null, span);
    }

    private void AttachOrphanNote(string bracketed, string content, TextSpan span)
    {
        var note = content.Trim();
        if (_pending.Count > 0 && note.Length > 0)
        {
            var last = _pending[_pending.Count - 1];
            last.Note = last.Note is null ? note : last.Note + "；" + note;
            return;
        }

        _diagnostics.Add(Messages.NoteWithoutUnit(bracketed) with { Span = span, Subject = bracketed });
    }

    private void AddUnit(string name, string? note, TextSpan span)
    {
        if (name.Length > AssignmentText.MaxUnitNameLength)
        {
            _diagnostics.Add(Messages.UnitNameTooLong(name, AssignmentText.MaxUnitNameLength)
                with { Span = span, Subject = name });
        }

        _pending.Add(new PendingUnit(name, note?.Trim()));
    }

    private void Flush(UnitRole role)
    {
        foreach (var unit in _pending)
        {
            _assignments.Add(new Assignment(Unit.FromName(unit.Name), role, unit.Note));
        }

        _pending.Clear();
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && UnitText.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private sealed class PendingUnit
    {
        public PendingUnit(string name, string? note)
        {
            Name = name;
            Note = note;
        }

        public string Name { get; }

        public string? Note { get; set; }
    }
}
