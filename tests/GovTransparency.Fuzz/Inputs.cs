using System;
using System.Collections.Generic;
using System.Text;

namespace GovTransparency.Fuzz;

/// <summary>
/// Makes fuzz inputs: random strings weighted toward what Chinese plan documents contain (CJK, digits of three
/// kinds, the brackets 「」（）〔〕《》, the separators 、，；, white space) plus control characters and lone
/// surrogates; and mutations of seed texts (character flips, deletions, duplications, insertions, splices of two
/// seeds, truncations).
/// </summary>
public sealed class Inputs
{
    private static readonly string Cjk =
        "年月日底前内起之个工作日周季度半上中下旬每各区县市镇乡街道政府办公室部门单位牵头负责配合有关等持续长期推进完成已未开展情况进展" +
        "一二三四五六七八九十百千万〇零两第号发政办函国务院关于印发通知要点任务分工责任时限要求公开信息平台专栏";

    private static readonly string Digits = "0123456789０１２３４５６７８９";

    private static readonly string Punctuation = "「」（）〔〕《》【】()[]{}<>“”‘’\"'、，；：。．.,;:!?！？-—～~/\\|…·%％";

    private static readonly string Spaces = " \t\n\r\u3000\u00A0\u2028\u200B\uFEFF";

    private static readonly string Ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_+=*&^$#@";

    private static readonly string[] Tokens =
    {
        "年底前", "月底前", "6月底前", "2021年", "二〇二一年", "每季度", "每月", "每年", "上半年", "第一季度", "持续推进", "长期坚持",
        "自收到之日起", "个工作日内", "印发后", "10日内", "三个月内", "〔2021〕", "国办发〔2021〕12号", "榕政办〔2021〕53号", "（一）",
        "一、", "1.", "（1）", "第一条", "牵头单位：", "责任单位：", "区财政局", "县政府各部门", "等有关部门", "、", "，", "；", "\n", "\t",
        "已完成", "正在推进", "未开展", "完成率100%", "发布图表图解11篇", "工作任务", "具体要求", "责任单位", "时限要求", "进展情况",
        "year 2021", "holiday", "workday", "2021-10-01..2021-10-07", "source ", "{", "}", "[", "]", ":", "\"", "null", "true", "-1",
        "99999999999999999999", "\"kind\"", "\"fixed\"", "\"byDate\"", "\"sections\"", "\"tasks\"", "\"deadline\"", "\"2021-02-29\"",
    };

    private readonly Random _random;

    public Inputs(Random random) => _random = random;

    /// <summary>A random string of 0 to <paramref name="maxLength"/> characters.</summary>
    public string RandomText(int maxLength)
    {
        var length = Skewed(maxLength);
        var builder = new StringBuilder(length + 16);
        while (builder.Length < length)
        {
            AppendRandomPiece(builder);
        }

        return builder.ToString();
    }

    /// <summary>A mutation of one seed, sometimes spliced with another.</summary>
    public string Mutate(IReadOnlyList<string> seeds)
    {
        var text = seeds[_random.Next(seeds.Count)];
        if (_random.Next(6) == 0)
        {
            var other = seeds[_random.Next(seeds.Count)];
            text = text.Substring(0, _random.Next(text.Length + 1)) + other.Substring(_random.Next(other.Length + 1));
        }

        var builder = new StringBuilder(text);
        var mutations = 1 + Skewed(8);
        for (var i = 0; i < mutations; i++)
        {
            MutateOnce(builder);
        }

        return builder.ToString();
    }

    /// <summary>A mutation of one seed's bytes: byte flips, deletions, duplications, insertions, truncation.</summary>
    public byte[] MutateBytes(IReadOnlyList<byte[]> seeds)
    {
        var bytes = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var mutations = 1 + Skewed(8);
        for (var i = 0; i < mutations; i++)
        {
            var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + Skewed(16)));
                    break;
                case 3 when bytes.Count > 0:
                    var count = Math.Min(bytes.Count - at, 1 + Skewed(64));
                    bytes.InsertRange(at, bytes.GetRange(at, count));
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                default:
                    if (bytes.Count > 0 && _random.Next(4) == 0)
                    {
                        bytes.RemoveRange(at, bytes.Count - at);
                    }
                    else
                    {
                        bytes.Insert(at, (byte)_random.Next(256));
                    }

                    break;
            }
        }

        return bytes.ToArray();
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    private void MutateOnce(StringBuilder builder)
    {
        var at = builder.Length == 0 ? 0 : _random.Next(builder.Length);
        switch (_random.Next(9))
        {
            case 0 when builder.Length > 0:
                builder[at] = RandomChar();
                break;
            case 1 when builder.Length > 0:
                builder[at] = (char)(builder[at] ^ (1 << _random.Next(16)));
                break;
            case 2 when builder.Length > 0:
                builder.Remove(at, Math.Min(builder.Length - at, 1 + Skewed(32)));
                break;
            case 3 when builder.Length > 0:
                var count = Math.Min(builder.Length - at, 1 + Skewed(200));
                builder.Insert(at, builder.ToString(at, count));
                break;
            case 4:
                builder.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 5:
                var piece = new StringBuilder();
                AppendRandomPiece(piece);
                builder.Insert(at, piece.ToString());
                break;
            case 6 when builder.Length > 0:
                builder.Length = at;
                break;
            case 7 when builder.Length > 0:
                builder.Remove(0, at);
                break;
            default:
                builder.Insert(at, Spaces[_random.Next(Spaces.Length)]);
                break;
        }
    }

    private void AppendRandomPiece(StringBuilder builder)
    {
        if (_random.Next(5) == 0)
        {
            builder.Append(Tokens[_random.Next(Tokens.Length)]);
        }
        else
        {
            builder.Append(RandomChar());
        }
    }

    private char RandomChar()
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 35 => Cjk[_random.Next(Cjk.Length)],
            < 45 => (char)_random.Next(0x4E00, 0x9FA6),
            < 60 => Digits[_random.Next(Digits.Length)],
            < 75 => Punctuation[_random.Next(Punctuation.Length)],
            < 85 => Spaces[_random.Next(Spaces.Length)],
            < 90 => Ascii[_random.Next(Ascii.Length)],
            < 94 => (char)_random.Next(0, 32),
            < 97 => (char)_random.Next(0xD800, 0xE000),
            _ => (char)_random.Next(0, 0x10000),
        };
    }

    /// <summary>A length in 0..max, most often short: half of the values are below max / 8.</summary>
    private int Skewed(int max)
    {
        if (max <= 0)
        {
            return 0;
        }

        var r = _random.NextDouble();
        return Math.Min(max, (int)(r * r * r * (max + 1)));
    }
}
