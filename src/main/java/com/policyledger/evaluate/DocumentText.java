package com.policyledger.evaluate;

import com.policyledger.text.ParsedDocument;
import com.policyledger.text.TikaPageExtractor;
import com.policyledger.text.UnreadableDocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** A document as the text stage hands it over: page texts and the file's metadata title (may be null). */
public record DocumentText(List<String> pages, String metadataTitle) {

    /** A document as ingest reads it (Tika, cleaned pages); one that cannot be read is an empty page. */
    public static DocumentText read(TikaPageExtractor tika, Path file) {
        try {
            ParsedDocument parsed = tika.extract(file, tika.detect(file));
            return new DocumentText(parsed.cleanPages(), parsed.metadataTitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableDocumentException e) {
            return new DocumentText(List.of(""), null);
        }
    }
}
