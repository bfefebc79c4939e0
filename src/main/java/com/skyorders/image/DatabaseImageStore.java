package com.skyorders.image;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Images in the {@code image} table: every node reads the same rows, and backups include them. */
public final class DatabaseImageStore implements ImageStore {

    private final Jdbi jdbi;
    private final Clock clock;

    public DatabaseImageStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void put(StoredImage image, long employee) {
        jdbi.useHandle(h -> h.createUpdate("INSERT IGNORE INTO image (sha256, content_type, size, bytes, create_time, "
                        + "create_user) VALUES (:sha, :type, :size, :bytes, :now, :by)")
                .bind("sha", image.sha256())
                .bind("type", image.type().contentType())
                .bind("size", image.bytes().length)
                .bind("bytes", image.bytes())
                .bind("now", LocalDateTime.now(clock))
                .bind("by", employee)
                .execute());
    }

    @Override
    public Optional<StoredImage> get(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content_type, bytes FROM image WHERE sha256 = :sha")
                .bind("sha", sha256)
                .map((rs, ctx) -> new StoredImage(
                        sha256,
                        rs.getString("content_type").equals(ImageType.PNG.contentType())
                                ? ImageType.PNG
                                : ImageType.JPEG,
                        rs.getBytes("bytes")))
                .findOne());
    }
}
