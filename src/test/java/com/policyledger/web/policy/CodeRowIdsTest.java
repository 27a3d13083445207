package com.policyledger.web.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeRowIdsTest {

    @Test
    void aCodeListedOnceKeepsItsBareIdAndACodeListedInSeveralScopesGetsOneIdPerScope() {
        CodeRowIds ids = new CodeRowIds(List.of("0552T", "0263T", "0263T", "0264T"));

        assertThat(ids.of("0552T", List.of())).isEqualTo("0552T");
        assertThat(ids.of("0264T", List.of("COMMERCIAL"))).isEqualTo("0264T");
        assertThat(ids.of("0263T", List.of("COMMERCIAL"))).isEqualTo("0263T-COMMERCIAL");
        assertThat(ids.of("0263T", List.of())).isEqualTo("0263T-ALL");
    }
}
