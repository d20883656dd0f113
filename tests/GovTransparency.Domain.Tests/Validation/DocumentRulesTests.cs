using FluentAssertions;
using FluentValidation;
using FluentValidation.TestHelper;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>GT13xx: the document number, and the dates the plan was written, issued and published.</summary>
public sealed class DocumentRulesTests
{
    private static readonly WorkPlanValidator Validator = new();

    [Fact]
    public void The_seeds_metadata_passes()
    {
        // 泗政办秘〔2020〕49号 issued 2020-09-27; 榕政办〔2021〕53号 written 2021-06-04, published 2021-06-09.
        Validator.TestValidate(SeedExcerpts.Sixian2020()).Others().Should().BeEmpty();
        Validator.TestValidate(SeedExcerpts.Fuzhou2021()).Others().Should().NotContain(f => f.ErrorCode.StartsWith("GT13"));
    }

    [Fact]
    public void A_document_number_of_another_year_is_a_warning()
    {
        var result = Validator.TestValidate(Clean() with { DocumentNumber = new DocumentNumber("某政办", 2020, 12) });

        result.ShouldHaveValidationErrorFor(p => p.DocumentNumber)
            .WithErrorCode(DiagnosticCodes.DocumentNumberYearDiffers).WithSeverity(Severity.Warning)
            .WithErrorMessage("The year 2020 of the document number 某政办〔2020〕12号 is not the plan year 2021.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void A_document_number_of_the_year_the_plan_was_issued_in_is_worth_knowing()
    {
        var plan = Clean() with { DocumentNumber = new DocumentNumber("某政办", 2020, 98), IssuedOn = new LocalDate(2020, 12, 28) };

        Validator.TestValidate(plan).ShouldHaveValidationErrorFor(p => p.DocumentNumber)
            .WithErrorCode(DiagnosticCodes.DocumentNumberYearDiffers).WithSeverity(Severity.Info)
            .WithErrorMessage("The year 2020 of the document number 某政办〔2020〕98号 is not the plan year 2021 (it is the year the plan was issued).");
    }

    [Fact]
    public void A_document_number_of_the_plan_year_passes()
    {
        Validator.TestValidate(Clean() with { DocumentNumber = new DocumentNumber("某政办", 2021, 12) }).ShouldNotHaveValidationErrorFor(p => p.DocumentNumber);
    }

    [Fact]
    public void A_plan_issued_after_its_year_is_a_warning()
    {
        var result = Validator.TestValidate(Clean() with { IssuedOn = new LocalDate(2022, 1, 5) });

        result.ShouldHaveValidationErrorFor(p => p.IssuedOn)
            .WithErrorCode(DiagnosticCodes.IssuedAfterPlanYear).WithSeverity(Severity.Warning)
            .WithErrorMessage("The issue date 2022-01-05 is after the end of the plan year 2021.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void A_plan_issued_on_the_last_day_of_its_year_passes()
    {
        var plan = Clean() with { IssuedOn = new LocalDate(2021, 12, 31) };

        Validator.TestValidate(plan).ShouldNotHaveValidationErrorFor(p => p.IssuedOn);
    }

    [Fact]
    public void Publication_before_writing_is_an_error()
    {
        var result = Validator.TestValidate(Clean() with { WrittenOn = new LocalDate(2021, 6, 4), PublishedOn = new LocalDate(2021, 6, 1), IssuedOn = null });

        result.ShouldHaveValidationErrorFor(p => p.PublishedOn)
            .WithErrorCode(DiagnosticCodes.PublishedBeforeWritten).WithSeverity(Severity.Error)
            .WithErrorMessage("The publication date 2021-06-01 is before the date the document was written, 2021-06-04.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Issue_before_writing_is_an_error()
    {
        var result = Validator.TestValidate(Clean() with { WrittenOn = new LocalDate(2021, 4, 26) });

        result.ShouldHaveValidationErrorFor(p => p.IssuedOn)
            .WithErrorCode(DiagnosticCodes.IssuedBeforeWritten).WithSeverity(Severity.Error)
            .WithErrorMessage("The issue date 2021-04-25 is before the date the document was written, 2021-04-26.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Written_issued_and_published_on_one_day_passes()
    {
        var day = new LocalDate(2021, 4, 25);

        Validator.TestValidate(Clean() with { WrittenOn = day, IssuedOn = day, PublishedOn = day }).Others().Should().BeEmpty();
    }
}
