package com.policyledger.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payers' wording for each determination. Negative phrases are matched first and blanked, so
 * "not medically necessary" is never also read as "medically necessary", nor "non-covered" as
 * "covered", nor "not covered or reimbursable" as "reimbursable". "Investigational and not
 * medically necessary" yields both determinations. Wording that only mentions a determination
 * is blanked before any of them: a definition ("medically necessary services means"), a purpose
 * ("to determine whether it is medically necessary") and "medically necessary" as an adjective
 * of an object ("covers medically necessary podiatry services") decide nothing.
 */
public final class DeterminationPhrases {
    /** A phrase found at a position in the searched text. */
    public record Hit(Determination determination, int start, int end) {
    }

    private static final Map<Determination, PrefilteredPattern> ORDERED = new LinkedHashMap<>();
    /**
     * Words one of which every phrase of a determination contains (lower case). Most sentences have
     * none, and a substring test is far cheaper than the case-insensitive alternations below.
     */
    private static final Map<Determination, List<String>> REQUIRED_WORDS = Map.of(
            Determination.NOT_MEDICALLY_NECESSARY, List.of("necess", "cosmetic", "nmn"),
            Determination.INVESTIGATIONAL, List.of("experimental", "investigational", "unproven", "inv", "proven"),
            Determination.NOT_COVERED, List.of("cover", "reimburs", "payable", "eligible", "excluded", "exclusion", "den", "benefit",
                    "no longer", "recogni", "stop", "cease", "payment"),
            Determination.MEDICALLY_NECESSARY, List.of("necess"),
            Determination.COVERED, List.of("cover", "reimburs", "eligible", "benefit", "payable"));

    /**
     * Definitions, purposes and aims: "medically necessary services means", "to determine whether it is
     * medically necessary", "receive only treatment that is medically necessary".
     */
    private static final PrefilteredPattern INCIDENTAL_WORDING = PrefilteredPattern.compile("(?i)"
            + "[\"“]?medical(?:ly)?\\s+necess(?:ary|ity)[\"”]?(?:\\s+or\\s+[\"“]?medical(?:ly)?\\s+necess(?:ary|ity)[\"”]?)?\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:means|(?:is|are)\\s+defined\\s+as|refers?\\s+to|shall\\s+mean)\\b"
            + "|\\b(?:to|in\\s+order\\s+to)\\s+(?:determine|establish|assess|evaluate|support|document|confirm|demonstrate)\\b[^.;:]{0,40}?\\bmedical(?:ly)?\\s+necess\\w*"
            // An aim, not a finding: "members receive only treatment that is medically necessary".
            + "|\\b(?:only|all|any|receive|receives|receiving)\\s+(?:care|treatment|services?|supplies)\\s+(?:that|which)\\s+(?:is|are)\\s+medically\\s+necessary\\b"
            // A program's purpose: "to ensure medically necessary care is being provided".
            + "|\\bensur(?:e|es|ing)\\s+(?:that\\s+)?(?:only\\s+)?(?:the\\s+)?medically\\s+necessary\\b");
    /** People or plans left out of a program's scope ("The following members are excluded: Medicare Advantage, FEP"): no service's status. */
    private static final PrefilteredPattern EXCLUDED_FROM_SCOPE = PrefilteredPattern.compile("(?i)\\b(?:members?|enrollees|beneficiaries|plans?|products?"
            + "|groups?|lines?\\s+of\\s+business|providers?|states?)\\s+(?:that\\s+)?(?:are|is|will\\s+be)\\s+excluded\\b");
    /**
     * "Medically necessary" as the adjective of an object ("covers medically necessary podiatry
     * services"). Its lookbehind keeps it out of {@link PrefilteredPattern}: it is tried only where
     * "medically" is, and after the wording above at the same place, as one alternation would be.
     */
    private static final Pattern ADJECTIVE = Pattern.compile("(?i)"
            + "medically(?<=\\b(?:covers?|provides?|pays\\sfor|reimburses?|for|of|all|any|other|the|an?|receive|receiving|includes?)\\smedically)"
            + "\\s+necessary(?:\\s*,\\s*[\\w-]+-(?:covered|approved|eligible))?\\s+(?!(?:when|if|for|as|and|or|in|to|only|based|under|because|unless|with|per|by|at)\\b)(?=[a-z])");

