package com.policyledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The read-ahead: workers finish files in any order, the writer gets them in path order, restarts resume. */
class InboxReaderTest {

    @Test
    void filesComeOutInPathOrderEvenWhenLaterOnesFinishFirst(@TempDir Path inbox) throws Exception {
        List<String> names = files(inbox, 7);
        InboxReader reader = new InboxReader(inbox, new IngestTally(), slowerForEarlierFiles(names), 3, 4, false);
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactlyElementsOf(names);
        reader.close();
    }

    @Test
    void aRestartResumesAfterTheLastFileHandedOutNotTheLastOneProcessedAhead(@TempDir Path inbox) throws Exception {
        List<String> names = files(inbox, 6);
        InboxReader first = new InboxReader(inbox, new IngestTally(), slowerForEarlierFiles(names), 3, 4, false);
        ExecutionContext saved = new ExecutionContext();
        first.open(saved);
        first.read();
        first.read();
        first.update(saved); // what the chunk commit records
        first.close();

        InboxReader restarted = new InboxReader(inbox, new IngestTally(), slowerForEarlierFiles(names), 3, 4, false);
        restarted.open(saved);

        assertThat(readAll(restarted)).containsExactlyElementsOf(names.subList(2, names.size()));
        restarted.close();
    }

    @Test
    void aProcessorFailureReachesTheStepAsItsOwnException(@TempDir Path inbox) throws Exception {
        files(inbox, 2);
        DocumentProcessor failing = new DocumentProcessor(null, null, null, null) {
            @Override
            IngestedDocument process(InboxFile file, boolean retryRejected) throws IOException {
                throw new IOException("cannot read " + file.relativePath());
            }
        };
        InboxReader reader = new InboxReader(inbox, new IngestTally(), failing, 3, 2, false);
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).isInstanceOf(IOException.class).hasMessage("cannot read file-0.txt");
        reader.close();
    }

    private static List<String> files(Path inbox, int count) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Files.writeString(inbox.resolve("file-" + i + ".txt"), "content " + i);
            names.add("file-" + i + ".txt");
        }
        return names;
    }

    /** Earlier files take longer, so with several workers the later ones are done first. */
    private static DocumentProcessor slowerForEarlierFiles(List<String> names) {
        return new DocumentProcessor(null, null, null, null) {
            @Override
            IngestedDocument process(InboxFile file, boolean retryRejected) throws IOException {
                try {
                    Thread.sleep(10L * (names.size() - names.indexOf(file.relativePath())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return IngestedDocument.unchanged(file, "sha-" + file.relativePath(), Files.size(file.path()));
            }
        };
    }

    private static List<String> readAll(InboxReader reader) throws Exception {
        List<String> read = new ArrayList<>();
        for (IngestedDocument doc = reader.read(); doc != null; doc = reader.read()) {
            read.add(doc.file().relativePath());
        }
        return read;
    }
}
