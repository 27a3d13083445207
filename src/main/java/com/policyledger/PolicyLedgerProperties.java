package com.policyledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every PolicyLedger setting, with the trade-off it makes. Each can be given as
 * {@code --policyledger.x=...}, an environment variable ({@code POLICYLEDGER_X}) or in application.yml.
 *
 * @param dataDir where the embedded PostgreSQL keeps its cluster and where run reports go. Shared
 *     by {@code ingest} and {@code serve} so they see the same data; ignored for the database when
 *     {@code spring.datasource.url} points at an external server.
 * @param maxFileBytes files larger than this are rejected before parsing: a 2 GB scan would take
 *     the night and the heap with it. 100MB is far above any real policy PDF.
 * @param parseTimeout a parse that takes longer is abandoned and the file rejected, so one
 *     pathological file cannot hang the nightly run. 60 s covers a 200-page PDF with some OCR.
 * @param ocr OCR pages with no text layer when {@code tesseract} is on the PATH. Off saves time
 *     on scanned bulletins but leaves their pages empty (flagged NO_TEXT_LAYER).
 * @param ocrLanguage Tesseract language pack(s), e.g. {@code eng} or {@code eng+spa}.
 * @param chunkSize documents per transaction. Small keeps a crash's lost work small; each document
 *     is written idempotently, so a retried chunk never doubles anything. The workers parse the
 *     next files while a chunk is written, so its size does not limit parallelism.
 * @param workers documents parsed and extracted at once. 0 means one per CPU core; 1 parses one
 *     file at a time (the next one while a chunk is written), for a machine shared with other work.
 * @param progressInterval how often the progress line is logged when output is not a terminal.
 */
@ConfigurationProperties("policyledger")
public record PolicyLedgerProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("100MB") DataSize maxFileBytes,
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("true") boolean ocr,
        @DefaultValue("eng") String ocrLanguage,
        @DefaultValue("8") int chunkSize,
        @DefaultValue("0") int workers,
        @DefaultValue("5s") Duration progressInterval) {

    /** The number of worker threads, resolving 0 to the number of CPU cores. */
    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
