package com.policyledger.classify;

import com.policyledger.extract.CodeFormat;
import com.policyledger.extract.DeterminationPhrases;
import com.policyledger.extract.PrefilteredPattern;
import com.policyledger.extract.SectionKind;
import com.policyledger.extract.SourceText;
import java.util.regex.Pattern;

/**
 * What a payer policy has and an article lacks: a policy number label, a dated header, a code
 * table or list, a coverage statement under a policy heading, and a policy header with labelled
 * fields (which counts twice: it is the skeleton itself, and flattened text shows little else).
 */
public record StructuralEvidence(boolean policyNumber, boolean dateLabel, boolean codeListing, boolean coverageStatement,
                                 boolean policyHeader) {
    /** A header that names the document a policy and carries labelled fields, even blank ones ("Effective Date:  LOB:"). */
    private static final Pattern POLICY_HEADER = Pattern.compile(
            "(?i)\\b(?:clinical|medical|payment|reimbursement|coverage|drug)\\s+(?:policy|guideline)\\b|policy\\s+and\\s+procedure");
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "(?i)\\b(?:effective\\s+date|review\\s+date|lob|line of business|division|department|subject|document\\s*#|status"
                    // "Origination: 6/2000", "Last CAP Review: 9/2018", "Issued Date:", "Approval Date:".
                    + "|origination(?:\\s+date)?|(?:last|next)\\s+(?:[a-z]{2,5}\\s+)?review(?:ed)?(?:\\s+date)?|issued?\\s+date|approval\\s+date"
                    + "|(?:policy|guideline|reference)\\s+(?:number|no\\.?|#))\\s*:");
    private static final int HEADER_CHARS = 600;
    /** Medicare's coverage database heads each document with its kind and title: "Local Coverage Article: ... (A55681)". */
    private static final Pattern MEDICARE_HEADER = Pattern.compile(
            "(?i)\\b(?:local|national)\\s+coverage\\s+(?:determination|article)\\s*(?:\\((?:lcd|lca|ncd)\\))?\\s*:");
    private static final PrefilteredPattern NUMBER_LABEL = PrefilteredPattern.compile(
            "(?i)\\b(?:reference\\s+number|policy\\s+(?:number|code|#|no\\.|no(?=\\s*:))|document\\s*#|coverage\\s+policy\\s+number|bulletins?\\s+number|"
                    + "guideline\\s+(?:number|#|no\\.|no(?=\\s*:))|cpb\\s+(?:number|#)|(?:lcd|ncd|article)\\s+(?:id|#|number)|number\\s*:\\s*\\d)"
                    + "|(?m)^\\s*\\d{2}-\\d{5}-\\d{2}\\s*$"
                    // The Blue plans' association numbering leading the title line: "MP 7.01.72 Percutaneous Intradiscal ...".
                    + "|(?m)^\\s*(?-i:[A-Z]{2,5}\\s+)?\\d{1,2}\\.\\d{2}\\.\\d{2,3}\\s+(?-i:\\p{Lu}\\p{Ll})");
    private static final PrefilteredPattern DATE_LABEL = PrefilteredPattern.compile(
            "(?i)\\b(?:effective\\s+date|last\\s+review(?:ed)?(?:\\s+date)?|publish\\s+date|revised|reviewed|implementation\\s+date|revision\\s+dates?"
                    + "|(?:original\\s+)?policy\\s+date)\\s*(?:[:|]|\\.{2,}|\\n)\\s*(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)");
    private static final PrefilteredPattern CODE_ROW = PrefilteredPattern.compile("(?m)^[\\s\\-•*|]*(?:"
            + CodeFormat.CPT_SHAPE + "|" + CodeFormat.HCPCS_SHAPE + ")[*†]*(?:\\s|\\|)");

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
        String head = s.substring(0, Math.min(s.length(), HEADER_CHARS));
        boolean header = POLICY_HEADER.matcher(head).find() && HEADER_FIELD.matcher(head).results().count() >= 2
                || MEDICARE_HEADER.matcher(head).find();
        return new StructuralEvidence(NUMBER_LABEL.foundIn(s), DATE_LABEL.foundIn(s), CODE_ROW.foundIn(s), statement,
                header);
    }

    public int count() {
        return (policyNumber ? 1 : 0) + (dateLabel ? 1 : 0) + (codeListing ? 1 : 0) + (coverageStatement ? 1 : 0) + (policyHeader ? 2 : 0);
    }
}
