package com.skyorders.outbox;

import com.skyorders.error.AppException;
import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The admin's message page, read straight from the outbox: a page, the unread count, and marking read. */
public final class MessageService {

    private final Jdbi jdbi;
    private final Clock clock;

    public MessageService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** {@code status}: null for all, 1 unread, 2 read. */
    public Page<Message> page(Integer status, PageRequest page) {
        return jdbi.withHandle(handle -> {
            AlertDao alerts = new AlertDao(handle);
            long total = alerts.count(status);
            List<Message> records = total == 0
                    ? List.of()
                    : alerts.page(status, page.pageSize(), page.offset()).stream()
                            .map(Message::of)
                            .toList();
            return new Page<>(total, records);
        });
    }

    public long countUnread() {
        return jdbi.withHandle(handle -> new AlertDao(handle).count(1));
    }

    public void markRead(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            AlertDao alerts = new AlertDao(handle);
            if (alerts.countExisting(ids) != ids.stream().distinct().count()) {
                throw AppException.notFound("消息不存在");
            }
            alerts.markRead(ids, LocalDateTime.now(clock));
        });
    }
}