    /**
     * Wording that names a determination without making it: a definition ("is considered
     * investigational if any of the following", "'Experimental' means"), a question being decided
     * ("when determining whether a drug is investigational", "whether a service is eligible for
     * coverage"), and a hedge ("may or may not be covered").
     */
    private static final String QUESTIONED = "\\b(?:experimental|investigational|unproven|medically\\s+necessary|reasonable\\s+and\\s+necessary"
            + "|(?:eligible\\s+for\\s+)?covered|(?:eligible\\s+for\\s+)?coverage|eligible\\s+for\\s+(?:separate\\s+)?reimbursement)\\b";
    /** A determination as a change names its old one: "from experimental/investigational to ...". */
    private static final String STATUS = "(?:not\\s+|non-?)?(?:medically\\s+necessary|covered|investigational|experimental|unproven)";
    /**
     * How a document defines experimental or investigational: a generic subject ("A drug, device or
     * procedure is considered investigational if any of the following"), a quoted term ("'Experimental'
     * means"), "The Plan defines the terms 'investigational' and/or 'experimental' as".
     */
    private static final String DEFINING_WORDING = "\\b(?:a|any)\\s+(?:service|supply|drug|device|procedure|treatment|technology|intervention)\\b[^.;:]{0,100}?"
            + "\\bconsidered\\s+(?:to\\s+be\\s+)?(?:experimental|investigational)(?:\\s*(?:,|or|and|/)\\s*(?:experimental|investigational))?[\"”]?"
            + "\\s+(?:if|when)\\s+(?:it\\s+meets\\s+)?(?:any|one|all)\\s+(?:of\\s+)?the\\s+following"
            + "|[\"“](?:experimental|investigational)[^\"”]{0,60}[\"”]\\s+(?:means|is\\s+defined\\s+as|refers\\s+to)"
            + "|\\bdefines?\\s+(?:the\\s+)?(?:terms?\\s+)?[\"“]?(?:experimental|investigational)[\"”]?"
            + "(?:\\s*(?:,|and/or|and|or|/)\\s*[\"“]?(?:experimental|investigational)[\"”]?)*";
    private static final PrefilteredPattern DEFINING = PrefilteredPattern.compile("(?i)" + DEFINING_WORDING);
    /** A definition named, not given: "the definition of investigational". */
    private static final String DEFINITION_NAMED =
            "\\bdefinition\\s+of\\s+(?:experimental|investigational)(?:\\s+(?:or|and|/)\\s+(?:experimental|investigational))?";
    private static final PrefilteredPattern UNDECIDED = PrefilteredPattern.compile("(?i)"
            + "\\b(?:determin(?:e|es|ing)|decid(?:e|es|ing)|assess(?:es|ing)?|evaluat(?:e|es|ing)|specif(?:y|ies|ying))\\s+(?:whether|if)\\b[^.;:]{0,120}?"
            + QUESTIONED + "(?:\\s*(?:,|or|and|/)\\s*" + QUESTIONED + ")*"
            // "For information concerning whether a specific service is covered, refer to ...", "as to whether certain
            // services are medically necessary, experimental, investigational": a question, up to its answer's words. A comma
            // before them ends the question: "Whether performed alone or with surgery, X is investigational" is a finding.
            + "|\\bwhether\\s+(?!or\\s+not\\b)[^.;:,]{0,120}?" + QUESTIONED + "(?:\\s*(?:,|or|and|/)\\s*" + QUESTIONED + ")*"
            + "|\\bmay\\s+or\\s+may\\s+not\\s+be\\s+(?:covered|eligible|reimbursed|considered\\s+\\w+)"
            + "|" + DEFINING_WORDING + "|" + DEFINITION_NAMED
            // Concessions and hypotheticals of a benefit plan's boilerplate: "Although a service may be
            // medically necessary, ...", "If a service, supply or procedure is not covered and ...".
            + "|\\b(?:although|while|even\\s+if|even\\s+though)\\b[^.;]{0,80}?\\bmay\\s+be\\s+(?:considered\\s+)?" + QUESTIONED
            + "|\\bif\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}?(?:service|supply|procedure|drug|device|treatment|technology|test|code)[\\w ,/]{0,60}?\\b(?:is|are|will)\\s+"
            + "(?:not\\s+)?(?:be\\s+)?(?:considered\\s+)?(?:" + QUESTIONED + "|reimbursed|paid|payable)"
            + "|\\bin\\s+order\\s+(?:for\\s+[^.;:]{1,60}?\\s+)?to\\s+be\\s+(?:considered\\s+)?(?:covered|reimbursed|paid|medically\\s+necessary|reasonable\\s+and\\s+necessary)\\b"
            // A requirement for payment: "To be eligible for reimbursement, the visit must ...", "claims must meet these criteria to be eligible for reimbursement".
            + "|\\bto\\s+be\\s+(?:considered\\s+)?eligible\\s+for\\s+(?:coverage|(?:separate\\s+)?reimbursement|payment)\\b"
            // A criterion's preamble: "To be considered medically necessary, the service must ...".
            + "|^\\s*to\\s+be\\s+(?:considered\\s+)?(?:covered|reimbursed|medically\\s+necessary|reasonable\\s+and\\s+necessary|eligible\\s+for\\s+coverage)\\b"
            // Determinations named as kinds of text: "the Medically Necessary and Investigational criteria",
            // "Revised Medically Necessary statement", and a quoted section name ("When Not Covered" section).
            + "|(?:(?:not\\s+)?(?:medically\\s+necessary|investigational|experimental)\\s*(?:,|and|&|or|/)\\s*)*(?:not\\s+)?"
            + "(?:medically\\s+necessary|investigational|experimental)(?=\\s+(?:criteria|statements?|indications?|requirements?|definitions?)\\b)"
            + "|[\"“][^\"”\\n]{1,40}[\"”]\\s+section\\b"
            // A term, not a finding: "unless described as \"medically necessary\"", "the definition of medically necessary".
            + "|\\b(?:described|defined|designated|labell?ed|referred\\s+to)\\s+as\\s+[\"“][^\"”\\n]{1,40}[\"”]"
            + "|\\bcriteria\\s+for\\s+[\"“][^\"”\\n]{1,40}[\"”]"
            // A condition or a section's name, not a finding: "When the Procedure, Product, or Service Is Not
            // Covered" (a heading), "When not covered", "When the service is covered, the member pays ...".
            + "|\\bwhen\\s+(?:it\\s+|the\\s+(?:(?!(?:is|are|was|were|met)\\b)[\\w/]+,?\\s+){1,6}?)?(?:(?:is|are)\\s+)?(?:not\\s+)?covered\\b"
            + "|\\bdefinition\\s+of\\s+[\"“]?medically\\s+necessary\\b"
            // Both outcomes named as alternatives: "services that are considered covered or non-covered",
            // "the conditions for which a service is considered to be covered (or not covered)".
            + "|(?<!not\\s)(?<!non-)(?<!non)\\b(?:covered|medically\\s+necessary)\\s+\\(?or\\s+(?:non-?|not\\s+)(?:covered|medically\\s+necessary)\\b\\)?"
            // What a service was before a change: "changed from investigational to not medically necessary".
            + "|\\bfrom\\s+(?:being\\s+)?(?:considered\\s+)?[\"“]?" + STATUS + "(?:\\s*(?:/|,|or|and)\\s*" + STATUS + ")*[\"”]?"
            + "(?:\\s+(?:status|classification|designation))?(?=\\s+to\\s+(?!date\\b))"
            // The FDA's names for trials, not findings: "an investigational new drug application", "device exemption".
            + "|\\binvestigational[ \\t]+(?:new[ \\t]+drug|device[ \\t]+exemption)\\b"
            // Another document's name: "the Medical Necessity Guidelines for Noncovered Investigational Services".
            + "|(?-i:\\b(?:Guidelines?|Polic(?:y|ies)|Lists?|Criteria)\\s+(?:for|on)\\s+(?:[A-Z][\\w/-]*\\s+){0,3}"
            + "(?:Non-?[Cc]overed|Investigational|Experimental|Unproven)(?:\\s+[A-Z][\\w/-]*)*)"
            // A chart's legend: "New procedures that are not covered will appear under Experimental Procedures".
            + "|(?:\\bnot\\s+)?\\b(?:covered|payable|medically\\s+necessary|experimental|investigational)\\s+(?:will\\s+(?:appear|be\\s+(?:listed|shown))|(?:appear|are\\s+(?:listed|shown)))\\s+under\\b[^.;,\\n]*"
            // A definition by examples: "Medically necessary services include, but are not limited to, ...".
            + "|\\bmedically\\s+necessary\\s+(?:services|care|supplies)\\s+(?:(?:also\\s+)?include|are\\s+those|means?)\\b"
            // A question, not an answer: "Each benefit program defines which services are covered".
            + "|\\b(?:which|what)\\s+(?:services|procedures|items|supplies|drugs|benefits|tests)\\s+(?:are|is)\\s+(?:not\\s+)?(?:covered|excluded|medically\\s+necessary)\\b"
            // and the list it opens: "which services are covered, which are excluded, and which are subject to limits"
            + "(?:\\s*,\\s*(?:and\\s+)?which\\s+(?:are|is)\\s+(?:not\\s+)?(?:covered|excluded|medically\\s+necessary)\\b)*"
            // Examples in brackets: "denied as member responsibility (e.g. excluded from coverage, investigational, ...)".
            + "|\\((?:e\\.g\\.|for\\s+example|such\\s+as)[^()]*\\)");

