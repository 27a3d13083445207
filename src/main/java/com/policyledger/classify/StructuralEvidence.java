package com.policyledger.classify;

import com.policyledger.extract.DeterminationPhrases;
import com.policyledger.extract.SectionKind;
import com.policyledger.extract.SourceText;
import java.util.regex.Pattern;

/**
 * What a payer policy has and an article lacks: a policy number label, a dated header, a code
 * table or list, and a coverage statement under a policy heading. Each is counted once.
 */
public record StructuralEvidence(boolean policyNumber, boolean dateLabel, boolean codeListing, boolean coverageStatement) {
    private static final Pattern NUMBER_LABEL = Pattern.compile(
            "(?i)\\b(?:reference\\s+number|policy\\s+(?:number|code|#)|document\\s*#|coverage\\s+policy\\s+number|bulletins?\\s+number|"
                    + "number\\s*:\\s*\\d)|(?m)^\\s*\\d{2}-\\d{5}-\\d{2}\\s*$");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)\\b(?:effective\\s+date|last\\s+review(?:ed)?(?:\\s+date)?|publish\\s+date|revised|reviewed)\\s*(?:[:|]|\\.{2,})\\s*\\d");
    private static final Pattern CODE_ROW = Pattern.compile("(?m)^[\\s\\-•*|]*(?:\\d{5}|\\d{4}[FTU]|[A-V]\\d{4})[*†]*(?:\\s|\\|)");

    public static StructuralEvidence of(SourceText text) {
        String s = text.text();
        boolean statement = false;
        for (SourceText.Line line : text.lines()) {
            SectionKind kind = text.sections().kindAt(line.start());
            if ((kind == SectionKind.POLICY) && !DeterminationPhrases.find(line.text()).isEmpty()) {
                statement = true;
                break;
            }
        }
        return new StructuralEvidence(NUMBER_LABEL.matcher(s).find(), DATE_LABEL.matcher(s).find(), CODE_ROW.matcher(s).find(), statement);
    }

    public int count() {
        return (policyNumber ? 1 : 0) + (dateLabel ? 1 : 0) + (codeListing ? 1 : 0) + (coverageStatement ? 1 : 0);
    }
}
