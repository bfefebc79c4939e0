package com.skyorders.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Keeps every WARNING and SEVERE record the test JVM logs (Tomcat and the webapp both log through JUL). */
public final class LogCapture extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public static LogCapture install() {
        LogCapture capture = new LogCapture();
        capture.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    /** The formatted messages logged since {@code mark}, as one searchable text per record. */
    public List<String> messagesSince(int mark) {
        return records.subList(mark, records.size()).stream()
                .map(LogCapture::text)
                .toList();
    }

    public int mark() {
        return records.size();
    }

    private static String text(LogRecord record) {
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (params != null && message != null && message.contains("{0")) {
            message = java.text.MessageFormat.format(message, params);
        }
        Throwable thrown = record.getThrown();
        return record.getLevel() + " " + record.getLoggerName() + ": " + message
                + (thrown == null ? "" : " / " + thrown);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
