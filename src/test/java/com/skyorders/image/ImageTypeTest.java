package com.skyorders.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An image is what its first bytes say, never what its name or its sender claims. */
class ImageTypeTest {

    @Test
    void pngAndJpegAreKnownByTheirSignatures() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertEquals(Optional.of(ImageType.PNG), ImageType.of(png));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.of(jpeg));
    }

    @Test
    void anythingElseIsNoImage() {
        assertEquals(Optional.empty(), ImageType.of(new byte[0]));
        assertEquals(
                Optional.empty(),
                ImageType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageType.of("just text named photo.png".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "a signature alone");
        assertEquals(Optional.empty(), ImageType.of(new byte[] {(byte) 0xFF, (byte) 0xD8}), "cut short");
    }

    @Test
    void servedExtensionsMapBack() {
        assertEquals(Optional.of(ImageType.PNG), ImageType.byExtension("png"));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.byExtension("jpg"));
        assertEquals(Optional.empty(), ImageType.byExtension("svg"));
    }
}
