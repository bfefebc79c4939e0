package com.skyorders.menu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /admin/common/upload as the admin's ImgUpload sends it, and GET /images/… as an {@code <img>} loads it. */
@ExtendWith(SkyOrders.class)
class ImageUploadIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    ImageUploadIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void aPngAndAJpegAreStoredAndServedForeverFromAnotherNode() throws Exception {
        String[] staff = shop.staff();
        byte[] png = image("png", 120, 90);
        byte[] jpeg = image("jpg", 120, 90);
        ApiResponse pngAnswer = upload(png, "dish.png", "image/png", staff);
        ApiResponse jpegAnswer = upload(jpeg, "dish.jpeg", "image/jpeg", staff);
        assertEquals(200, pngAnswer.status(), pngAnswer::toString);
        assertEquals(1, pngAnswer.code());
        String pngUrl = pngAnswer.data().getAsString();
        String jpegUrl = jpegAnswer.data().getAsString();
        assertTrue(pngUrl.matches(server.baseUrl() + "/images/[0-9a-f]{64}\\.png"), pngUrl);
        assertTrue(jpegUrl.matches(server.baseUrl() + "/images/[0-9a-f]{64}\\.jpg"), jpegUrl);
        assertEquals(pngUrl, upload(png, "again.png", "image/png", staff).data().getAsString(), "content-addressed");

        try (TestServer.Node nodeB = server.startSecondNode(Map.of("sky.images.publicBaseUrl", ""))) {
            String path = URI.create(pngUrl).getPath();
            HttpResponse<byte[]> served = server.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertArrayEquals(png, served.body());
            assertEquals(
                    "image/png", served.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(
                    "public, max-age=31536000, immutable",
                    served.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(
                    "nosniff",
                    served.headers().firstValue("X-Content-Type-Options").orElseThrow());
            String etag = served.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> revalidated = server.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + path))
                                    .header("If-None-Match", etag)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, revalidated.statusCode());

            // Node B has no public base configured: its URLs name the host the upload reached.
            ApiResponse fromB = api.send(multipart(nodeB.baseUrl(), jpeg, "b.jpg", "image/jpeg", staff));
            assertEquals(
                    nodeB.baseUrl() + URI.create(jpegUrl).getPath(),
                    fromB.data().getAsString());
        }
        assertEquals(404, api.get("/images/" + "0".repeat(64) + ".png").status());
        assertEquals(
                404,
                api.get(URI.create(pngUrl).getPath().replace(".png", ".jpg")).status());
    }

    @Test
    void whatIsNotAPngOrJpegOrIsTooLargeIsRefusedWithAMessage() throws Exception {
        String[] staff = shop.staff();
        Api admin = api.asTheAdmin();
        assertRefused(
                admin,
                "hello, not an image".getBytes(StandardCharsets.UTF_8),
                "photo.png",
                "image/png",
                415,
                "只能上传PNG或JPEG图片",
                staff);
        assertRefused(
                admin,
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                "logo.svg",
                "image/svg+xml",
                415,
                "只能上传PNG或JPEG图片",
                staff);
        assertRefused(admin, new byte[0], "empty.png", "image/png", 415, "文件为空，只能上传PNG或JPEG图片", staff);
        byte[] large = noisyPng(1024, 1024);
        assertTrue(large.length > 3_000_000 && large.length < 4 * 1024 * 1024, "about 3 MB: " + large.length);
        assertRefused(admin, large, "big.png", "image/png", 413, "图片不能超过2MB", staff);
        assertEquals(
                401,
                admin.send(multipart(server.baseUrl(), image("png", 10, 10), "a.png", "image/png"))
                        .status(),
                "no token, no upload");
    }

    private void assertRefused(
            Api admin, byte[] bytes, String name, String type, int status, String msg, String[] staff) {
        ApiResponse refused = admin.send(multipart(server.baseUrl(), bytes, name, type, staff));
        assertEquals(status, refused.status(), refused::toString);
        assertEquals(0, refused.code());
        assertEquals(msg, refused.msg());
    }

    private ApiResponse upload(byte[] bytes, String name, String type, String[] staff) {
        return api.send(multipart(server.baseUrl(), bytes, name, type, staff));
    }

    /** The request the admin's el-upload makes: multipart field {@code file}, header {@code token}. */
    static HttpRequest.Builder multipart(String base, byte[] bytes, String name, String type, String... headers) {
        String boundary =
                "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/common/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xE67E22));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A real PNG of about 3 MB: random pixels do not compress. */
    static byte[] noisyPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
