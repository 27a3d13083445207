package com.policyledger.db;

import com.policyledger.RunFailedException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on the data dir, held for the life of the process. The kernel drops it when
 * the process dies (even with kill -9), so a held lock always means a live owner.
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve("policyledger.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String owner = Files.readString(file, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new DataDirInUseException("data dir " + dataDir + " is in use by another PolicyLedger process"
                    + (owner.isEmpty() ? "" : " (pid " + owner + ")")
                    + ": wait for it to finish, or give another --policyledger.data-dir");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new DataDirLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Thrown when another live process owns the data dir. */
    static final class DataDirInUseException extends RunFailedException {
        DataDirInUseException(String message) {
            super(message);
        }
    }
}
