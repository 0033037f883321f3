package dev.stepproof.toolkit.internal.coverage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a lock file, held against other processes (an OS file lock) and against other threads
 * of this JVM (an in-process lock taken first).
 *
 * <p>Why both: an OS file lock belongs to the whole JVM, and on Linux closing <em>any</em> channel of the file
 * drops every lock the JVM holds on it (POSIX {@code fcntl} semantics; see {@link FileLock}'s documentation,
 * which asks for a single channel per file within a program). If a second thread merely opened, tried and
 * closed a channel while the first held the lock, another process could slip in. So threads queue on one
 * {@link ReentrantLock} per lock file, and only the holder ever opens a channel.
 *
 * <p>That map is the only JVM-wide mutable state of coverage writing: it is thread-safe, holds one small lock
 * per distinct lock file (a handful per build) and nothing else. Should another copy of this class (another
 * class loader) hold the OS lock, {@code tryLock} throws {@link OverlappingFileLockException} and we retry
 * until the timeout.
 */
public final class FileLockGuard implements AutoCloseable {

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long MAX_PAUSE_MILLIS = 50;

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private FileLockGuard(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * @param lockFile created when absent
     * @param timeout  how long to wait for other threads and processes in total
     * @throws IOException naming the lock file when it is not obtained within {@code timeout}, or on I/O failure
     */
    public static FileLockGuard acquire(Path lockFile, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!threadLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(key, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the lock on [" + key + "]");
        }
        try {
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new FileLockGuard(threadLock, channel, lockFile(channel, key, timeout, deadline));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    /** Polls rather than blocks, so the timeout holds and an interrupt is noticed. */
    private static FileLock lockFile(FileChannel channel, Path key, Duration timeout, long deadline) throws IOException {
        long pause = 1;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldByAnotherCopyOfThisClass) {
                // wait as for another process
            }
            if (System.nanoTime() - deadline > 0) {
                throw timedOut(key, timeout);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for the lock on [" + key + "]");
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    private static IOException timedOut(Path key, Duration timeout) {
        return new IOException("Timed out after " + timeout.toMillis() + " ms waiting for the lock on [" + key + "]");
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
        } finally {
            try {
                channel.close();
            } finally {
                threadLock.unlock();
            }
        }
    }
}
