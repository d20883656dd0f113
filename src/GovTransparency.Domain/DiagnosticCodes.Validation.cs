namespace GovTransparency.Domain;

/// <summary>
/// Codes GT1001–GT1999: what validation (<see cref="Validation.PlanValidator"/>) finds wrong in a plan and its
/// progress reports. GT10xx numbering, GT11xx content and units, GT12xx deadlines, GT13xx document metadata,
/// GT14xx progress reports.
/// </summary>
public static partial class DiagnosticCodes
{
    // ---- GT10xx: numbering of sections, subsections and tasks ----

    /// <summary>
    /// GT1001 (error): a section's ordinal is not the one after the previous section's (sections run 一、二、三、…
    /// from 一): a gap (一、三、), a step back, or a first section other than 一.
    /// </summary>
    public const string SectionNumberOutOfSequence = "GT1001";

    /// <summary>
    /// GT1002 (error): a subsection's ordinal is not the one after the previous subsection's in its section
    /// (subsections run (一)(二)(三)… from (一) in each section).
    /// </summary>
    public const string SubsectionNumberOutOfSequence = "GT1002";

    /// <summary>
    /// GT1003 (error): a task number is not the one after the previous task's under the plan's numbering scheme
    /// (see <see cref="Validation.TaskNumberingScheme"/>): a gap (5 after 3), a step back, or a first task other than 1.
    /// </summary>
    public const string TaskNumberOutOfSequence = "GT1003";

    /// <summary>
    /// GT1004 (error): a task number is used a second time where numbers must be unique (the whole plan, or the
    /// section when numbering restarts per section).
    /// </summary>
    public const string TaskNumberRepeated = "GT1004";

    /// <summary>
    /// GT1005 (error): the same ordinal is used twice with different titles: two sections 二、, or two subsections
    /// (二) in one section, each with its own title (seed 000 has (二)持续加强重大政策发布解读 and
    /// (二)不断提升政策解读质量效果 in section 二).
    /// </summary>
    public const string OrdinalRepeatedWithDifferentTitle = "GT1005";

    /// <summary>
    /// GT1006 (warning): a heading is repeated: the same ordinal with the same title twice in its scope, most
    /// likely one section or subsection split in two (headers repeated at page breaks).
    /// </summary>
    public const string HeadingRepeated = "GT1006";

    /// <summary>
    /// GT1007 (warning): two different ordinals carry the same title: two sections, two subsections of one section
    /// (seed 000: (三) and (四) of section 一 are both 做好财政信息公开), or two titled tasks where numbers are unique.
    /// </summary>
    public const string TitleRepeated = "GT1007";

    /// <summary>
    /// GT1008 (info): how the plan numbers its tasks, as detected: through the whole plan (1, 2, … 52) or restarting
    /// at 1 in each section. Numbering findings (GT1003, GT1004) are judged against this scheme.
    /// </summary>
    public const string TaskNumberingDetected = "GT1008";

    // ---- GT11xx: content and units ----

    /// <summary>
    /// GT1101 (error; warning when the task has a title): the task's requirement text (工作要求) is empty.
    /// </summary>
    public const string RequirementEmpty = "GT1101";

    /// <summary>
    /// GT1102 (warning): the task names no lead unit (牵头) and no responsible unit (负责 / 责任单位): nobody answers
    /// for it.
    /// </summary>
    public const string TaskUnassigned = "GT1102";

    /// <summary>
    /// GT1103 (warning): one unit is named both lead (牵头) and responsible (负责) on one task, directly or through
    /// an alias in the unit directory.
    /// </summary>
    public const string UnitBothLeadAndResponsible = "GT1103";

    /// <summary>
    /// GT1104 (warning): two unit names in one plan differ but probably mean the same body: both name one specific
    /// body, start with the same administrative level (区, 县, 市 …), end with the same character, and the shorter
    /// is the longer with characters left out (县开发区管委会 / 县经济开发区管委会; 县市监局 / 县市场监管局).
    /// </summary>
    public const string UnitNamesSimilar = "GT1104";

    /// <summary>
    /// GT1105 (warning): the plan names one body in two ways that the unit directory knows as aliases of one
    /// canonical name (县市监局 and 县市场监管局).
    /// </summary>
    public const string UnitNamesAreAliases = "GT1105";