    /**
     * Medicare's test, defined for any service: "The service is considered reasonable and necessary if it is determined
     * that the service is: 1. Safe and effective; ...". Tried only where "determined that" is.
     */
    private static final PrefilteredPattern TEST_DEFINED = PrefilteredPattern.compile("(?i)\\b(?:the|a|an|any)\\s+"
            + "(?:service|item|supply)\\s+is\\s+considered\\s+(?:medically\\s+necessary|reasonable\\s+and\\s+necessary)"
            + "\\s+(?:if|when)\\s+it\\s+is\\s+determined\\s+that\\s+the\\s+(?:service|item|supply)\\s+is\\b");

    /**
     * A status the service had before a change, said so: "was previously considered investigational", "When the policy was
     * developed, the procedure was considered medically necessary. However, it is now considered investigational." A
     * past tense alone ("the following services were considered investigational") is still a finding. Apart from {@link #UNDECIDED}, whose larger alternation
     * would otherwise be tried on every sentence in the past tense.
     */
    private static final PrefilteredPattern FORMER_STATUS = PrefilteredPattern.compile("(?i)\\b(?:was|were|had\\s+been)\\s+"
            + "(?:previously|formerly|originally|once)\\s+(?:considered\\s+|deemed\\s+)?(?:not\\s+)?" + QUESTIONED
            // "When the original policy was developed, the procedure was considered ...": said of the policy's first version.
            + "|\\bwhen\\s+(?:the\\s+)?(?:original\\s+|first\\s+)?(?:policy|guideline|criteria)\\s+(?:was|were)\\s+(?:first\\s+)?"
            + "(?:developed|written|created|issued|adopted)\\b[^.;]{0,80}?\\b(?:was|were)\\s+(?:considered\\s+|deemed\\s+)?(?:not\\s+)?" + QUESTIONED);

