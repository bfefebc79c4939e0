package com.skyorders.paging;

import java.util.List;

/** sky-take-out's PageResult: the total across all pages and this page's records. */
public record Page<T>(long total, List<T> records) {}
