package com.policyledger.ingest;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the inbox's files one by one and remembers how far it got, so a restarted run resumes
 * where the interrupted one stopped (the writer being idempotent, re-reading a file is harmless).
 */
class InboxReader implements ItemStreamReader<InboxFile> {

    private static final String POSITION = "inbox.position";

    private final Path folder;
    private final IngestTally tally;
    private List<InboxFile> files;
    private int position;

    InboxReader(Path folder, IngestTally tally) {
        this.folder = folder;
        this.tally = tally;
    }

    @Override
    public void open(ExecutionContext context) {
        files = InboxScanner.scan(folder);
        position = context.getInt(POSITION, 0);
        tally.started(files.size(), position);
    }

    @Override
    public InboxFile read() {
        return position < files.size() ? files.get(position++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }
}