    /**
     * Requirements and conditions, not findings: "For any item to be covered, it must: ... 2) be reasonable
     * and necessary", "Services must be medically necessary", "If the supplier bills without an order, the
     * item will be denied", "Items may not be covered in every instance", "Potentially Unproven Services",
     * "When medically necessary, ...", "may be prescribed when medically necessary" (but "is medically
     * necessary when ..." finds it so), a denial reason named ("deny for not medically necessary"). Apart
     * from {@link #UNDECIDED} so that the larger alternation is not tried on every sentence with one of these words.
     */
    private static final PrefilteredPattern REQUIRED_OR_CONDITIONAL = PrefilteredPattern.compile("(?i)"
            + "\\bfor\\s+(?:an?|any|the|this|each|such)\\s+(?:[\\w-]+\\s+){0,3}?to\\s+be\\s+(?:considered\\s+)?(?:covered|reimbursed|paid|payable"
            + "|medically\\s+necessary|reasonable\\s+and\\s+necessary)\\b"
            + "|(?:\\bmust|\\b\\d{1,2}\\)|\\b[a-z]\\))\\s*(?:also\\s+)?be\\s+(?:considered\\s+)?(?:medically\\s+necessary|reasonable\\s+and\\s+necessary|covered)\\b"
            // A rule's "shall be reasonable and necessary" is a requirement too; its "shall be covered" is a finding.
            + "|\\bshall\\s+(?:also\\s+)?be\\s+(?:medically\\s+necessary|reasonable\\s+and\\s+necessary)\\b"
            // The denial a condition leads to, said of the thing itself ("..., the item will be denied"), not a finding
            // before it ("..., the service is not medically necessary and claims will be denied") or the reason
            // given with it ("denied as not medically necessary").
            + "|\\bif\\b[^.;:,]{0,150}?(?:,[^.;:,]{0,80}?)?,\\s*(?:the|a|an|this|that|it|such|any|claims?|services?)\\b"
            + "(?:(?!\\b(?:not|is|are)\\b|necess|cover)[^.;:,]){0,60}?\\b(?:will|shall|should)\\s+be\\s+denied\\b"
            // A hedge: "may not be covered in every instance"; "may not be reimbursed separately" is a payment rule.
            + "|\\bmay\\s+not\\s+be\\s+covered\\b"
            + "|\\bpotentially\\s+(?:unproven|experimental|investigational)\\b"
            + "|\\b(?:when|if|where)\\s+(?:(?:it\\s+is|deemed|determined(?:\\s+to\\s+be)?|considered)\\s+)?medically\\s+necessary\\b"
            + "|(?:\\bdeny\\s+for|\\b[a-z]\\.?\\)\\s*deny)\\s+(?:not\\s+medically\\s+necessary|(?:experimental|investigational)(?:\\s*/\\s*(?:experimental|investigational))?)");

