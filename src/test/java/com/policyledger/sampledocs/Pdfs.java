package com.policyledger.sampledocs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes PDFBox output byte-for-byte reproducible: PDFBox would otherwise stamp the current time
 * into the document ID, and we want a re-run of the generator to leave git with nothing to commit.
 */
final class Pdfs {

    static final String PRODUCER = "PolicyLedger sample-docs generator";

    private Pdfs() {
    }

    /** Fixed metadata and a document ID derived from {@code idSeed} instead of the clock. */
    static void stamp(PDDocument doc, String title, Instant created, String idSeed) {
        doc.setVersion(1.7f);
        PDDocumentInformation info = new PDDocumentInformation();
        if (title != null) {
            info.setTitle(title);
        }
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(calendar(created));
        info.setModificationDate(calendar(created));
        doc.setDocumentInformation(info);
        COSArray id = new COSArray();
        id.add(new COSString(md5(idSeed)));
        id.add(new COSString(md5(idSeed)));
        doc.getDocument().setDocumentID(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    static Calendar calendar(Instant instant) {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(instant.toEpochMilli());
        return cal;
    }

    static byte[] md5(String seed) {
        try {
            return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
