package com.skyorders.socket;

/** A console as the relay feeds it: where it is in the alert stream, and a bounded queue that may be full. */
interface AlertSink {

    ConsoleCursor cursor();

    boolean isOpen();

    /** How many more frames its queue takes now. */
    int room();

    /** Queues a frame without blocking; false when the console is closed or its queue full. */
    boolean offer(String frame);
}
