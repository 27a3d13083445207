package com.policyledger.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Writes the source documents in the export contract's field names (other tools read them). */
public class DocumentExporter {

    private static final List<String> CSV_COLUMNS = List.of("source", "sha256", "doc_kind", "payer", "policy_number",
            "title", "effective_date", "code", "system", "determination", "product_lines", "page");

    private final ExportQueries queries;
    private final ObjectWriter json = Json.mapper().writer();

    public DocumentExporter(ExportQueries queries) {
        this.queries = queries;
    }

    /** One JSON object per source document, in path order. Returns the number written. */
    public long writeJsonLines(OutputStream out) throws IOException {
        AtomicLong count = new AtomicLong();
        queries.forEachDocument(document -> {
            write(out, json.writeValueAsBytes(document));
            write(out, new byte[] {'\n'});
            count.incrementAndGet();
        });
        out.flush();
        return count.get();
    }

    /** One row per code a document lists, with the document's identity. Returns the number of rows. */
    public long writeCsv(OutputStream out) throws IOException {
        AtomicLong count = new AtomicLong();
        write(out, (String.join(",", CSV_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        queries.forEachDocument(document -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> codes = (List<Map<String, Object>>) document.get("codes");
            for (Map<String, Object> code : codes) {
                String row = CSV_COLUMNS.stream().map(column -> csvCell(code.containsKey(column) && !column.equals("source")
                        ? code.get(column) : document.get(column))).collect(Collectors.joining(","));
                write(out, (row + "\n").getBytes(StandardCharsets.UTF_8));
                count.incrementAndGet();
            }
        });
        out.flush();
        return count.get();
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break; lists are joined with ';'. */
    static String csvCell(Object value) {
        String text = value == null ? "" : value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(";")) : String.valueOf(value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives one exported document at a time. */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(Map<String, Object> document) throws IOException;
    }
}
