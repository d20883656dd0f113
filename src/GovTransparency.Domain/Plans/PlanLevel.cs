namespace GovTransparency.Domain.Plans;

/// <summary>The administrative level of the body that issues a plan.</summary>
public enum PlanLevel
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>国家: the State Council and its General Office (国办).</summary>
    National = 1,

    /// <summary>省级: a province, autonomous region or municipality directly under the central government.</summary>
    Provincial = 2,

    /// <summary>市级: a prefecture-level city (地级市), such as 福州市 or 六安市.</summary>
    Municipal = 3,

    /// <summary>县级: a county, county-level city or urban district, such as 泗县 or 叶集区.</summary>
    County = 4,

    /// <summary>乡级: a township, town or sub-district (乡镇街).</summary>
    Township = 5,

    /// <summary>部门: a government department's own plan.</summary>
    Department = 6,
}