    /**
     * "No longer considered investigational" says what a service stopped being, and "not experimental
     * or investigational" (a criterion) what it must not be: neither says what it is.
     */
    private static final PrefilteredPattern NO_LONGER_INVESTIGATIONAL = PrefilteredPattern.compile("(?i)(?:\\bno\\s+longer|\\bnot|n['’]t)\\s+(?:be\\s+)?(?:considered\\s+|deemed\\s+)?"
            + "(?:experimental|investigational|investigative|unproven)(?:\\s*(?:,|/|and|or)\\s*(?:experimental|investigational|investigative|unproven))*");

    // The COVERED phrases, in the order of their alternation. Predicate uses only: "covered services",
    // "this policy covers a narrow scope" and "a mask that covers the nose" decide nothing; "covers"
    // needs a payer, plan or program as its subject.
    private static final String COVERED_PREDICATE = "\\b(?:is|are|be|been|remains?|considered|deemed)\\s+(?:now\\s+)?(?:a\\s+)?(?:considered\\s+)?covered\\b|"
            + "\\bcovered\\s+(?:if|when|for|under|as|only|benefit)\\b";
    private static final String SUBJECT_COVERS = "(?:(?-i:\\b[A-Z][\\w&]*\\)?)|\\b(?:we|plans?|programs?|benefits?|contracts?|insurers?|carriers?|coverage))"
            + "\\s+(?:also\\s+|only\\s+|generally\\s+|now\\s+|typically\\s+|usually\\s+)?covers\\b(?<!polic(?:y|ies)\\b.{0,90})";
    private static final String COVERED_OTHERWISE = "\\b(?:will\\s+be\\s+|are\\s+|is\\s+|be\\s+)(?:separately\\s+)?reimbursed\\b|\\breimbursable\\b|\\breimburses\\b|"
            // Payment policies and their bulletins: "UnitedHealthcare will consider reimbursement for ..."; a plan
            // that "may consider" it, or that providers ask "to consider" it, decides nothing.
            + "(?<!\\b(?:may|might|can|could|would|should|to|we)\\s)\\bconsiders?\\s+reimbursement\\s+(?:of|for)\\b|"
            + "\\bwill\\s+(?:separately\\s+)?(?:reimburse|cover|pay\\s+for)\\b|\\beligible\\s+under\\s+the\\s+(?:plan|policy|benefit)\\b"
            + "|\\b(?:is|are)\\s+(?:a\\s+)?(?:covered\\s+)?benefits?\\s+(?:of|under|for)\\b"
            + "|\\bcoverage\\s+is\\s+provided|(?<!\\bnot\\s(?:been\\s|be\\s)?)\\b(?:eligible|approved|activated)\\s+for\\s+(?:coverage|(?:separate\\s+)?reimbursement)"
            // Notices of added coverage: "new coverage effective for dates of service on and after 10/1/09",
            // "New Coverage of Existing Code", "Medicaid will begin covering ...".
            + "|(?<!\\bno\\s)\\bnew\\s+coverage\\s+(?:of|for|effective)\\b|\\bwill\\s+begin\\s+(?:covering|coverage\\s+of|to\\s+cover)\\b|\\bbenefits?\\s+(?:is|are)\\s+available"
            + "|\\b(?:is|are)\\s+(?:separately\\s+)?payable\\b";
    /**
     * The same alternation without its "covers" phrase, for text without the word: the subject it
     * asks for (any capitalised word) would otherwise be tried before every capital letter.
     */
    private static final PrefilteredPattern COVERED_WITHOUT_COVERS = PrefilteredPattern.compile("(?i)" + COVERED_PREDICATE + "|" + COVERED_OTHERWISE);

