package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayerExtractorTest {
    private final PayerExtractor payers = new PayerExtractor(PayerDirectory.load());
    private final List<Flag> flags = new ArrayList<>();

    @Test
    void aPayerNamedOnlyInBoilerplateIsFoundButFlagged() {
        Located<String> p = payers.extract(Texts.of("POLICY STATEMENT\nNot covered.\n\nBCBSRI reserves the right to review this policy. "
                + "Blue Cross & Blue Shield of Rhode Island is an independent licensee of the Blue Cross and Blue Shield Association."), flags);
        assertThat(p.value()).isEqualTo("Blue Cross & Blue Shield of Rhode Island");
        assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.LOW_CONFIDENCE);
    }

    @Test
    void aSubsidiaryBeatsItsParentsCopyright() {
        Located<String> p = payers.extract(Texts.of("It is the policy of Coordinated Care of Washington, Inc. that ...\n"
                + "©2018 Centene Corporation. All rights reserved. Centene Corporation owns this."), flags);
        assertThat(p.value()).isEqualTo("Coordinated Care of Washington");
    }

    @Test
    void aLongerAliasWinsOverTheGenericBlueName() {
        assertThat(payers.extract(Texts.of("The following Anthem Blue Cross and Blue Shield medical policies were reviewed."), flags).value())
                .isEqualTo("Anthem");
    }
}
