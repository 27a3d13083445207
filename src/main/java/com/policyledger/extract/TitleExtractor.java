package com.policyledger.extract;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The title, from a label when one is printed ("Clinical Policy:", "Subject:", "Title:", a
 * "| Policy | ... |" table row, front-matter {@code title:}), else guessed from the first
 * title-like line of the header block with a LOW_CONFIDENCE flag. A label whose value sits
 * below a stack of other labels (PDF column layout) takes the first line that is not a label.
 * A web page printed from a browser carries its page title after the print time ("5/1/26, 6:51
 * PM"); a page title, printed or in metadata, loses its site suffix ("Knee Braces - Medical
 * Policies | Payer" is "Knee Braces"), and a metadata title its policy-number prefix ("Payer MP
 * 0123: Knee Braces"). A markdown masthead of same-level headings at the very top (name, tagline,
 * issue) is one title, its parts joined by " - ".
 */
public final class TitleExtractor implements Extractor<Located<String>> {
    /** One to three words, the first capitalised: a name such as "Abecma" or "Cell Therapy". */
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Z][A-Za-z/\\-]*(\\s+[A-Za-z/\\-]+){0,2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int BANNER_REPEAT_LINES = 4;
    private static final Pattern AUDIENCE = Pattern.compile("(?i)for\\s+(?:providers|physicians|members|practitioners|clinicians|facilities|hospitals)");
    /** A letter's salutation: the lines above it, after its date, are the addressee's, not a title. */
    private static final Pattern SALUTATION = Pattern.compile("(?i)dear\\s+[^\\n]{1,60}[:,]");
    private static final int ADDRESS_LINES = 6;
    /**
     * A title line ending with a date cell: "Lab Program Effective 10/3/16". A notice's title keeps its date in words
     * ("Medical policy updates effective August 1, 2026").
     */
    private static final Pattern TRAILING_EFFECTIVE = Pattern.compile("(?<=\\S)\\s+Effective(?:\\s+Date)?\\s*:?\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\s*$");
    /** Footnote marks, and the cell border a table-drawn masthead leaves after the title ("Medical Policy Update |"). */
    /** A reissued notice's status before its title: "*CORRECTED* Prior Authorization List Updates". */
    private static final Pattern STATUS_MARK = Pattern.compile("(?i)^\\*{1,2}\\s*(?:corrected|revised|updated|amended|reissued|new)\\s*\\*{1,2}\\s*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:\\s*[*†|])+$");
    private static final PrefilteredPattern LABELLED = PrefilteredPattern.compile(
            "(?im)^[ \\t#>*]*(?:page\\s+\\d+\\s+of\\s+\\d+\\s+)?(?:(?:(?:clinical|medical|payment|reimbursement|coverage)\\s+policy|subject|topic|name\\s+of\\s+(?:[a-z]+\\s+){0,3}policy|(?:policy(?:\\s+and\\s+procedure)?\\s+)?title|"
                    + "policy\\s+name)\\s*:"
                    // Medicare's coverage database prints "LCD Title" (an NCD: "Manual Section Title") on a line of its own, the title below it.
                    + "|(?:lcd|ncd|article|document|manual\\s+section)\\s+title\\s*:?(?=[ \\t]*$))[ \\t*]*\"?(.*?)\"?[ \\t]*$");
    /** Where a flattened header's fields end. */
    private static final int FLATTENED_HEADER_CHARS = 600;
    /** "... Subject: Knee Braces Category: ..." or, with its spaces lost, "... PolicyPolicy Title:Routine Venipuncture...Section:". */
    private static final Pattern FLATTENED_SUBJECT = Pattern.compile("(?i)(?:(?<=\\S[ \\t])(?:subject|(?-i:Title))|(?<=\\S[ \\t]|(?-i:\\p{Ll}))(?-i:Policy\\s+Title))"
            + "\\s*:[ \\t]*(\\S[^\\n]*)");
    /** A two-cell row "| Policy | Knee Braces |"; a table's header row ("| Policy | Effective Date | Applicable Products |") labels columns. */
    private static final PrefilteredPattern TABLE_ROW = PrefilteredPattern.compile("(?im)^\\|\\s*(?:policy|policy name|title)\\s*\\|\\s*([^|\\n]+?)\\s*\\|[ \\t]*$");
    private static final PrefilteredPattern MARKDOWN_H1 = PrefilteredPattern.compile("(?m)^#[ \\t]+(.+)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,3})[ \\t]+(.+)$");
    /** Lines a converter leaves above a markdown masthead: image placeholders and comments. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:<!--.*-->|!\\[.*\\]\\(.*\\)|-{3,}|\\*{3,})$");
    private static final int MAX_MASTHEAD_HEADINGS = 3;
    /** A browser's print header: date, time, then the page title (the URL follows it, or the line ends). */
    private static final PrefilteredPattern PRINT_HEADER = PrefilteredPattern.compile(
            "(?m)(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{2,4},\\s*\\d{1,2}:\\d{2}\\s*[AP]M\\s*([^\\n]{3,200}?)(?=\\s+https?://|[ \\t]*$)");
    /** A dash and the last part of a title: a site's name when it is a host name or a payer ({@link #withoutTrailingSite}). */
    private static final Pattern TRAILING_SITE = Pattern.compile("\\s+[-–—]\\s+([^-–—]+?)\\s*$");
    private static final Pattern HOST_NAME = Pattern.compile("(?i)(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|gov|net|us)");
    /** What a page title appends to the document's own title: " | Site" and " - Medical Policies". */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+\\|\\s+[^|]+$");
    private static final Pattern SERIES_SUFFIX = Pattern.compile(
            "\\s+[-–]\\s+(?:[A-Z][\\w&]*\\s+){0,5}(?:Polic(?:y|ies)|Policy\\s+Bulletins?|Bulletins?|Guidelines?)$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?:[A-Z][\\w&.]*\\s+){1,4}(?:[A-Z]{1,5}[\\s.-]?)?\\d{3,}[\\w.-]*\\s*:\\s+");
    /** The first word of a three-word date label left before the cut: "... Biologic Agents Original [Effective Date:]". */
    private static final Pattern DATE_LABEL_LEAD = Pattern.compile("(?i)(?<=\\S\\s{1,3}\\S{1,40}\\s{1,3}\\S{1,40})\\s+(?:original|current|initial|last|next)$");
    /** A date's label, whose first word may be left before the cut. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)\\bdate\\s*:");
    /** Words that open a two-word field label: "Effective Date:", "Policy Number:", "Last Reviewed:". */
    private static final Pattern LABEL_LEAD_WORD = Pattern.compile("(?i)effective|review(?:ed)?|revision|revised|policy|last|next"
            + "|original|origination|approval|approved|issue|issued|publish(?:ed)?|reference|document|guideline|product|line|lines"
            + "|plan|plans|coverage|medical|clinical|date|end|start|termination|retired|created|modified|posted|responsible|business");
    /**
     * A longer first line is prose, not a title. An update bulletin's title can run to 14 words, a code list's to 18
     * ("Procedure Code List for Preauthorization for ... Medicare Advantage Members Only"); past
     * {@value #LONG_TITLE_WORDS} words, a line whose next line goes on in lower case is a wrapped sentence.
     */
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MIN_TITLE_CHARS = 8;
    private static final Pattern NUMBER_OR_DATE_LABEL = Pattern.compile(
            "(?i)(?:reference|policy|document|guideline)\\s+(?:number|no\\.?|#)|effective\\s+date|review\\s+date|revision\\s+date");
    /** A document host's control numbers before a title: "LC2318ALL0919-A GHHKNA9EN Medicare Advantage ... List". */
    private static final Pattern CONTROL_NUMBERS = Pattern.compile(
            "^(?![A-Z]?\\d{4}[0-9A-Z]?-[A-Z]?\\d{4}[0-9A-Z]?\\s)(?=(?:[A-Z-]*\\d){4})(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{8,}\\s+(?:(?=[A-Z0-9-]*\\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{6,}\\s+){0,2}(?=\\p{Lu}\\p{Ll})");
    private static final int LONG_TITLE_WORDS = 15;
    private static final Pattern HEADER_FIELD = Pattern.compile("(?i)\\s(?:file\\s+name|origination(?:\\s+date)?|effective(?:\\s+date)?"
            + "|last\\s+review(?:ed)?(?:\\s+date)?|review\\s+date|policy\\s+(?:number|no\\.?)|reference\\s+number)\\s*:");
    /** No digits after the ID: a row of an update table ("A51234 Billing and Coding: Oxygen J96.11") lists codes. */
    private static final Pattern MEDICARE_ID_LED = Pattern.compile(PolicyNumberExtractor.MEDICARE_KIND + PolicyNumberExtractor.MEDICARE_ID
            + PolicyNumberExtractor.MEDICARE_ID_TITLE_SEPARATOR + "(\\p{Lu}[^\\n\\d]{3,150})");
    private static final int MEDICARE_ID_LINES = 5;
    /** "Medical Policy: Z-24-098": the policy label's value is its number, and the title is elsewhere. */
    private static final Pattern POLICY_LABEL = Pattern.compile("(?i)policy\\s*:");
    private static final Pattern NUMBER_ONLY = Pattern.compile("[A-Z0-9][\\w.\\-]*\\d[\\w.\\-]*");
    /** Where a flattened header runs into the next field: "... Medicine Policy Division: ...". */
    private static final Pattern NEXT_LABEL = Pattern.compile("\\s(?:[A-Z][\\w&/-]*\\s)?[A-Z][\\w&/-]*:");
    /** Where a header that lost its spaces ran the next label into the value: "...of Specimens|Section:Laboratory". */
    private static final Pattern GLUED_LABEL_START = Pattern.compile("(?<=\\p{Ll})(?=(?:" + PolicyNumberExtractor.FIELD_LABEL_WORDS + ")\\b[\\w ]{0,25}:)");
    /** A date, a colon and a capitalised word: the rest of a headline led by its date. */
    private static final String DATED_HEADLINE_LEAD = "(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\s*:\\s*(?-i:\\p{Lu})";
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)(corporate\\s+)?((?:medical|clinical|payment|reimbursement|coding)(?:\\s*/\\s*(?:medical|clinical|payment|reimbursement|coding))*)?\\s*(coverage\\s+(criteria\\s+)?)?(policy|policies|guidelines?|policy bulletins?)"
                    + "(\\s*[–—:#-]\\s*[\\w.\\-]*\\d[\\w.\\-]*)?|table of contents|.*\\.{3,}.*"
                    // A Medicare document's kind and ID with no title: "FUTURE Local Coverage Determination (LCD): (L36240)".
                    + "|((retired|future|archived|proposed|draft)\\s+)?(local|national) coverage (determination|article)( \\((lcd|ncd|lca)\\))?(\\s*:\\s*\\(?[A-Z]\\d+\\)?)?"
                    // Medicare's article pages: "SUPERSEDED LCD Reference Article Billing and Coding Article".
                    + "|((retired|future|archived|proposed|draft|superseded)\\s+)?(lcd reference article\\s+)?(local coverage |billing and coding )?article"
                    // The claim forms a reimbursement policy applies to, printed in its header: "CMS 1500", "UB04".
                    + "|cms[- ]?1500|cms[- ]?1450|ub[- ]?0?4"
                    + "|clinical review criteria|(?:medical|coverage) policy manual|clinical coverage guideline"
                    + "|provider news|news|newsletter|by\\s+[A-Z].{0,60}|for immediate release|press release"
                    // A memo's salutation: "Attention: Providers"; a date line: "Effective for dates of service on or after ...";
                    // a list's lead-in: "The following new or amended policies are available at". Not a headline led by
                    // its date: "Effective February 1, 2026: Revised Payment Policy: ...".
                    + "|attention\\s*:.*|the\\s+following\\b.*|effective\\s+(?!" + DATED_HEADLINE_LEAD + ")(?:for\\s+(?:dates?\\s+of\\s+)?(?:services?|claims?)|date|on|as\\s+of"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d)\\b.*");
    private static final int MIN_LABEL_VALUE = 20;
    /** Two or more header fields' labels in a row, with no values between them. */
    private static final Pattern LEADING_LABELS = Pattern.compile("(?i)(?:(?:document\\s*(?:#|number|no\\.?)|status|(?:current\\s+)?effective\\s+date"
            + "|(?:last\\s+)?review(?:ed)?(?:\\s+date)?|revised|policy\\s+(?:number|no\\.?|#)|reference\\s+number)\\s*:\\s*){2,}");
    private static final Pattern INTERLEAVED_NUMBER = Pattern.compile("\\s(?:" + PolicyNumberExtractor.DISTINCTIVE_ID + ")(?![\\w\\-])");
    /** A bulletin titled by its month: "May 2026 medical policy updates". */
    private static final Pattern DATED_TITLE = Pattern.compile("(?i)\\s+(?:[a-z-]+\\s+){0,3}(?:updates?|bulletin|news|newsletter|changes|notices?)\\b");
    /** What a page prints around its date stamp: "Last updated on", "Page last reviewed:", "Date posted". */
    private static final Pattern DATE_STAMP = Pattern.compile("(?i)\\W*(?:(?:page|date|last|was|is)\\s+)*"
            + "(?:updated|posted|revised|published|modified|reviewed|created|printed|issued)(?:\\s+(?:on|as\\s+of|date))?\\W*");
    private static final Pattern NOTICE_NOUN = Pattern.compile("(?i)\\b(?:updates?|bulletin|news|newsletter|changes|notices?)\\b");
    /** An issue's date opening a publication's name: "March 2099 Medical Policy Updates", "2026 Policy Updates". */
    private static final Pattern DATE_LED = Pattern.compile("(?i)(?:(?:19|20)\\d\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d|(?:19|20)\\d\\d))\\b");
    /** A title's first word may start with digits: "4Kscore Test Algorithm", "3D Mammography", "21-Gene Assay" (not a code). */
    private static final Pattern DIGIT_LED_WORD = Pattern.compile("\\d{1,3}-?\\p{L}[\\w-]*\\s");
    /** "2026 ICD-10 Local Coverage Article Updates": a year, then words. */
    private static final Pattern YEAR_LED = Pattern.compile("(?:19|20)\\d\\d\\s+[A-Za-z]");
    /** Two parts joined by a spaced dash or a web page title's bar ("Knee Braces | BCBSND"): the part a masthead or a number may be. */
    private static final Pattern DASHED = Pattern.compile("(.{4,}?)\\s+[-–—|]\\s+(.{2,})");
    /** "CAM 724HB", "CP.MP.107", not "COVID-19" or "CYP2C19", which belong to a title. */
    private static final Pattern NUMBER_PART = Pattern.compile("[A-Z]{2,6}(?:\\s\\d{2,}[A-Z]{0,3}|(?:\\.[A-Z0-9]{1,6}){2,3})");
    /** What a saved web page prints above its content: skip links, viewer frames, issue menus, back links. */
    private static final Pattern WEB_CHROME = Pattern.compile(
            "(?i)skip\\s+(?:to\\s+(?:the\\s+)?(?:main\\s+)?content|(?:to\\s+|all\\s+)?navigation)\\b.*|web\\s+content\\s+viewer\\b.*|in\\s+this\\s+issue"
            // Search boxes, document hosts' wrappers and pagers: "Advanced Search", "Page content transcription",
            // "If your browser does not render page correctly, ...", "Previous Article", "You are on page 1 of 99", "Date post: 31-Oct-2021".
            + "|(?:advanced\\s+)?search\\s*:?|page\\s+content\\s+transcription|if\\s+your\\s+browser\\b.*|continue\\s+reading"
            + "|(?:(?:previous|prev|next|older|newer)\\s+(?:article|post|page|story|entry)\\s*)+|you\\s+are\\s+on\\s+page\\b.*|date\\s+post(?:ed)?\\s*:.*|page\\s+created\\s+by\\b.*|lcd\\s*/\\s*ncd\\s+portal"
            // "Post on 19-Jun-2020", "Quick viewing(Text Mode)".
            + "|post(?:ed)?\\s+on\\s+\\d{1,2}-[a-z]{3}-\\d{4}.*|quick\\s+view(?:ing)?\\s*\\(text\\s+mode\\)"
            + "|(?:upload(?:ed)?(?:\\s+by)?|views?|downloads?|last\\s+(?:view|download))\\s*:.*|share\\s+this\\s+document\\b.*"
            // Document hosts' counters and viewers: "16 Views", "1 Downloads", "Size: px", "Start display at page:".
            + "|\\d+\\s+(?:views?|downloads?|pages)|size\\s*:\\s*px|start\\s+display\\s+at\\s+page\\s*:?|transcription"
            // A document host's sidebar: "Survey", "Document related concepts", "Transcript".
            + "|survey|document\\s+related\\s+concepts|transcript"
            // A content system's placeholders left in a saved page: "Breadcrumb", "Page Title for page template".
            + "|breadcrumbs?|page\\s+title\\s+for\\s+page\\s+template"
            // A site's alert with its call to action: "ALERT: Stay healthy this cold and flu season! Learn more".
            + "|.{1,120}[.!?]\\s+(?:learn\\s+more|m[áa]s\\s+informaci[óo]n)\\W*"
            // A site's index links and a blog's label filter: "All Resources", "Showing posts with label Venipuncture. Show all posts".
            + "|all\\s+(?:resources|news|articles|posts|stories|updates|insights|networks)|showing\\s+posts\\s+(?:with\\s+label|from|for)\\b.*"
            + "|(?:back|return)\\s+to\\s+(?=.{0,50}\\b(?:top|home|news|updates?|polic(?:y|ies)|list|page|search|results|insights|index|menu)\\b).{0,60}"
            // Portal widgets and account links: "Contact Us", "Asset Publisher", "Category Filter",
            // "Self-Service Login / Register | ...", "Powered by Google", "print Print Back Back".
            + "|contact\\s+us|asset\\s+publisher|category\\s+filter|(?:self[- ]service\\s+)?(?:log\\s*in|sign\\s*in)\\s*(?:/|or)\\s*register\\b.*"
            + "|powered\\s+by\\s+\\w+|(?:print\\s+)+(?:back\\s*)*"
            // A newsletter's name with its audience, above the issue's date and its articles' headlines: "The Record -
            // for physicians and other health care providers to share with their office staffs".
            + "|[^\\n]{1,40}?\\s[-–—:]\\s+(?:news\\s+|a\\s+newsletter\\s+|news\\s+and\\s+information\\s+)?for\\s+(?:physicians|providers"
            + "|practitioners|clinicians|health\\s+care\\s+(?:providers|professionals))\\s+(?:and|to|in|of|across)\\b.*"
            // A breadcrumb trail: "Home > Clinical & Pharmacy", "Home / Providers / News".
            + "|home\\s*[>›»/|]\\s*.*"
            // The same with an icon font's glyph between the links, read as a character: "Home 5 Providers 5 Claims".
            + "|home\\s+(?<glyph>[^\\s\\p{L}&,.()'’-]{1,2})\\s+\\S[^\\n]*?\\s\\k<glyph>\\s+\\S.*"
            // A site's alert banner above the page: "Monday, February 19 is Presidents' Day, our offices will be closed."
            + "|.{0,80}\\bour\\s+offices?\\s+(?:will\\s+be|are|is)\\s+closed\\b.*"
            // A site's menu bar flattened onto one line: "Home Administrative Billing & Reimbursement ... Pharmacy Products".
            + "|home\\b(?=(?:.*?\\b(?:administrative|billing|pharmacy|products|providers|members|resources|contact|about\\s+us|news|log\\s*in"
            + "|tools|claims|forms|careers|portal)\\b){3}).*"
            // Page tools: "Decrease (-) Restore Default Increase (+) Print Email", "Print Text Size".
            + "|(?:(?:decrease|increase|restore\\s+default|print|e-?mail|share|(?:text|font)\\s+size|\\([-+]\\))\\s*)+");
    /** A field's label printed above its value: "Policy Id", then "HHO-DE-MP-1050". */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?i)(?:policy|document|guideline|reference)\\s+(?:id|number|no\\.?|#)");
    /** The document kind printed with the title on one line: "Corporate Medical Policy Allergy Testing". */
    private static final Pattern KIND_PREFIX = Pattern.compile("(?i)^(?:corporate\\s+)?medical\\s+policy\\s+(?!(?:and|or|for|of|manual|guidelines?)\\b|&|.*\\b(?:updates?|bulletins?|news|changes|notifications?)\\b)"
            // North Carolina Medicaid: "Clinical Coverage Policy 1E-7 Family Planning Services".
            + "|^clinical\\s+coverage\\s+policy\\s+(?:no\\.?\\s*)?[\\w.\\-]*\\d[\\w.\\-]*\\s+"
            // Medicare's coverage database: "Local Coverage Determination (LCD): Noncovered Services (L33777)".
            + "|^(?:(?:future|retired|proposed)\\s+)?local\\s+coverage\\s+(?:determination|article)(?:\\s*\\(lc[da]\\))?(?:\\s*:\\s*|\\s+for\\s+(?=\\p{Lu}))");
    private static final Pattern KIND_SUFFIX = Pattern.compile("(?i)\\s+(?:corporate\\s+)?medical\\s+policy$"
            // North Carolina Medicaid's "<title> Clinical Coverage Policy No: 1-I" cut before "Policy No:".
            + "|\\s+clinical\\s+coverage(?:\\s+policy)?$");
    private static final Pattern ENDS_WITH_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\s*$");
    private static final Pattern CODING_TITLE = Pattern.compile(
            "(?i)billing\\s+and\\s+coding\\s*:\\s*\\S.*|(?=(?:\\S+\\s+){2,}\\S).*\\b(?:polic(?:y|ies)|updates?)\\b.*"
            // A document that is a code list: "CPT/HCPCS Medication Code Reference List".
            + "|(?=(?:\\S+\\s+){2,}\\S).*\\bcodes?\\s+(?:reference\\s+)?(?:list|guide|lookup)\\b.*"
            // A subject's coding for a payer: "Colonoscopy Coding for Medicare".
            + "|(?-i:\\p{Lu})\\w+(?:\\s+\\w+)?\\s+(?:coding|codes)\\s+for\\s+\\S.*"
            // A payment policy's rule for codes: "Revenue Codes Requiring Procedure Codes, Facility".
            + "|(?=(?:\\S+\\s+){2,}\\S).*\\bcodes?\\s+(?:that\\s+)?requir(?:e|es|ing)\\b.*"
            // A payer's code-editing notice or program: "Claim Code Edits Clarified", "Claim and Code Review Program".
            + "|(?=(?:\\S+\\s+){2,}\\S).*\\b(?:edits?|editing|program)\\b.*");
    /** Words run together ("GuidelinesCommercialJune"): a web page's breadcrumb, not a title. */
    private static final Pattern GLUED = Pattern.compile("[a-z]{2}[A-Z][a-z]");

    /** A labelled header field ("Policy Number: HUM-0499-023", "Page: 1 of 12"), not a title. */
    private static final Pattern FIELD = Pattern.compile("(?i)^(?:[\\w/&.-]+\\s+){0,3}(?:number|no\\.?|[\\w/&.-]*#|id|date|dates|page|status"
            + "|code|lob|business|type|division|department|summary|version|revision|origination|approval|approved|review|reviewed"
            + "|revised|effective|published|owner|category|location|business|audience|jurisdiction|states?|region|modified|posted)\\s*:\\s*\\S");
    /** A number printed after the title: "Transcranial Magnetic Stimulation: Policy No. 245". */
    private static final Pattern NUMBER_SUFFIX = Pattern.compile(
            "(?i)\\s*[:,–—-]?\\s*\\b(?:policy|guideline)\\s+(?:no\\.?|number|#)\\s*[\\w.\\-]*\\d[\\w.\\-]*$|\\s*\\((?-i:" + PolicyNumberExtractor.MEDICARE_ID + ")\\)$");
    /** An organisation's name ("Acme Health Plan", "Summit Insurance Company"): a masthead of a payer not in the directory. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)^(?:[A-Z][\\w&'.-]*\\s+){1,5}(?:health\\s+plans?|insurance\\s+company|inc\\.?|llc|corporation|company)$");
    private static final Pattern METADATA_PREFIX = Pattern.compile("(?i)^(?:(?:clinical|medical|payment|coverage)\\s+policy|subject|title)\\s*:\\s*");

    /** A document host's link text before the title: "Download Transcranial Magnetic Stimulation (TMS)". */
    private static final Pattern HOST_PREFIX = Pattern.compile("^Download\\s+(?=\\p{Lu})");
    /** The policy's number leading its title: "MA03.005d, Modifiers XE, XP, XS, XU, and 59". */
    private static final Pattern LEADING_ID = Pattern.compile("^(?:" + PolicyNumberExtractor.DISTINCTIVE_ID + ")\\s*[,:–—-]\\s+(?=\\p{Lu})");
    /** What may join a payer's name to the rest of a title: marks, a dash, a colon. */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[®™©]?(?:['’]s\\b)?[\\s®™©:–—-]*");
    /** A copyright or proprietary notice in a page header: boilerplate above the title. */
    private static final Pattern NOTICE = Pattern.compile("(?i)\\bcopyright\\b|©|\\bproprietary\\s+information\\b");

    private final Masthead masthead;
    private final PayerDirectory payers;

    public TitleExtractor() {
        this(PayerDirectory.load(), ProductLineVocabulary.load());
    }

    /** The payers and product lines tell a masthead ("UnitedHealthcare® Commercial") from a title. */
    public TitleExtractor(PayerDirectory payers, ProductLineVocabulary vocabulary) {
        this.masthead = new Masthead(payers, vocabulary);
        this.payers = payers;
    }

    @Override
    public Located<String> extract(SourceText text, List<Flag> flags) {
        return extract(text, null, flags);
    }

    /**
     * As {@link #extract(SourceText, List)}, with the file's metadata title (PDF/DOCX title,
     * HTML title) used before guessing: running headers, where many payers print the title,
     * are removed by the text stage.
     */
    public Located<String> extract(SourceText text, String metadataTitle, List<Flag> flags) {
        Located<String> title = titleOf(text, metadataTitle, flags);
        if (title == null) {
            return null;
        }
        String t = LEADING_ID.matcher(HOST_PREFIX.matcher(title.value()).replaceFirst("")).replaceFirst("");
        t = PolicyNumberExtractor.ASSOCIATION_NUMBERED_TITLE.matcher(t).replaceFirst("");
        t = CONTROL_NUMBERS.matcher(t).replaceFirst("");
        t = TRAILING_EFFECTIVE.matcher(t).replaceFirst("");
        return new Located<>(withoutLeadingKind(withoutLeadingPayer(withoutTrailingSite(withoutMastheadParts(t)))), title.where());
    }

    /**
     * A web page's title keeps its site after a dash: "Home Hemodialysis - UHCprovider.com", "Auditory
     * Brainstem Implant - Blue Cross and Blue Shield of Louisiana". The site is a host name or a payer.
     */
    private String withoutTrailingSite(String title) {
        Matcher dash = TRAILING_SITE.matcher(title);
        if (!dash.find()) {
            return title;
        }
        String site = dash.group(1);
        List<MatchResult> names = payers.mentions(site);
        boolean payerOnly = !names.isEmpty() && names.get(0).start() == 0 && names.get(0).end() == site.length();
        String rest = title.substring(0, dash.start());
        return (HOST_NAME.matcher(site).matches() || payerOnly) && titleLike(rest) ? rest : title;
    }

    /**
     * A masthead run into the title by flattened text, once its payer is cut: "[UnitedHealthcare®] Medicare
     * Advantage Policy Guideline Category III CPT Codes" is titled "Category III CPT Codes".
     */
    private static String withoutLeadingKind(String title) {
        Matcher kind = Masthead.LINE_AND_KIND.matcher(title);
        if (!kind.lookingAt()) {
            return title;
        }
        String rest = title.substring(kind.end());
        // A notice's title keeps it: "Medicare Advantage Medical Policy Update Bulletin: August 2025".
        return titleLike(rest) && !NOTICE_NOUN.matcher(rest).find() ? rest : title;
    }

    /**
     * "Humana Sleep Studies, Adult" is titled "Sleep Studies, Adult": the payer is a field of its own. A
     * program's name is part of its manuals' titles ("Texas Medicaid Provider Procedures Manual"), and a
     * payer's name part of its publications' ("Regence Medical Policy Update, July 1, 2024"), unless an
     * issue's date parts them: "Blue Cross Blue Shield Vermont [/] March 2099 Medical Policy Updates".
     */
    private String withoutLeadingPayer(String title) {
        List<MatchResult> names = payers.mentions(title);
        if (names.isEmpty() || names.get(0).start() != 0) {
            return title;
        }
        PayerDirectory.Payer named = payers.byAlias(names.get(0).group());
        if (named == null || named.impliedLine() != null || named.agency()) {
            return title;
        }
        String rest = LEADING_MARKS.matcher(title.substring(names.get(0).end())).replaceFirst("");
        boolean namesPublication = NOTICE_NOUN.matcher(rest).find() && !DATE_LED.matcher(rest).lookingAt();
        return titleLike(rest) && Character.isUpperCase(rest.charAt(0)) && !namesPublication ? rest : title;
    }

    /**
     * "Rosacea Procedures - Cigna", "Neck MRA/MRV - CAM 724HB", "Cigna Medical Coverage Policies –
     * Preface to the Imaging Guidelines": a masthead or the number joined to the title by a dash is cut off.
     */
    private String withoutMastheadParts(String title) {
        Matcher parts = DASHED.matcher(title);
        if (!parts.matches()) {
            return title;
        }
        String head = parts.group(1).strip();
        String tail = parts.group(2).strip();
        if (masthead.linesOf(tail).isPresent() || NUMBER_PART.matcher(tail).matches()) {
            return head;
        }
        return masthead.linesOf(head).isPresent() ? tail : title;
    }

    private Located<String> titleOf(SourceText text, String metadataTitle, List<Flag> flags) {
        Located<String> printed = printed(text);
        if (printed != null) {
            return printed;
        }
        NameNumberDateHeader header = NameNumberDateHeader.of(text);
        if (header != null) {
            return header.title();
        }
        MatchResult print = PRINT_HEADER.first(text.text());
        if (print != null) {
            return found(text, print.start(1), withoutPageTitleSuffix(print.group(1)));
        }
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            String clean = METADATA_PREFIX.matcher(metadataTitle.strip()).replaceFirst("");
            clean = NUMBER_PREFIX.matcher(withoutPageTitleSuffix(clean)).replaceFirst("");
            return new Located<>(clean, text.provenance(0, 0, "document metadata title: " + metadataTitle.strip()));
        }
        Located<String> subject = flattenedSubject(text);
        if (subject != null) {
            return subject;
        }
        Located<String> heading = masthead(text);
        if (heading == null) {
            heading = markdownHeading(text);
        }
        if (heading != null) {
            return heading;
        }
        Located<String> led = ledByMedicareId(text);
        if (led != null) {
            return led;
        }
        Located<String> guess = guessFromHeader(text);
        if (guess != null) {
            flags.add(new Flag(FlagKind.LOW_CONFIDENCE, "title guessed from the first header line", guess.where()));
        }
        return guess;
    }

    private static Located<String> printed(SourceText text) {
        String s = text.text();
        MatchResult row = TABLE_ROW.first(s);
        if (row != null) {
            return found(text, row.start(1), row.group(1));
        }
        for (MatchResult m : LABELLED.findAll(s)) {
            String value = cutAtNextLabel(valueOfInterleavedHeader(m.group(1).strip()));
            if (NUMBER_ONLY.matcher(value).matches() && POLICY_LABEL.matcher(m.group()).find()) {
                continue; // "Medical Policy: Z-24-098" labels the number; "Topic:" below names the title
            }
            if (!value.isEmpty()) {
                return found(text, m.start(1) + Math.max(0, m.group(1).indexOf(value)), value + continuation(text, m.end()));
            }
            Located<String> below = firstNonLabelLineAfter(text, m.end());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /**
     * A memo's or a bulletin's header flattened onto one line: "Bulletin Number: MSA 16-26 ... Subject:
     * Updates to the Medicaid Provider Manual Effective: As Indicated": the subject, up to the next label.
     */
    private static Located<String> flattenedSubject(SourceText text) {
        String s = text.text();
        Matcher m = FLATTENED_SUBJECT.matcher(s.substring(0, Math.min(s.length(), FLATTENED_HEADER_CHARS)));
        if (!m.find()) {
            return null;
        }
        // A short subject is followed by the next field's label at once: "Orthopedics Category: Surgery".
        String value = cutAtNextLabel(m.group(1).strip(), 1);
        return titleLike(value) ? found(text, m.start(1), value) : null;
    }

    /** A markdown heading: after the metadata title, since a PDF table row "# | Action" reads "# Action". */
    private static Located<String> markdownHeading(SourceText text) {
        MatchResult m = MARKDOWN_H1.first(text.text());
        return m != null ? found(text, m.start(1), m.group(1).strip()) : null;
    }

    private static String withoutPageTitleSuffix(String title) {
        String t = SITE_SUFFIX.matcher(title.strip()).replaceFirst("");
        return SERIES_SUFFIX.matcher(t).replaceFirst("");
    }

    /** Same-level headings at the very top, with only blank lines between them: a newsletter's name, tagline and issue. */
    private static Located<String> masthead(SourceText text) {
        List<SourceText.Line> lines = text.lines();
        StringBuilder title = new StringBuilder();
        String level = null;
        int start = -1;
        int parts = 0;
        for (SourceText.Line line : lines) {
            String t = line.text().strip();
            if (t.isEmpty() || (level == null && PLACEHOLDER.matcher(t).matches())) {
                continue;
            }
            Matcher h = MARKDOWN_HEADING.matcher(t);
            if (!h.matches() || (level != null && !h.group(1).equals(level)) || Sections.headingKind(h.group(2)) != null
                    || parts == MAX_MASTHEAD_HEADINGS) {
                break;
            }
            level = h.group(1);
            start = start < 0 ? line.start() : start;
            title.append(parts++ == 0 ? "" : " - ").append(h.group(2).strip());
        }
        return parts == 0 ? null : found(text, start, title.toString());
    }

    /**
     * A header table flattened labels first, values after: "Subject: Document #: Status: Percutaneous
     * Facet Neurolysis SURG.00066 Current ...". The title is what follows the other labels, up to the
     * policy number; without a number after them, the colons belong to the title.
     */
    private static String valueOfInterleavedHeader(String value) {
        Matcher labels = LEADING_LABELS.matcher(value);
        if (!labels.lookingAt()) {
            return value;
        }
        String rest = value.substring(labels.end());
        Matcher number = INTERLEAVED_NUMBER.matcher(rest);
        return number.find() ? rest.substring(0, number.start()).strip() : value; // "Title: Payment Policy: E&M ..." is a title
    }

    /**
     * The value up to the next field's label on the same line. A label of two capitalised words is
     * one label ("Effective Date:") unless its first word could not start one: in "Transvaginal
     * Ultrasounds Division:" the title's last word stays with the title.
     */
    private static String cutAtNextLabel(String value) {
        return cutAtNextLabel(value, MIN_LABEL_VALUE);
    }

    private static String cutAtNextLabel(String value, int minValue) {
        Matcher glued = GLUED_LABEL_START.matcher(value);
        if (glued.find(Math.min(minValue, value.length()))) {
            value = value.substring(0, glued.start()); // certainly where the next field starts
        }
        Matcher next = NEXT_LABEL.matcher(value);
        while (next.find()) {
            // A number's or a date's label ends even a short title: "Step Therapy Reference Number: CP.CPA.83".
            if (next.start() >= minValue || next.start() >= MIN_TITLE_CHARS && NUMBER_OR_DATE_LABEL.matcher(next.group()).find()) {
                String[] words = SPACES.split(value.substring(next.start(), next.end()).strip());
                boolean titleWordBefore = words.length == 2 && !LABEL_LEAD_WORD.matcher(words[0]).matches()
                        && FIELD.matcher(words[1] + " x").find();
                int cut = titleWordBefore ? value.indexOf(words[1], next.start()) : next.start();
                String title = value.substring(0, cut).strip();
                return DATE_LABEL.matcher(next.group()).find() ? DATE_LABEL_LEAD.matcher(title).replaceFirst("") : title;
            }
        }
        return value;
    }

    private static Located<String> firstNonLabelLineAfter(SourceText text, int offset) {
        for (SourceText.Line line : text.lines()) {
            if (line.start() <= offset || line.text().isBlank()) {
                continue;
            }
            String t = line.text().strip();
            if (t.endsWith(":")) {
                continue;
            }
            return titleLike(t) ? found(text, line.start(), t) : null;
        }
        return null;
    }

    private Located<String> guessFromHeader(SourceText text) {
        List<SourceText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String t = STATUS_MARK.matcher(lines.get(i).text().strip()).replaceFirst("");
            if (t.isEmpty() || GENERIC.matcher(t).matches() || isChromeOrFieldLabel(t) || isMostlyADate(t) || NOTICE.matcher(t).find()
                    || GLUED.matcher(t).results().count() >= 2
                    || t.endsWith(":") // a lead-in ("The following LCDs have been revised:") or a bare label
                    || masthead.linesOf(t).isPresent() || !masthead.linesOfUnnamed(t).isEmpty() || isField(t)
                    || ORGANISATION.matcher(t).matches()) {
                continue;
            }
            int contentsEnd = Sections.contentsListEnd(lines, i);
            if (contentsEnd > i) {
                i = contentsEnd - 1; // a web page's section menu above the title
                continue;
            }
            if (isAddressAfterDate(lines, i)) {
                return null; // a letter: its date, the addressee, "Dear ...:", and no title
            }
            if ((t.endsWith(".") || t.endsWith("!")) && repeatedNearby(lines, i)) {
                continue; // a site's banner printed twice ("It's Time to Renew. ... Stay Covered."); a title printed twice stays
            }
            String whole = t;
            t = beforeHeaderFields(t);
            int words = SPACES.split(withoutKind(t)).length;
            if (isSectionHeading(t) || words > MAX_TITLE_WORDS || t.endsWith(".")
                    || words > LONG_TITLE_WORDS && wrapsOn(text, lines.get(i).end())) {
                return null;
            }
            if (titleLike(t)) {
                // A title cut out of a flattened header does not continue on the next line, nor does one
                // that ends with its date ("... Update Bulletin: August 2026" above a table's "New" column).
                String next = t.equals(whole) && !ENDS_WITH_YEAR.matcher(t).find() ? continuation(text, lines.get(i).end()) : "";
                return found(text, lines.get(i).start(), withoutKind(t) + next);
            }
        }
        return null;
    }

    /** Whether line {@code i} follows a line holding only a date and a salutation follows it within a few lines. */
    private static boolean isAddressAfterDate(List<SourceText.Line> lines, int i) {
        int previous = i - 1;
        while (previous >= 0 && lines.get(previous).text().isBlank()) {
            previous--;
        }
        if (previous < 0 || !isMostlyADate(lines.get(previous).text().strip())) {
            return false;
        }
        return lines.subList(i + 1, lines.size()).stream().filter(l -> !l.text().isBlank()).limit(ADDRESS_LINES)
                .anyMatch(l -> SALUTATION.matcher(l.text().strip()).matches());
    }

    /** Whether line {@code i} is printed again, word for word, within a few lines of it. */
    private static boolean repeatedNearby(List<SourceText.Line> lines, int i) {
        String t = lines.get(i).text().strip();
        return IntStream.rangeClosed(Math.max(0, i - BANNER_REPEAT_LINES), Math.min(lines.size() - 1, i + BANNER_REPEAT_LINES))
                .anyMatch(j -> j != i && lines.get(j).text().strip().equals(t));
    }

    /** "L29265 PULMONARY DIAGNOSTIC SERVICES" among the first lines: an LCD's ID and title, whatever a portal prints above. */
    private static Located<String> ledByMedicareId(SourceText text) {
        for (SourceText.Line line : text.headLines(MEDICARE_ID_LINES)) {
            Matcher m = MEDICARE_ID_LED.matcher(line.text().strip());
            if (m.matches()) {
                return text.located(line, m.group(1));
            }
        }
        return null;
    }

    /**
     * A whole header flattened onto one line ("Corporate Medical Policy Surgical Treatment of Sinus
     * Disease File Name: ... Origination: 2/2010 ..."): the title is what precedes its first field.
     */
    private static String beforeHeaderFields(String line) {
        Matcher field = HEADER_FIELD.matcher(line);
        return field.find() && field.start() >= MIN_LABEL_VALUE ? line.substring(0, field.start()).strip() : line;
    }

    /** "Corporate Medical Policy Allergy Testing" and "Allergy Testing Corporate Medical Policy" are "Allergy Testing". */
    private static String withoutKind(String line) {
        String t = KIND_SUFFIX.matcher(KIND_PREFIX.matcher(line).replaceFirst("")).replaceFirst("");
        return SPACES.split(t.strip()).length >= 2 ? t.strip() : line;
    }

    /**
     * A line that opens a section, so the document has no title above it; but a title that names coding
     * is no coding section: "Billing and Coding: Pharmacogenomics Testing" (every Medicare billing
     * article), "Medical Policy and Coding Updates", "Clinical Payment and Coding Policies".
     */
    /** Whether a line is what a saved web page prints around its content (skip links, search boxes, portal widgets). */
    public static boolean isWebChrome(String line) {
        return WEB_CHROME.matcher(line.strip()).matches();
    }

    /** Web chrome, or a field's label standing alone: neither is nor continues a title. */
    private static boolean isChromeOrFieldLabel(String t) {
        return isWebChrome(t) || FIELD_LABEL.matcher(t).matches();
    }

    private static boolean isSectionHeading(String t) {
        SectionKind kind = Sections.headingKind(t);
        return kind != null && !(kind == SectionKind.CODING && CODING_TITLE.matcher(t).matches());
    }

    /** A short line over a bulleted list is the list's label ("Provider Type" over "- Physicians"), not a title's end. */
    private static boolean headsAList(SourceText text, SourceText.Line line) {
        if (line.end() + 1 >= text.text().length()) {
            return false;
        }
        return CodeExtractor.BULLET.matcher(text.lineAt(line.end() + 1).text()).find();
    }

    /** A title broken over two lines continues with a short lone line ("Treatment", "Insufficiency"). */
    private static String continuation(SourceText text, int lineEnd) {
        SourceText.Line next = text.lineAt(Math.min(text.text().length() - 1, lineEnd + 1));
        String t = next.text().strip();
        if (next.start() > lineEnd && SHORT_NAME.matcher(t).matches() && Sections.headingKind(t) == null
                && !GENERIC.matcher(t).matches() && !isChromeOrFieldLabel(t)
                && !t.equals(t.toUpperCase()) && !headsAList(text, next)
                && !t.equals(text.lineAt(lineEnd).text().strip()) // the title printed again is not its second line
                && !AUDIENCE.matcher(t).matches()) { // nor is the audience under it ("For Providers")
            return " " + t;
        }
        return "";
    }

    /** Whether the next non-blank line after {@code lineEnd} opens in lower case: the line above is a wrapped sentence. */
    private static boolean wrapsOn(SourceText text, int lineEnd) {
        String s = text.text();
        int at = lineEnd;
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at < s.length() && Character.isLowerCase(s.charAt(at));
    }

    private static boolean titleLike(String t) {
        return t.length() >= 8 && t.length() <= 150 && SPACES.split(t).length >= 2
                && (Character.isLetter(t.charAt(0)) || YEAR_LED.matcher(t).lookingAt() || DIGIT_LED_WORD.matcher(t).lookingAt());
    }

    /**
     * A date line: "03/15/2026", "Revised 03/15/2026", "Update: 03/15/2026", "Last updated on March 3,
     * 2024"; but "Medical policy updates effective June 1, 2026" and "Policy Updates August 2020" are
     * a notice's title with its date.
     */
    private static boolean isMostlyADate(String printed) {
        // A web page's section tag run into its date stamp: "MedicaidNovember 21, 2024".
        String line = GLUED_WORDS.matcher(printed).replaceAll(" ");
        Matcher date = DateParser.DATE.matcher(line);
        if (!date.find()) {
            return false;
        }
        String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
        return date.start() == 0 && !DATED_TITLE.matcher(line.substring(date.end())).lookingAt()
                || line.length() - (date.end() - date.start()) < 16 && !(NOTICE_NOUN.matcher(rest).find() && words(rest) >= 2)
                || DATE_STAMP.matcher(rest).matches();
    }

    private static final Pattern GLUED_WORDS = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private static int words(String text) {
        return (int) SPACES.splitAsStream(text.strip()).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
    }

    /** "Policy Number: HUM-0499-023" is a field; "Hyperbaric Oxygen Therapy: Policy No. 318" a title and its number. */
    private static boolean isField(String line) {
        String withoutNumber = NUMBER_SUFFIX.matcher(line).replaceFirst("");
        return withoutNumber.isBlank() || FIELD.matcher(withoutNumber).find() && !METADATA_PREFIX.matcher(withoutNumber).find();
    }

    private static Located<String> found(SourceText text, int start, String value) {
        String clean = TRAILING_MARKS.matcher(Spaces.collapse(value)).replaceAll("").strip();
        clean = NUMBER_SUFFIX.matcher(clean).replaceFirst("");
        return new Located<>(clean, text.provenance(start, start + value.length()));
    }
}
