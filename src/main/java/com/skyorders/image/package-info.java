/**
 * Menu images: checked by their bytes (PNG or JPEG), named by their SHA-256 so a URL never changes meaning, and kept
 * in an ImageStore every node can read (the database by default).
 */
package com.skyorders.image;