    /// <summary>
    /// GT1106 (info): a lead unit (牵头) is a collective (区政府各部门) or an open-ended set (等有关部门) rather than
    /// one body that can answer for the task.
    /// </summary>
    public const string LeadUnitNotSpecific = "GT1106";

    /// <summary>GT1107 (warning): a section or subsection holds no task.</summary>
    public const string HeadingWithoutTasks = "GT1107";

    /// <summary>GT1108 (warning): a section or subsection has an empty title.</summary>
    public const string HeadingTitleEmpty = "GT1108";

    // ---- GT12xx: deadlines ----

    /// <summary>
    /// GT1201 (warning): the time limit (时限要求) could not be understood; it is kept verbatim and the finding's
    /// subject quotes it.
    /// </summary>
    public const string DeadlineUnrecognized = "GT1201";

    /// <summary>
    /// GT1202 (warning): the due date is before the plan's issue date: the task was already late when the plan was
    /// issued (for milestones, the last step's date). Not reported where GT1203 reports a year before the plan year,
    /// nor in a plan issued after its year (GT1302), where every date is past.
    /// </summary>
    public const string DeadlineBeforeIssue = "GT1202";

    /// <summary>
    /// GT1203 (info; warning when the year is earlier than the plan year): the time limit writes out a year other
    /// than the plan year, as 2011年底前 in a 2020 plan.
    /// </summary>
    public const string DeadlineYearDiffers = "GT1203";

    /// <summary>GT1204 (error): a milestone falls due before the milestone written before it.</summary>
    public const string MilestonesOutOfOrder = "GT1204";

    /// <summary>
    /// GT1205 (warning): a deadline written inside the requirement text (2020年9月底前…) falls before the due date
    /// of the time-limit column, and is not one of the column's own milestones.
    /// </summary>
    public const string RequirementDeadlineEarlier = "GT1205";

    /// <summary>
    /// GT1206 (info): a relative time limit (印发后一个月内, 自收到…之日起3个工作日内) counts from an event whose date
    /// the plan does not give (the plan's issue date is unknown, or the event is not the plan's issue), so no due
    /// date can be computed from the plan alone.
    /// </summary>
    public const string RelativeEventUnknown = "GT1206";

    /// <summary>GT1207 (info): the task has no time limit; the plan's default, the end of the plan year, applies.</summary>
    public const string DeadlineUnspecified = "GT1207";

    // ---- GT13xx: document metadata ----

    /// <summary>
    /// GT1301 (warning; info when it is the year of the issue date): the year of the document number (发文字号) is
    /// not the plan year, as 〔2020〕 on a 2021 plan.
    /// </summary>
    public const string DocumentNumberYearDiffers = "GT1301";

    /// <summary>GT1302 (warning): the plan was issued (印发) after the end of its own year.</summary>
    public const string IssuedAfterPlanYear = "GT1302";

    /// <summary>GT1303 (error): the publication date (发布日期) is before the date the document was written (成文日期).</summary>
    public const string PublishedBeforeWritten = "GT1303";

    /// <summary>GT1304 (error): the issue date (印发日期) is before the date the document was written (成文日期).</summary>
    public const string IssuedBeforeWritten = "GT1304";

    // ---- GT14xx: progress reports ----

    /// <summary>GT1401 (error): a progress entry is for a task number the plan does not have.</summary>
    public const string ProgressTaskUnknown = "GT1401";

    /// <summary>
    /// GT1402 (warning; error when the two entries disagree): one report has two entries for one task.
    /// </summary>
    public const string ProgressTaskRepeated = "GT1402";

    /// <summary>GT1403 (warning): a report is dated outside the plan year and the year after it.</summary>
    public const string ProgressReportDateOutsidePlan = "GT1403";

    /// <summary>
    /// GT1404 (warning): a task reported completed in an earlier report (by as-of date) is reported as not
    /// completed (in progress or not started) in a later one.
    /// </summary>
    public const string ProgressCompletionReversed = "GT1404";

    /// <summary>GT1405 (info): a progress entry's status could not be understood from its text; it is unknown.</summary>
    public const string ProgressStatusUnknown = "GT1405";

    /// <summary>GT1406 (warning): the report names a plan document number other than the plan's.</summary>
    public const string ProgressReportForOtherPlan = "GT1406";
}
