package com.policyledger.web.policy;

import com.policyledger.policy.VersionContent;
import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.review.CorrectedVersion;
import com.policyledger.review.CorrectedVersions;
import com.policyledger.review.Corrections;
import com.policyledger.review.DocumentCorrections;
import com.policyledger.web.NotFoundException;
import com.policyledger.web.policy.DocumentView.CodeView;
import com.policyledger.web.policy.PolicyRows.CodeRow;
import com.policyledger.web.policy.PolicyRows.VersionRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Assembles what the policy pages and the policy API show, corrections applied. */
@Service
public class PolicyPages {

    private final DocumentQueries documents;
    private final Corrections corrections;
    private final CorrectedVersions versions;

    PolicyPages(DocumentQueries documents, Corrections corrections, CorrectedVersions versions) {
        this.documents = documents;
        this.corrections = corrections;
        this.versions = versions;
    }

    /** The versions of a policy, each with what changed from the one before (corrections applied). */
    public List<VersionRow> history(long policyId) {
        return documents.versions(policyId).stream().map(v -> new VersionRow(v.versionNumber(), v.effectiveDate(),
                v.documentId(), v.fileName(), v.openFlags(), v.versionNumber() == 1 ? "first version"
                        : versions.diff(policyId, v.versionNumber() - 1, v.versionNumber())
                                .map(d -> d.diff().summary()).orElse(""))).toList();
    }

    public DocumentView document(long documentId) {
        PolicyRows.DocumentFields fields = documents.fields(documentId)
                .orElseThrow(() -> new NotFoundException("no document " + documentId));
        DocumentCorrections corrected = corrections.of(documentId);
        return new DocumentView(fields, codes(documentId, corrected), documents.statements(documentId),
                documents.revisions(documentId), documents.flags(documentId), corrected);
    }

    /** The document's codes through the same correction rules as versions and diffs, with page and snippet. */
    private List<CodeView> codes(long documentId, DocumentCorrections corrected) {
        Map<CodeKey, CodeRow> rows = new LinkedHashMap<>();
        Map<CodeKey, CodeLine> lines = new LinkedHashMap<>();
        for (CodeRow r : documents.codes(documentId)) {
            CodeLine line = new CodeLine(r.code(), r.system(), r.determination(), r.productLines());
            rows.put(line.key(), r);
            lines.put(line.key(), line);
        }
        CorrectedVersion applied = CorrectedVersion.of(new VersionContent(0, 0, documentId, null, null, null,
                Set.of(), lines, List.of()), corrected);
        return applied.content().codes().values().stream().map(line -> {
            CodeRow row = rows.get(line.key());
            return new CodeView(line.code(), line.system(), line.determination(), line.productLines(),
                    row == null ? null : row.page(), row == null ? null : row.snippet(),
                    applied.note(line.label()).orElse(null));
        }).toList();
    }
}
