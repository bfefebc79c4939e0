package com.skyorders.paging;

/** A 1-based page and its size, already range-checked by the edge. */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " / size " + pageSize + " out of range");
        }
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
