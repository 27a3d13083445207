package com.policyledger.text;

import com.policyledger.PolicyLedgerProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a file into pages of text with one shared Tika parser (a parser per file halves the
 * throughput). Each parse runs on a worker thread bounded by {@code policyledger.parse-timeout}.
 */
@Component
public class TikaPageExtractor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TikaPageExtractor.class);

    /** What a policy arrives as; anything else (images, archives, spreadsheets) is rejected up front. */
    private static final Set<String> SUPPORTED = Set.of("application/pdf", "text/html", "application/xhtml+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/rtf", "application/vnd.oasis.opendocument.text", "text/plain");

    /** Custom metadata naming the type {@link #detect} found, so the parse does not detect it again. */
    private static final String DETECTED_TYPE = "policyledger:detected-type";

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Detector detector = parser.getDetector();
    private final PolicyLedgerProperties properties;
    private final RunningLineRemover cleaner = new RunningLineRemover();
    private final boolean ocrAvailable;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "tika-parse");
        thread.setDaemon(true); // a parse abandoned after its timeout must not keep the JVM alive
        return thread;
    });

    public TikaPageExtractor(PolicyLedgerProperties properties) {
        this.properties = properties;
        parser.setDetector(this::detectedOrDetect);
        this.ocrAvailable = properties.ocr() && Tesseract.isOnPath();
        if (properties.ocr() && !ocrAvailable) {
            log.debug("tesseract is not on the PATH: pages without a text layer will be flagged NO_TEXT_LAYER");
        }
    }

    public boolean ocrAvailable() {
        return ocrAvailable;
    }

    /** The detected media type without parameters, e.g. {@code application/pdf}. */
    public String detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).getBaseType().toString();
        }
    }

    /**
     * The parser's detector: the type {@link #detect} already found for the file (Tika's magic
     * matching is a fifth of the parse of a short PDF), else real detection, as for documents embedded in it.
     */
    private MediaType detectedOrDetect(InputStream in, Metadata metadata) throws IOException {
        String known = metadata.get(DETECTED_TYPE);
        return known != null ? MediaType.parse(known) : detector.detect(in, metadata);
    }

    public static boolean isSupported(String mediaType) {
        return SUPPORTED.contains(mediaType) || MediaType.parse(mediaType).getType().equals("text")
                && !mediaType.equals("text/csv");
    }

    /** {@code mediaType}: what {@link #detect} said of the file; it chooses the parser. */
    public ParsedDocument extract(Path file, String mediaType) throws UnreadableDocumentException {
        long start = System.nanoTime();
        Metadata metadata = new Metadata();
        metadata.set(DETECTED_TYPE, mediaType);
        Future<PageCollectingHandler> parse = workers.submit(() -> parse(file, metadata));
        PageCollectingHandler handler;
        try {
            handler = parse.get(properties.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new UnreadableDocumentException("parsing took longer than policyledger.parse-timeout ("
                    + properties.parseTimeout().toSeconds() + " s) and was abandoned; raise the timeout if the file is"
                    + " just very large (then run ingest --retry-rejected)");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("parsing was interrupted", e);
        } catch (ExecutionException e) {
            throw new UnreadableDocumentException(ParseFailures.describe(e.getCause(), mediaType), e.getCause());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ParsedDocument(mediaType, pages(handler), metadata.get(TikaCoreProperties.TITLE), millis);
    }

    private PageCollectingHandler parse(Path file, Metadata metadata)
            throws IOException, TikaException, org.xml.sax.SAXException {
        PageCollectingHandler handler = new PageCollectingHandler();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, parseContext());
        }
        return handler;
    }

    private ParseContext parseContext() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // AUTO OCRs only pages whose text layer is (nearly) empty; text pages stay fast.
        pdf.setOcrStrategy(ocrAvailable ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        // Tika writes bookmarks and form fields after the last page, where PageCollectingHandler
        // keeps nothing: reading them would be wasted work on every PDF that has an outline.
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAcroFormContent(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(!ocrAvailable);
        ocr.setLanguage(properties.ocrLanguage());
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private List<Page> pages(PageCollectingHandler handler) {
        List<String> raw = handler.pageTexts();
        List<String> clean = cleaner.clean(raw);
        List<Page> pages = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            pages.add(new Page(i + 1, raw.get(i), clean.get(i), handler.isOcr(i)));
        }
        return pages;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Maps parser failures to reasons a person can act on. */
    static final class ParseFailures {

        private ParseFailures() {
        }

        static String describe(Throwable failure, String mediaType) {
            if (failure instanceof EncryptedDocumentException) {
                return "encrypted " + kind(mediaType) + ": it needs a password and none is configured;"
                        + " ask the payer for an unprotected copy";
            }
            if (failure instanceof ZeroByteFileException) {
                return "empty file (0 bytes)";
            }
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return "corrupt or truncated " + kind(mediaType) + ", the parser could not read it: " + detail;
        }

        private static String kind(String mediaType) {
            return switch (mediaType) {
                case "application/pdf" -> "PDF";
                case "text/html" -> "HTML file";
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX file";
                default -> "file (" + mediaType + ")";
            };
        }
    }
}
