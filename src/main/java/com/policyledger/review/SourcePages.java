package com.policyledger.review;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The page text a flag points at, so the analyst can judge the snippet in its context. */
@Repository
public class SourcePages {

    private final JdbcClient jdbc;

    public SourcePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> text(long documentId, Integer pageNumber) {
        if (pageNumber == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT clean_text FROM document_page WHERE document_id = :doc AND page_number = :page")
                .param("doc", documentId).param("page", pageNumber).query(String.class).optional();
    }
}
