using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Tests.TestSupport;

/// <summary>
/// The opening tasks of the seed plans, built by hand from the documents (tests/Fixtures/seeds), for golden files
/// and examples. Full plans come from the importer.
/// </summary>
public static class SeedExcerpts
{
    /// <summary>Seed 002, 泗县 2020: section 一, subsections (一) and (二), tasks 1–4.</summary>
    public static WorkPlan Sixian2020() => new WorkPlanBuilder("2020年政务公开重点工作任务分工", 2020)
        .IssuedBy("泗县人民政府办公室")
        .WithDocumentNumber(new DocumentNumber("泗政办秘", 2020, 49))
        .AtLevel(PlanLevel.County)
        .IssuedOn(new LocalDate(2020, 9, 27))
        .AddSection("围绕贯彻落实党的十九届四中全会精神加强用权公开", s => s
            .AddSubsection("加强权力配置信息公开。", u => u
                .AddTask("对照法律法规规章，全面梳理本机关依法行使的行政权力和依法承担的公共服务职责，更新完善权责清单并按要求公开。", t => Sixian(t)
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.Of(2020)), "2020年\n底前"))
                .AddTask("各行政机关依法公开工作职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息。", t => Sixian(t)
                    .Deadline(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 10), "2020年\n10月\n底前"))
                .AddTask("各级政府信息公开工作机构组织编写本单位行政机关机构职能目录并向社会公开，全面展现政府机构权力配置情况。", t => Sixian(t)
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.Of(2020)), "2020年\n底前")))
            .AddSubsection("加强权力运行过程信息公开。", u => u
                .AddTask("深入贯彻落实《重大行政决策程序暂行条例》，抓紧构建和完善重大行政决策预公开机制……充分听取公众意见。", t => Sixian(t)
                    .Deadline(new DeadlineRule.Continuous(), "持续推进"))))
        .Build();

    /// <summary>Seed 004, 福州市 2021: section 一, subsections (一) and (二), tasks 1–6, with titles and separate lead/responsible columns.</summary>
    public static WorkPlan Fuzhou2021() => new WorkPlanBuilder("2021年全市政务公开工作主要任务分解表", 2021)
        .IssuedBy("福州市人民政府办公厅")
        .WithDocumentNumber(new DocumentNumber("榕政办", 2021, 53))
        .AtLevel(PlanLevel.Municipal)
        .WrittenOn(new LocalDate(2021, 6, 4))
        .PublishedOn(new LocalDate(2021, 6, 9))
        .Implementing(new DocumentNumber("国办发", 2021, 12), "国务院办公厅关于印发2021年政务公开工作要点的通知")
        .Implementing(new DocumentNumber("闽政办函", 2021, 34), "福建省人民政府办公厅关于印发2021年全省政务公开工作主要任务分解表的通知")
        .AddSection("紧扣“十四五”开好局起好步深化政务公开", s => s
            .AddSubsection("做好各类规划主动公开", u => u
                .AddTask("通过市、县(市)区政府门户网站设立专题，并在政府信息公开专栏集中展示。", t => t
                    .Title("主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。")
                    .Responsible("市直各有关单位").Responsible("各县(市)区政府").Responsible("高新区管委会"))
                .AddTask("通过本级政府门户网站政府信息公开专栏集中发布。", t => t
                    .Title("归集整理和主动公开历史规划(计划)。")
                    .Responsible("各县(市)区政府").Responsible("高新区管委会"))
                .AddTask("市政府网站设立规划专题，并以适当方式归集整理县级政府网站主动公开的规划。", t => t
                    .Title("做好规划信息数据互联互通。")
                    .Assign(new Assignment(new Unit("市大数据委"), UnitRole.Lead, "负责专题建设"))
                    .Responsible("各县(市)区政府").Responsible("高新区管委会")))
            .AddSubsection("做好市场规则标准和监管执法信息公开", u => u
                .AddTask("全面落实“全国一张清单”管理模式，密切跟踪全国统一的市场准入负面清单动态调整情况，及时做好宣传。", t => t
                    .Title("加强市场规则标准公开。")
                    .Lead("市发改委", "市商务局")
                    .Responsible("市直各有关单位").Responsible("各县(市)区政府").Responsible("高新区管委会"))))
        .Build();

    /// <summary>Seed 000, 叶集区 2021: section 一, subsections (一)–(三), tasks 1–7.</summary>
    public static WorkPlan Yeji2021() => new WorkPlanBuilder("六安市叶集区2021年政务公开重点工作任务分工", 2021)
        .IssuedBy("叶集区政府办")
        .AtLevel(PlanLevel.County)
        .PublishedOn(new LocalDate(2021, 10, 1))
        .AddSection("进一步强化重点领域信息公开", s => s
            .AddSubsection("做好各类规划主动公开。", u => u
                .AddTask("区政府要主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等……各乡镇街负责涉及本地规划的具体公开。", t => t
                    .Lead("区政府办公室", "区发改委", "市自然资源和规划局叶集分局")
                    .Responsible("区政府各部门").Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))
                .AddTask("区政府网站建立专题，集中发布区级各类规划……更好引导全社会关心支持规划实施工作。", t => t
                    .Lead("区政府办公室")
                    .Responsible("区政府各部门").Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前")))
            .AddSubsection("做好市场规则标准和监管执法信息公开。", u => u
                .AddTask("主动公开全国统一的市场准入负面清单并根据调整情况及时更新。", t => t
                    .Lead("区发改委").Responsible("区市场监管局")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))
                .AddTask("依托政府网站、政务新媒体开设专题，及时公开建设高标准市场体系行动方案的落实举措，加快建设高效规范、公平竞争的国内统一市场。", t => t
                    .Lead("区融媒体中心")
                    .Responsible("区政府有关部门").Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))
                .AddTask("加强反垄断与反不正当竞争执法信息公开工作……有效维护人民群众利益。", t => t
                    .Lead("区市场监管局")
                    .Responsible("区政府有关部门").Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前")))
            .AddSubsection("做好财政信息公开。", u => u
                .AddTask("推进部门所属单位预算、决算及相关报表公开。", t => t
                    .Lead("区财政局")
                    .Responsible("区政府各部门").Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))
                .AddTask("持续深化地方政府债务信息公开，通过集中统一平台定期公开地方政府债务限额、余额、发行、利率等信息。", t => t
                    .Lead("区财政局")
                    .Responsible("区政府各部门").Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))))
        .Build();

    private static WorkTaskBuilder Sixian(WorkTaskBuilder task) => task.Responsible("县政府各部门", "各乡镇人民政府", "县经济开发区管委会");
}
