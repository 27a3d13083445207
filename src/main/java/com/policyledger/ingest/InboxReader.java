package com.policyledger.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands out the inbox's files in path order, each already processed (hashed, parsed, extracted)
 * by the workers, who keep a few files ahead of the writer: parsing goes on while a chunk is being
 * written instead of waiting for it. Remembers how many files it handed out, so a restarted run
 * resumes where the interrupted one stopped; work done ahead and not yet handed out is redone (the
 * writer being idempotent, re-reading a file is harmless).
 */
class InboxReader implements ItemStreamReader<IngestedDocument> {

    private static final String POSITION = "inbox.position";

    private final Path folder;
    private final IngestTally tally;
    private final DocumentProcessor processor;
    private final ExecutorService workers;
    private final int readAhead;
    private final Deque<Future<IngestedDocument>> ahead = new ArrayDeque<>();
    private List<InboxFile> files;
    private int position;
    private int submitted;

    /** {@code readAhead}: files processed ahead of the one handed out; bounds the documents held in memory. */
    InboxReader(Path folder, IngestTally tally, DocumentProcessor processor, ExecutorService workers, int readAhead) {
        this.folder = folder;
        this.tally = tally;
        this.processor = processor;
        this.workers = workers;
        this.readAhead = readAhead;
    }

    @Override
    public void open(ExecutionContext context) {
        files = InboxScanner.scan(folder);
        position = context.getInt(POSITION, 0);
        submitted = position;
        tally.started(files.size(), position);
        keepWorkersBusy();
    }

    @Override
    public IngestedDocument read() throws IOException, InterruptedException {
        if (position >= files.size()) {
            return null;
        }
        Future<IngestedDocument> next = ahead.removeFirst();
        keepWorkersBusy();
        IngestedDocument doc = resultOf(next);
        position++;
        return doc;
    }

    private void keepWorkersBusy() {
        while (submitted < files.size() && ahead.size() < readAhead) {
            InboxFile file = files.get(submitted++);
            ahead.addLast(workers.submit(() -> processor.process(file)));
        }
    }

    /** The processor's own exception, as if it had run on this thread. */
    private static IngestedDocument resultOf(Future<IngestedDocument> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }

    /** Work started ahead is dropped: a later run does it again from the saved position. */
    @Override
    public void close() {
        ahead.forEach(future -> future.cancel(true));
        ahead.clear();
    }
}
