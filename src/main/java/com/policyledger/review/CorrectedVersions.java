package com.policyledger.review;

import com.policyledger.policy.VersionDiff;
import com.policyledger.policy.VersionDiffer;
import com.policyledger.policy.VersionReader;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Policy versions and their diff with analysts' corrections applied. */
@Service
public class CorrectedVersions {

    private final VersionReader versions;
    private final Corrections corrections;

    public CorrectedVersions(VersionReader versions, Corrections corrections) {
        this.versions = versions;
        this.corrections = corrections;
    }

    public Optional<CorrectedVersion> find(long policyId, int versionNumber) {
        return versions.find(policyId, versionNumber)
                .map(v -> CorrectedVersion.of(v, corrections.of(v.documentId())));
    }

    /** The diff of two corrected versions, with the corrections that touched either side. */
    public Optional<CorrectedDiff> diff(long policyId, int from, int to) {
        Optional<CorrectedVersion> a = find(policyId, from);
        Optional<CorrectedVersion> b = find(policyId, to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        VersionDiff diff = VersionDiffer.diff(a.get().content(), b.get().content());
        return Optional.of(new CorrectedDiff(diff, a.get(), b.get()));
    }

    /** A diff and the two corrected sides it was computed from. */
    public record CorrectedDiff(VersionDiff diff, CorrectedVersion from, CorrectedVersion to) {

        /** The correction behind a listing (its label) on either side, for "corrected by" notes next to diff lines. */
        public Optional<Correction> note(String label) {
            return to.note(label).or(() -> from.note(label));
        }
    }
}
