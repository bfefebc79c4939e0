package com.skyorders.image;

import java.util.Arrays;
import java.util.Optional;

/** The image formats both clients show, recognised by their first bytes (never by the file name or the browser). */
public enum ImageType {
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    ImageType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ImageType> of(byte[] bytes) {
        return Arrays.stream(values())
                .filter(t -> bytes.length > t.magic.length
                        && Arrays.equals(bytes, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    public static Optional<ImageType> byExtension(String extension) {
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(extension))
                .findFirst();
    }
}
