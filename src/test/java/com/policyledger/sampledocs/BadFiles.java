package com.policyledger.sampledocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Inputs the ingestion must reject cleanly (and report) instead of crashing or loading garbage.
 * Every byte is derived from fixed seeds so re-running the generator changes nothing.
 */
final class BadFiles {

    /** The user password of bad/encrypted.pdf (documented in sample-docs/README.md). */
    static final String USER_PASSWORD = "policyledger-user";
    private static final String OWNER_PASSWORD = "policyledger-owner";

    private BadFiles() {
    }

    /**
     * A valid PDF, AES-128 encrypted: it cannot be opened (or its text read) without the password.
     * Not AES-256: PDFBox draws the AES-256 file key from its own unseeded SecureRandom, which would
     * make the file differ on every run; AES-128 derives the key from password and document ID.
     */
    static byte[] encrypted(byte[] validPdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(validPdf)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(OWNER_PASSWORD, USER_PASSWORD, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(true);
            doc.protect(policy);
            // AES needs random keys and IVs; a seeded SHA1PRNG makes them the same on every run
            doc.getEncryption().getSecurityHandler().setCustomSecureRandom(seededRandom("encrypted.pdf"));
            return Pdfs.bytes(doc);
        }
    }

    /**
     * The first part of a valid PDF (header, first objects) cut off mid-stream, with a run of
     * garbage spliced in: no cross-reference table, no trailer, no %%EOF.
     */
    static byte[] corrupt(byte[] validPdf) {
        byte[] cut = Arrays.copyOf(validPdf, Math.min(validPdf.length, 1500));
        byte[] garbage = new byte[96];
        new Random(1500).nextBytes(garbage);
        System.arraycopy(garbage, 0, cut, 700, garbage.length);
        return cut;
    }

    static byte[] empty() {
        return new byte[0];
    }

    /** 4 KiB of seeded noise: no magic number, so no parser claims it. */
    static byte[] unsupported() {
        byte[] bytes = new byte[4096];
        new Random(20260101L).nextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

    private static SecureRandom seededRandom(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
