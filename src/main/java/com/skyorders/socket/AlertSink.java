package com.skyorders.socket;

/** A console as the relay feeds it: where it is in the alert stream, and a bounded queue that may be full. */
interface AlertSink {

    /** Read and moved by the relay's thread only. */
    ConsolePosition position();

    void moveTo(ConsolePosition position);

    boolean isOpen();

    /** How many more frames its queue takes now. */
    int room();

    /** Queues a frame without blocking; false when the console is closed or its queue full. */
    boolean offer(String frame);
}
