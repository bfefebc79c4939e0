package com.skyorders.image;

/** An image as stored: its SHA-256 (hex), its type and its bytes. */
public record StoredImage(String sha256, ImageType type, byte[] bytes) {

    /** Its path under the public base URL: {@code /images/<sha256>.png}. */
    public String path() {
        return "/images/" + sha256 + "." + type.extension();
    }
}
