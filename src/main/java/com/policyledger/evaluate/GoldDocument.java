package com.policyledger.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One document's labels, as field name to value: scalar fields hold a string or null, list fields
 * a set of normalised keys ("0489T|CPT", "38240|38241|CPT"). The same shape is built from an
 * extraction, so scoring compares like with like.
 */
public record GoldDocument(Map<String, String> scalars, Map<String, Set<String>> lists) {
    public static final String[] SCALAR_FIELDS = {"doc_kind", "payer", "policy_number", "title", "effective_date", "last_reviewed_date"};
    public static final String[] LIST_FIELDS = {"product_lines", "codes", "ranges", "malformed_codes", "determinations"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold file that is not JSON or lacks a member the scoring needs; the message names the file and the member. */
    public static final class InvalidGoldException extends RuntimeException {
        InvalidGoldException(String message) {
            super(message);
        }
    }

    public static GoldDocument read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Map<String, String> scalars = new LinkedHashMap<>();
            for (String f : SCALAR_FIELDS) {
                JsonNode v = root.get(f);
                scalars.put(f, v == null || v.isNull() ? null : v.asText());
            }
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            for (String f : LIST_FIELDS) {
                Set<String> keys = new LinkedHashSet<>();
                JsonNode arr = root.get(f);
                if (arr != null) {
                    for (int i = 0; i < arr.size(); i++) {
                        keys.add(key(file, f + "[" + i + "]", f, arr.get(i)));
                    }
                }
                lists.put(f, keys);
            }
            return new GoldDocument(scalars, lists);
        } catch (JsonProcessingException e) {
            throw new InvalidGoldException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    private static String key(Path file, String where, String field, JsonNode item) {
        return switch (field) {
            case "codes" -> member(file, where, item, "code") + "|" + member(file, where, item, "system");
            case "ranges" -> member(file, where, item, "from") + "|" + member(file, where, item, "to") + "|"
                    + member(file, where, item, "system");
            case "malformed_codes" -> item.isTextual() ? item.asText() : item.path("raw").asText();
            default -> item.asText();
        };
    }

    private static String member(Path file, String where, JsonNode item, String name) {
        JsonNode value = item.get(name);
        if (value == null || value.isNull() || !value.isValueNode()) {
            throw new InvalidGoldException(file + ": " + where + " has no \"" + name + "\"");
        }
        return value.asText();
    }
}
