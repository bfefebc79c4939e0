package com.skyorders.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects latencies in nanoseconds and reports percentiles in milliseconds. */
final class LatencyRecorder {

    private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());

    void record(long nanos) {
        samples.add(nanos);
    }

    int count() {
        return samples.size();
    }

    double percentileMillis(double percentile) {
        List<Long> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