    /** The NOT_COVERED phrases but {@link #NOT_RECOGNIZED_FOR_PAYMENT}. */
    private static final String NOT_COVERED_WORDING = "(?i)\\b(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:a\\s+)?(?:considered\\s+)?(?:separately\\s+)?covered"
            + "(?:\\s*(?:,|or|nor|and|/)\\s*(?:separately\\s+)?(?:reimbursable|reimbursed|payable|paid))?|"
            + "\\b(?:is|are|was|were)n['’]t\\s+(?:a\\s+)?(?:considered\\s+)?(?:separately\\s+)?covered|\\bwon['’]t\\s+be\\s+(?:separately\\s+)?(?:covered|reimbursed|paid)\\b|"
            + "\\bnon-?covered|\\bnon-?(?:reimbursable|payable)\\b|\\b(?:does\\s+not|do\\s+not|doesn['’]t|don['’]t|won['’]?t|will\\s+not)\\s+cover|\\bwill\\s+not\\s+(?:consider\\s+)?(?:separately\\s+)?(?:reimburs\\w*|cover|pay)|\\b(?:will\\s+not\\s+be|(?:are|is)\\s+not)\\s+(?:separately\\s+)?(?:reimbursing|covering|paying\\s+for)\\b|(?:\\bnot|\\bno\\s+longer|\\bnever|n['’]t)\\s+(?:separately\\s+)?considers?\\s+reimbursement\\b|"
            + "(?:\\bnot|n['’]t)\\s+(?:be\\s+)?(?:separately\\s+)?(?:reimbursable|reimbursed|payable)|"
            // "not eligible under the Plan", "for coverage"; "the patient is not eligible for chemotherapy" is a criterion.
            + "(?:\\bnot|\\bnever|n['’]t)\\s+(?:be\\s+)?(?:considered\\s+)?(?:separately\\s+)?eligible(?!\\s+for\\s+(?!(?:[\\w-]+\\s+){0,3}?(?:coverage|reimbursement|payment|benefits?)\\b))|"
            + "\\bineligible\\s+for\\s+(?:separate\\s+)?(?:coverage|reimbursement|payment)\\b|"
            + "\\b(?:is|are)\\s+excluded\\b|\\b(?:will|shall|should)\\s+(?:be\\s+)?den(?:y|ied)\\b|\\bno\\s+covered\\b"
            // Medicaid manuals: "is not a benefit of Texas Medicaid"
            + "|\\b(?:is|are)\\s+not\\s+(?:a\\s+)?(?:covered\\s+)?benefits?\\b"
            + "|\\b(?:a\\s+)?(?:contract|contractual|benefit\\s+plan)\\s+exclusion\\b|\\bcoverage\\s+is\\s+not\\s+provided|\\bno\\s+coverage\\s+is\\s+provided"
            + "|\\b(?:does|do|will)\\s+not\\s+provide\\s+coverage|\\bbenefits?\\s+(?:is|are)\\s+not\\s+available"
            // Update bulletins: "will no longer be covered", "will no longer reimburse", "coverage is no longer available".
            + "|\\bno\\s+longer\\s+(?:be\\s+)?(?:reimbursable|reimbursed|payable|eligible\\s+for\\s+(?:coverage|(?:separate\\s+)?reimbursement))"
            + "|\\bwill\\s+no\\s+longer\\s+(?:cover|reimburse|pay\\s+for)\\b|\\bwill\\s+(?:stop|cease)\\s+(?:covering|reimbursing|paying)\\b|\\bwill\\s+(?:discontinue|cease|end)\\s+(?:coverage|reimbursement|payment)\\s+(?:for|of)\\b|\\b(?:coverage|benefits?)\\s+(?:is|are)\\s+no\\s+longer\\s+(?:available|provided)";
    /**
     * Coding policies: "no longer recognizing consultation codes as being eligible for reimbursement",
     * "are not recognized for Medicare Part B payment". Its long gaps make it the dearest phrase to
     * try, and it can match only where "recogni" is: without the word it is left out.
     */
    private static final String NOT_RECOGNIZED_FOR_PAYMENT = "(?:\\bnot|\\bno\\s+longer|n['’]t)\\s+recogni[sz](?:e|es|ing)\\s+[^.;:]{0,80}?\\b(?:codes?|services?|procedures?|cpt|hcpcs|\\d{4}[\\dFTU]|[A-V]\\d{4})\\b[^.;:]{0,80}?"
            + "\\b(?:for|as\\s+(?:being\\s+)?eligible\\s+for)\\s+(?:[\\w-]+\\s+){0,3}?(?:payment|reimbursement)\\b"
            + "|\\b(?:codes?|services?|procedures?|cpt|hcpcs|\\d{4}[\\dFTU]|[A-V]\\d{4})\\b[^.;:]{0,100}?\\b(?:is|are)\\s+(?:not|no\\s+longer)\\s+recogni[sz]ed\\s+"
            + "(?:for|as\\s+(?:being\\s+)?eligible\\s+for)\\s+(?:[\\w-]+\\s+){0,3}?(?:payment|reimbursement)\\b";
    private static final PrefilteredPattern NOT_COVERED_WITHOUT_RECOGNITION = PrefilteredPattern.compile(NOT_COVERED_WORDING);

