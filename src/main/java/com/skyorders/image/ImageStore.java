package com.skyorders.image;

import java.util.Optional;

/**
 * Where image bytes live, readable by every node. DatabaseImageStore is the default; a shared volume or an object
 * store (S3, OSS) would implement these two methods and be wired in Services instead (docs/API.md, "Images").
 */
public interface ImageStore {

    /** Stores the image unless one with its hash is there already (same hash, same bytes). */
    void put(StoredImage image, long employee);

    Optional<StoredImage> get(String sha256);
}
