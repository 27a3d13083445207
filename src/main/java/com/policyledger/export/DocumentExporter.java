package com.policyledger.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the source documents in the export contract's field names (other tools read them). */
@Component
public class DocumentExporter {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    public DocumentExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One JSON object per line, per source document, in path order. Returns the number written. */
    public long writeJsonLines(OutputStream out) throws IOException {
        AtomicLong count = new AtomicLong();
        jdbc.sql("""
                SELECT source_path, sha256, media_type, page_count, status, reason
                FROM source_document ORDER BY source_path, id""")
                .query(rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("source", rs.getString("source_path"));
                    row.put("sha256", rs.getString("sha256"));
                    row.put("media_type", rs.getString("media_type"));
                    row.put("pages", rs.getInt("page_count"));
                    row.put("status", rs.getString("status"));
                    row.put("reason", rs.getString("reason"));
                    writeLine(out, row);
                    count.incrementAndGet();
                });
        out.flush();
        return count.get();
    }

    private void writeLine(OutputStream out, Map<String, Object> row) {
        try {
            out.write(json.writeValueAsBytes(row));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
