package com.skyorders.image;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Uploads checked by content and size, stored under their SHA-256; reads by that name. */
public final class ImageService {

    private final ImageStore store;
    private final int maxBytes;

    public ImageService(ImageStore store, int maxBytes) {
        this.store = store;
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Stores a PNG or JPEG of at most maxBytes; returns it (its path names it). */
    public StoredImage upload(long employee, byte[] bytes) {
        if (bytes.length == 0) {
            throw new AppException(Problem.UNSUPPORTED_MEDIA_TYPE, "文件为空，只能上传PNG或JPEG图片");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ImageType type = ImageType.of(bytes)
                .orElseThrow(() -> new AppException(Problem.UNSUPPORTED_MEDIA_TYPE, "只能上传PNG或JPEG图片"));
        StoredImage image = new StoredImage(sha256(bytes), type, bytes);
        store.put(image, employee);
        return image;
    }

    /** The image named {@code <sha256>.<png|jpg>}, if stored with that type. */
    public Optional<StoredImage> find(String sha256, String extension) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Optional<ImageType> type = ImageType.byExtension(extension);
        return type.isEmpty() ? Optional.empty() : store.get(sha256).filter(i -> i.type() == type.get());
    }

    public static AppException tooLarge(int maxBytes) {
        String limit = maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + "MB" : maxBytes / 1024 + "KB";
        return new AppException(Problem.PAYLOAD_TOO_LARGE, "图片不能超过" + limit);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
