package com.skyorders.web;

import com.skyorders.http.JsonResponses;
import com.skyorders.http.RequestPath;
import com.skyorders.http.Result;
import com.skyorders.image.ImageService;
import com.skyorders.image.StoredImage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /images/{sha256}.{png|jpg}, public ({@code <img>} and the mini-program's {@code <image>} send no token). The
 * name is the content's hash, so the answer is cached for a year, immutable, by browsers and proxies alike.
 */
public final class ImageServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/images/([0-9a-f]{64})\\.(png|jpg)");

    private final ImageService images;
    private final JsonResponses json;

    public ImageServlet(ImageService images, JsonResponses json) {
        this.images = images;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(RequestPath.of(request));
        Optional<StoredImage> image = name.matches() ? images.find(name.group(1), name.group(2)) : Optional.empty();
        if (image.isEmpty()) {
            json.write(response, 404, Result.error("图片不存在"));
            return;
        }
        String etag = "\"" + image.get().sha256() + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(image.get().type().contentType());
        response.setContentLength(image.get().bytes().length);
        response.getOutputStream().write(image.get().bytes());
    }
}
