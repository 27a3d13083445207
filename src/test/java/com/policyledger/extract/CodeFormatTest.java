package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeFormatTest {
    @Test
    void categoryOneIsFiveDigitsAndCategoriesTwoThreeAndPlaAreFourDigitsAndALetter() {
        assertThat(CodeFormat.systemOf("38241")).contains(CodeSystem.CPT);
        assertThat(CodeFormat.systemOf("3074F")).contains(CodeSystem.CPT);
        assertThat(CodeFormat.systemOf("0489T")).contains(CodeSystem.CPT);
        assertThat(CodeFormat.systemOf("0165U")).contains(CodeSystem.CPT);
        assertThat(CodeFormat.systemOf("0011M")).as("a multianalyte assay (MAAA)").contains(CodeSystem.CPT);
        assertThat(CodeFormat.systemOf("0011X")).isEmpty();
        assertThat(CodeFormat.systemOf("1000M")).as("an amount").isEmpty();
    }

    @Test
    void hcpcsLevelTwoIsALetterAndFourDigits() {
        assertThat(CodeFormat.systemOf("S2150")).contains(CodeSystem.HCPCS);
        assertThat(CodeFormat.systemOf("J7321")).contains(CodeSystem.HCPCS);
    }

    @Test
    void icd10cmHasLetterDigitAlphanumericAndOptionalDottedTail() {
        assertThat(CodeFormat.systemOf("M17.11")).contains(CodeSystem.ICD10CM);
        assertThat(CodeFormat.systemOf("C7A.010")).contains(CodeSystem.ICD10CM);
        assertThat(CodeFormat.systemOf("F64", true)).contains(CodeSystem.ICD10CM);
        assertThat(CodeFormat.systemOf("B12", false)).isEmpty();
    }

    @Test
    void revenueCodesAndMangledCitationsAreNotCodes() {
        assertThat(CodeFormat.isCode("0360")).isFalse();
        assertThat(CodeFormat.isCode("0552T.1")).isFalse();
        assertThat(CodeFormat.isCode("F.64.0")).isFalse();
    }
}
