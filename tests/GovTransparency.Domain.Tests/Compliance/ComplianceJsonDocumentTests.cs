using FluentAssertions;
using GovTransparency.Domain.Compliance;
using Xunit;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// The whole JSON of <see cref="ComplianceSample"/>, written out by hand: every standing, status, timeliness and unit
/// kind by its JSON name, the default-due and silent flags (absent when false), a recurring task's occurrences, the
/// completion intervals, the listed tasks' units and the changes since the previous report.
/// </summary>
public class ComplianceJsonDocumentTests
{
    private const string Expected = """
        {
          "asOf": "2021-10-15",
          "plan": {
            "title": "某区2021年政务公开重点工作任务分工",
            "year": 2021
          },
          "latestReportOn": "2021-09-30",
          "settings": {
            "dueSoonDays": 30,
            "silenceDays": 31
          },
          "totals": {
            "tasks": 11,
            "completed": 4,
            "completedOnTime": 2,
            "completedLate": 1,
            "completedUndetermined": 1,
            "inProgress": 3,
            "notStarted": 1,
            "overdue": 3,
            "dueSoon": 1,
            "notYetDue": 1,
            "ongoing": 2,
            "noDueDate": 1,
            "unknown": 3,
            "unreported": 2,
            "silent": 1,
            "completionRate": 0.3636,
            "onTimeRate": 0.3333
          },
          "byLeadUnit": [
            {
              "unit": "区政府办公室",
              "kind": "specific",
              "totals": {
                "tasks": 6,
                "completed": 2,
                "completedOnTime": 2,
                "completedLate": 0,
                "completedUndetermined": 0,
                "inProgress": 2,
                "notStarted": 1,
                "overdue": 2,
                "dueSoon": 1,
                "notYetDue": 0,
                "ongoing": 1,
                "noDueDate": 1,
                "unknown": 1,
                "unreported": 1,
                "silent": 0,
                "completionRate": 0.3333,
                "onTimeRate": 0.5
              }
            },
            {
              "unit": "区财政局",
              "kind": "specific",
              "totals": {
                "tasks": 3,
                "completed": 2,
                "completedOnTime": 0,
                "completedLate": 1,
                "completedUndetermined": 1,
                "inProgress": 1,
                "notStarted": 0,
                "overdue": 1,
                "dueSoon": 0,
                "notYetDue": 0,
                "ongoing": 0,
                "noDueDate": 0,
                "unknown": 0,
                "unreported": 0,
                "silent": 0,
                "completionRate": 0.6667,
                "onTimeRate": 0
              }
            },
            {
              "unit": "区司法局",
              "kind": "specific",
              "totals": {
                "tasks": 2,
                "completed": 0,
                "completedOnTime": 0,
                "completedLate": 0,
                "completedUndetermined": 0,
                "inProgress": 0,
                "notStarted": 0,
                "overdue": 1,
                "dueSoon": 0,
                "notYetDue": 1,
                "ongoing": 0,
                "noDueDate": 0,
                "unknown": 2,
                "unreported": 1,
                "silent": 0,
                "completionRate": 0,
                "onTimeRate": 0
              }
            }
          ],
          "byResponsibleUnit": [
            {
              "unit": "各乡镇街",
              "kind": "collective",
              "totals": {
                "tasks": 3,
                "completed": 2,
                "completedOnTime": 2,
                "completedLate": 0,
                "completedUndetermined": 0,
                "inProgress": 0,
                "notStarted": 0,
                "overdue": 1,
                "dueSoon": 0,
                "notYetDue": 0,
                "ongoing": 1,
                "noDueDate": 0,
                "unknown": 1,
                "unreported": 1,
                "silent": 1,
                "completionRate": 0.6667,
                "onTimeRate": 0.6667
              }
            },
            {
              "unit": "区发改委",
              "kind": "specific",
              "totals": {
                "tasks": 3,
                "completed": 1,
                "completedOnTime": 0,
                "completedLate": 1,
                "completedUndetermined": 0,
                "inProgress": 1,
                "notStarted": 1,
                "overdue": 1,
                "dueSoon": 1,
                "notYetDue": 0,
                "ongoing": 0,
                "noDueDate": 0,
                "unknown": 0,
                "unreported": 0,
                "silent": 0,
                "completionRate": 0.3333,
                "onTimeRate": 0
              }
            },
            {
              "unit": "区直有关部门",
              "kind": "openEnded",
              "totals": {
                "tasks": 1,
                "completed": 0,
                "completedOnTime": 0,
                "completedLate": 0,
                "completedUndetermined": 0,
                "inProgress": 0,
                "notStarted": 0,
                "overdue": 1,
                "dueSoon": 0,
                "notYetDue": 0,
                "ongoing": 0,
                "noDueDate": 0,
                "unknown": 1,
                "unreported": 1,
                "silent": 0,
                "completionRate": 0,
                "onTimeRate": 0
              }
            }
          ],
          "byCooperatingUnit": [
            {
              "unit": "区融媒体中心",
              "kind": "specific",
              "totals": {
                "tasks": 1,
                "completed": 0,
                "completedOnTime": 0,
                "completedLate": 0,
                "completedUndetermined": 0,
                "inProgress": 1,
                "notStarted": 0,
                "overdue": 0,
                "dueSoon": 0,
                "notYetDue": 0,
                "ongoing": 1,
                "noDueDate": 0,
                "unknown": 0,
                "unreported": 0,
                "silent": 0,
                "completionRate": 0
              }
            }
          ],
          "bySection": [
            {
              "section": 1,
              "title": "推进重点领域信息公开",
              "totals": {
                "tasks": 6,
                "completed": 3,
                "completedOnTime": 1,
                "completedLate": 1,
                "completedUndetermined": 1,
                "inProgress": 1,
                "notStarted": 1,
                "overdue": 2,
                "dueSoon": 1,
                "notYetDue": 0,
                "ongoing": 0,
                "noDueDate": 0,
                "unknown": 1,
                "unreported": 1,
                "silent": 0,
                "completionRate": 0.5,
                "onTimeRate": 0.25
              }
            },
            {
              "section": 2,
              "title": "加强政务公开平台建设",
              "totals": {
                "tasks": 5,
                "completed": 1,
                "completedOnTime": 1,
                "completedLate": 0,
                "completedUndetermined": 0,
                "inProgress": 2,
                "notStarted": 0,
                "overdue": 1,
                "dueSoon": 0,
                "notYetDue": 1,
                "ongoing": 2,
                "noDueDate": 1,
                "unknown": 2,
                "unreported": 1,
                "silent": 1,
                "completionRate": 0.2,
                "onTimeRate": 0.5
              }
            }
          ],
          "overdue": [
            {
              "task": "11",
              "requirement": "按季度发布政府信息公开统计数据",
              "due": "2021-03-31",
              "daysOverdue": 198,
              "leadUnits": [
                "区政府办公室"
              ],
              "responsibleUnits": [
                "各乡镇街"
              ]
            },
            {
              "task": "5",
              "requirement": "公开重大建设项目批准和实施信息",
              "due": "2021-06-30",
              "daysOverdue": 107,
              "leadUnits": [
                "区财政局"
              ],
              "responsibleUnits": [
                "区发改委"
              ]
            },
            {
              "task": "6",
              "requirement": "完善政府信息公开指南",
              "due": "2021-09-30",
              "daysOverdue": 15,
              "leadUnits": [
                "区政府办公室",
                "区司法局"
              ],
              "responsibleUnits": [
                "区直有关部门"
              ]
            }
          ],
          "dueSoon": [
            {
              "task": "4",
              "requirement": "更新政策文件库",
              "due": "2021-10-31",
              "daysUntilDue": 16,
              "leadUnits": [
                "区政府办公室"
              ],
              "responsibleUnits": [
                "区发改委"
              ]
            }
          ],
          "silent": [
            {
              "task": "8",
              "requirement": "维护政务新媒体",
              "leadUnits": [],
              "responsibleUnits": [
                "各乡镇街"
              ]
            }
          ],
          "changes": {
            "since": "2021-08-31",
            "asOf": "2021-10-15",
            "becameCompleted": [
              "1",
              "2"
            ],
            "slippedToOverdue": [
              "6"
            ]
          },
          "tasks": [
            {
              "task": "1",
              "section": 1,
              "status": "completed",
              "standing": "completedOnTime",
              "due": "2021-10-31",
              "completed": {
                "earliest": "2021-09-01",
                "latest": "2021-09-30"
              },
              "timeliness": "onTime",
              "reportedOn": "2021-09-30",
              "progress": "已完成"
            },
            {
              "task": "2",
              "section": 1,
              "status": "completed",
              "standing": "completedLate",
              "due": "2021-06-30",
              "daysLate": 63,
              "completed": {
                "earliest": "2021-09-01",
                "latest": "2021-09-30"
              },
              "timeliness": "late",
              "reportedOn": "2021-09-30",
              "progress": "已完成"
            },
            {
              "task": "3",
              "section": 1,
              "status": "completed",
              "standing": "completedUndetermined",
              "due": "2021-06-30",
              "completed": {
                "earliest": "2021-01-01",
                "latest": "2021-08-31"
              },
              "timeliness": "undetermined",
              "reportedOn": "2021-09-30",
              "progress": "已完成"
            },
            {
              "task": "4",
              "section": 1,
              "status": "notStarted",
              "standing": "dueSoon",
              "due": "2021-10-31",
              "daysUntilDue": 16,
              "reportedOn": "2021-09-30",
              "progress": "暂未开展"
            },
            {
              "task": "5",
              "section": 1,
              "status": "inProgress",
              "standing": "overdue",
              "due": "2021-06-30",
              "daysOverdue": 107,
              "reportedOn": "2021-09-30",
              "progress": "正在进行"
            },
            {
              "task": "6",
              "section": 1,
              "status": "unknown",
              "standing": "overdue",
              "due": "2021-09-30",
              "daysOverdue": 15
            },
            {
              "task": "7",
              "section": 2,
              "status": "inProgress",
              "standing": "ongoing",
              "reportedOn": "2021-09-30",
              "progress": "正在进行"
            },
            {
              "task": "8",
              "section": 2,
              "status": "unknown",
              "standing": "ongoing",
              "silent": true
            },
            {
              "task": "9",
              "section": 2,
              "status": "unknown",
              "standing": "notYetDue",
              "due": "2021-12-31",
              "defaultDue": true,
              "daysUntilDue": 77,
              "reportedOn": "2021-09-30",
              "progress": "见附件"
            },
            {
              "task": "10",
              "section": 2,
              "status": "inProgress",
              "standing": "noDueDate",
              "reportedOn": "2021-09-30",
              "progress": "正在进行"
            },
            {
              "task": "11",
              "section": 2,
              "status": "completed",
              "standing": "overdue",
              "due": "2021-03-31",
              "daysOverdue": 198,
              "completed": {
                "earliest": "2021-01-01",
                "latest": "2021-08-31"
              },
              "timeliness": "onTime",
              "reportedOn": "2021-09-30",
              "progress": "已完成",
              "occurrences": [
                {
                  "periodStart": "2021-01-01",
                  "periodEnd": "2021-03-31",
                  "due": "2021-03-31",
                  "standing": "overdue",
                  "daysOverdue": 198
                },
                {
                  "periodStart": "2021-04-01",
                  "periodEnd": "2021-06-30",
                  "due": "2021-06-30",
                  "standing": "overdue",
                  "daysOverdue": 107
                },
                {
                  "periodStart": "2021-07-01",
                  "periodEnd": "2021-09-30",
                  "due": "2021-09-30",
                  "standing": "completedOnTime",
                  "completed": {
                    "earliest": "2021-07-01",
                    "latest": "2021-08-31"
                  }
                },
                {
                  "periodStart": "2021-10-01",
                  "periodEnd": "2021-12-31",
                  "due": "2021-12-31",
                  "standing": "notYetDue",
                  "daysUntilDue": 77
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void The_indented_JSON_of_the_sample_is_the_whole_document_written_out()
    {
        // Line ends are normalised: the indented writer ends lines with the platform's new line.
        ComplianceRenderer.ToJson(ComplianceSample.Summary()).Replace("\r\n", "\n").Should().Be(Expected);
    }

    [Fact]
    public void The_compact_JSON_of_the_sample_is_the_same_document_without_white_space_outside_strings()
    {
        var compact = ComplianceRenderer.ToJson(ComplianceSample.Summary(), indented: false);

        compact.Should().Be(Minify(Expected));
    }

    /// <summary>Removes the indentation and line breaks of the expected text (no string in it holds a space or a new line).</summary>
    private static string Minify(string json) => json.Replace("\n", string.Empty).Replace("  ", string.Empty).Replace("\": ", "\":");
}