    static {
        ORDERED.put(Determination.NOT_MEDICALLY_NECESSARY, PrefilteredPattern.compile("(?i)\\b(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:considered\\s+|deemed\\s+)?"
                + "[\"“]?medically\\s+necessary|\\b(?:is|are|was|were)n['’]t\\s+(?:considered\\s+|deemed\\s+)?[\"“]?medically\\s+necessary"
                + "|\\b(?:does|do|did)\\s+not\\s+meet\\s+(?:the\\s+)?(?:definition\\s+of\\s+|criteria\\s+for\\s+)?"
                + "medical\\s+necessity|(?:\\bnot|n['’]t)\\s+(?:considered\\s+)?[\"“]?(?:medically\\s+)?reasonable\\s+and\\s+necessary"
                + "|\\b(?:does|do)\\s+not\\s+support\\s+(?:the\\s+)?medical\\s+necessity|\\bconsidered\\s+cosmetic|\\b(?:does|do)\\s+not\\s+consider\\b[^.]{0,120}?\\bmedical(?:ly)?\\s+necess\\w+|(?-i:\\bNMN\\b)"
                // "is not a medical necessity"; "related to correct coding and not medical necessity" says what a policy is about.
                + "|\\b(?:is|are|was|were|be|considered|deemed)\\s+not\\s+(?:a\\s+)?medical\\s+necessity"));
        ORDERED.put(Determination.INVESTIGATIONAL, PrefilteredPattern.compile("(?i)\\bexperimental|\\binvestigational|\\binvestigative|\\bunproven"
                + "|\\bnot\\s+(?:(?:yet\\s+)?been\\s+|yet\\s+)?proven\\s+(?:to\\s+(?:be\\s+)?(?:effective|safe|beneficial|improve)|effective|safe|beneficial|for\\b)"
                + "|(?-i:\\bINV\\b)"));
        ORDERED.put(Determination.NOT_COVERED, PrefilteredPattern.compile(NOT_COVERED_WORDING + "|" + NOT_RECOGNIZED_FOR_PAYMENT));
        // "Reasonable and necessary" is Medicare's wording for medical necessity (LCDs, NCDs).
        ORDERED.put(Determination.MEDICALLY_NECESSARY, PrefilteredPattern.compile("(?i)\\bmedically\\s+necessary|\\breasonable\\s+and\\s+necessary|"
                + "\\bmeets?\\s+(?:the\\s+)?(?:definition\\s+of\\s+)?medical\\s+necessity"));
        ORDERED.put(Determination.COVERED, PrefilteredPattern.compile("(?i)" + COVERED_PREDICATE + "|" + SUBJECT_COVERS + "|" + COVERED_OTHERWISE));
    }

    private DeterminationPhrases() {
    }

    /**
     * UnitedHealthcare's "is not proven or medically necessary": both unproven and not medically
     * necessary, where the phrases alone would read the second half as medically necessary.
     */
    private static final PrefilteredPattern NOT_PROVEN_OR_NECESSARY = PrefilteredPattern.compile(
            "(?i)\\b(not\\s+proven)\\s+(?:or|nor|and)\\s+(medically\\s+necessary)\\b");

    private static final int MAX_CATEGORY_NAME = 80;
    /** A category's name standing alone as a list item: "• Experimental/Investigational Procedures" (a heading of what needs review). */
    private static final Pattern CATEGORY_NAME = Pattern.compile("(?i)\\s*[•·▪*-]\\s+(?:experimental|investigational|unproven)"
            + "(?:\\s*(?:/|,|and|or)\\s*(?:experimental|investigational|unproven))*\\s+(?:procedures|services|treatments|devices|drugs|items|technolog(?:y|ies))\\s*");

