package com.policyledger.ingest;

import java.nio.file.Path;

/**
 * A file found in the inbox.
 *
 * @param path absolute path to read it from
 * @param relativePath path relative to the ingested folder, with '/' separators: the name users see
 */
public record InboxFile(Path path, String relativePath) {
}
