package dev.claimcheck.cli;

import java.io.Writer;

/**
 * The standard error of a watching command, counting its completed checks: each ends with the watcher's
 * "watching" line, after the report. For what drives a watcher in-process: the watch bench, and tests.
 */
final class WatchRounds extends Writer {
    private static final String MARK = "claimcheck: watching ";
    private final StringBuilder text = new StringBuilder();
    private final long timeoutMillis;
    private int lineStart;
    private int completed;

    WatchRounds(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            text.append(chars[i]);
            if (chars[i] == '\n') {
                if (text.indexOf(MARK, lineStart) == lineStart) {
                    completed++;
                    notifyAll();
                }
                lineStart = text.length();
            }
        }
    }

    synchronized int completed() {
        return completed;
    }

    /** Everything written so far. */
    synchronized String text() {
        return text.toString();
    }

    /** Waits until more than {@code seen} checks completed; fails after the timeout, for a watcher that hangs. */
    synchronized void awaitAfter(int seen) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (completed <= seen) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new IllegalStateException("no new report within " + timeoutMillis / 1000 + " s of a save");
            }
            wait(left);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