    /** Every phrase in order of position. */
    public static List<Hit> find(String text) {
        if (text.length() < MAX_CATEGORY_NAME && CATEGORY_NAME.matcher(text).matches()) {
            return List.of();
        }
        if (text.stripTrailing().endsWith("?")) {
            return List.of(); // a question ("Is CPT 99417 eligible for reimbursement?") asks; its answer decides
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<Determination> possible = new ArrayList<>();
        for (Determination d : ORDERED.keySet()) {
            for (String word : REQUIRED_WORDS.get(d)) {
                if (lower.contains(word)) {
                    possible.add(d);
                    break;
                }
            }
        }
        if (possible.isEmpty()) {
            return List.of(); // most sentences: no wording of any determination, nothing to mask
        }
        StringBuilder masked = new StringBuilder(text);
        List<Hit> hits = new ArrayList<>();
        if (lower.contains("necess")) {
            mask(masked, incidental(text));
        }
        if ((lower.contains("no longer") || lower.contains("not ") || lower.contains("n't") || lower.contains("n’t")) && (lower.contains("experimental") || lower.contains("investigati")
                || lower.contains("unproven"))) {
            mask(masked, NO_LONGER_INVESTIGATIONAL.findAll(text));
        }
        boolean decisive = lower.contains("necess") || lower.contains("cover") || lower.contains("experimental")
                || lower.contains("investigat") || lower.contains("unproven") || lower.contains("reimburs") || lower.contains("paid");
        if (decisive && (lower.contains("previously") || lower.contains("formerly") || lower.contains("originally") || lower.contains("once ")
                || lower.contains("when "))) {
            mask(masked, FORMER_STATUS.findAll(text));
        }
        if (lower.contains("excluded")) {
            mask(masked, EXCLUDED_FROM_SCOPE.findAll(text));
        }
        if (lower.contains("determined that")) {
            mask(masked, TEST_DEFINED.findAll(text));
        }
        if (decisive && (lower.contains("whether") || lower.contains("may ") || lower.contains("if ") || lower.contains("when ")
                || lower.contains("mean") || lower.contains("defin") || lower.contains("order ") || lower.contains("include") || lower.contains("which ") || lower.contains("what ")
                || lower.contains("to be ") || lower.contains("criteria") || lower.contains("statement") || lower.contains("indication")
                || lower.contains("requirement") || lower.contains("section") || lower.contains(" as ") || lower.contains(" or ")
                || lower.contains("(or ") || lower.contains("from ") && lower.contains(" to ")
                || lower.contains("appear under") || lower.contains("listed under") || lower.contains("shown under")
                || lower.contains(" for non") || lower.contains("for investigational") || lower.contains("for experimental")
                || lower.contains("investigational") && (lower.contains("new") || lower.contains("device"))
                || lower.contains("(e.g.") || lower.contains("(for example") || lower.contains("(such as"))) {
            mask(masked, UNDECIDED.findAll(text));
        }
        if (lower.contains("must") || lower.contains("shall") || lower.contains("to be ") || lower.contains(") be") || lower.contains("deny")
                || lower.contains("denied") || lower.contains("may not") || lower.contains("potentially")
                || lower.contains("necess") && (lower.contains("when ") || lower.contains("if ") || lower.contains("where "))) {
            mask(masked, REQUIRED_OR_CONDITIONAL.findAll(text));
        }
        if (lower.contains("proven") && lower.contains("necess")) {
            List<MatchResult> both = NOT_PROVEN_OR_NECESSARY.findAll(masked.toString());
            for (MatchResult m : both) {
                hits.add(new Hit(Determination.INVESTIGATIONAL, m.start(1), m.end(1)));
                hits.add(new Hit(Determination.NOT_MEDICALLY_NECESSARY, m.start(2), m.end(2)));
            }
            mask(masked, both);
        }
        for (Determination d : possible) {
            PrefilteredPattern phrases = d == Determination.COVERED && !lower.contains("covers") ? COVERED_WITHOUT_COVERS
                    : d == Determination.NOT_COVERED && !lower.contains("recogni") ? NOT_COVERED_WITHOUT_RECOGNITION : ORDERED.get(d);
            for (MatchResult m : phrases.findAll(masked.toString())) {
                hits.add(new Hit(d, m.start(), m.end()));
            }
            for (Hit h : hits) {
                for (int i = h.start(); i < h.end(); i++) {
                    masked.setCharAt(i, '#');
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /**
     * The matches of the incidental wording and the adjective, as one alternation of the two (wording
     * first) would find them: at each step the leftmost, the wording where both start at one place.
     */
    private static List<MatchResult> incidental(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher adjective = ADJECTIVE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < text.length()) {
            MatchResult wording = INCIDENTAL_WORDING.first(text, from);
            MatchResult next = adjectiveBefore(text, adjective, from, wording == null ? text.length() : wording.start());
            if (next == null) {
                next = wording;
            }
            if (next == null) {
                break;
            }
            out.add(next);
            from = next.end();
        }
        return out;
    }

    /** The first adjective match starting in [{@code from}, {@code until}), or null. */
    private static MatchResult adjectiveBefore(String text, Matcher adjective, int from, int until) {
        for (int i = from; i < until; i++) {
            if (text.regionMatches(true, i, "medically", 0, "medically".length()) && adjective.region(i, text.length()).lookingAt()) {
                return adjective.toMatchResult();
            }
        }
        return null;
    }

    private static void mask(StringBuilder masked, List<MatchResult> phrases) {
        for (MatchResult phrase : phrases) {
            for (int i = phrase.start(); i < phrase.end(); i++) {
                masked.setCharAt(i, '#');
            }
        }
    }

    /** Whether the text defines experimental or investigational ({@link #DEFINING_WORDING}) rather than finding a service so. */
    public static boolean definesInvestigational(String text) {
        return DEFINING.foundIn(text);
    }

    public static Set<Determination> all(String text) {
        Set<Determination> out = EnumSet.noneOf(Determination.class);
        find(text).forEach(h -> out.add(h.determination()));
        return out;
    }
}
