package com.policyledger.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands out the inbox's files in path order, each already processed (hashed, parsed, extracted)
 * by its own pool of workers, who keep a few files ahead of the writer: parsing goes on while a
 * chunk is being written instead of waiting for it. Remembers how many files it handed out, so a
 * restarted run resumes where the interrupted one stopped; work done ahead and not yet handed out
 * is redone (the writer being idempotent, re-reading a file is harmless).
 */
class InboxReader implements ItemStreamReader<IngestedDocument> {

    private static final String POSITION = "inbox.position";

    private final Path folder;
    private final IngestTally tally;
    private final DocumentProcessor processor;
    private final int workerCount;
    private final int readAhead;
    private final boolean retryRejected;
    private ExecutorService workers;
    private final Deque<Future<IngestedDocument>> ahead = new ArrayDeque<>();
    private List<InboxFile> files;
    private int position;
    private int submitted;

    /**
     * {@code readAhead}: files submitted ahead of the one being handed out, so at most
     * {@code readAhead + 1} processed documents are held at once (besides the chunk being built).
     */
    InboxReader(Path folder, IngestTally tally, DocumentProcessor processor, int workerCount, int readAhead,
            boolean retryRejected) {
        this.folder = folder;
        this.tally = tally;
        this.processor = processor;
        this.workerCount = workerCount;
        this.readAhead = readAhead;
        this.retryRejected = retryRejected;
    }

    @Override
    public void open(ExecutionContext context) {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(workerCount, task -> {
            Thread thread = new Thread(task, "ingest-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        position++; // consumed even if it failed: a skip policy must move on to the next file
        keepWorkersBusy();
        return resultOf(next);
    }

    private void keepWorkersBusy() {
        while (submitted < files.size() && ahead.size() < readAhead) {
            InboxFile file = files.get(submitted++);
            ahead.addLast(workers.submit(() -> processor.process(file, retryRejected)));
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
            throw new IllegalStateException("processing a file failed", cause); // process() throws nothing else
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }

    /** Work started ahead is dropped: a later run does it again from the saved position. */
    @Override
    public void close() {
        ahead.clear();
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
