package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.http.ApiRequest;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.image.ImageService;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * POST /admin/common/upload, multipart {@code file} → the image's absolute URL. Refusals keep their HTTP status
 * (413, 415): the admin's upload component shows its own 图片上传失败 only for a non-2xx answer (RefusalStatus).
 */
public final class AdminUploadServlet extends ApiServlet {

    public AdminUploadServlet(ImageService images, ImageUrls urls, JsonResponses json) {
        super(json, Role.STAFF);
        post("/admin/common/upload", request -> {
            byte[] bytes = read(file(request), images.maxBytes());
            return urls.base(request.http())
                    + images.upload(request.employeeId(), bytes).path();
        });
    }

    /**
     * The multipart limits for this servlet's registration: a file may be read up to four times the image limit (so
     * a slightly large one is refused with a message, not a dropped connection), spooled to disk past 256 KB.
     */
    public static MultipartConfigElement multipartConfig(int maxImageBytes) {
        long readable = 4L * maxImageBytes;
        return new MultipartConfigElement("", readable, readable + 64 * 1024, 256 * 1024);
    }

    private static Part file(ApiRequest request) throws IOException {
        String contentType = request.http().getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw new AppException(Problem.UNSUPPORTED_MEDIA_TYPE, "请求必须是multipart/form-data，文件字段为file");
        }
        try {
            Part part = request.http().getPart("file");
            if (part == null) {
                throw new AppException(Problem.UNSUPPORTED_MEDIA_TYPE, "缺少文件字段file");
            }
            return part;
        } catch (IllegalStateException tooLarge) {
            throw new AppException(Problem.PAYLOAD_TOO_LARGE, "文件过大");
        } catch (ServletException e) {
            throw new AppException(Problem.UNSUPPORTED_MEDIA_TYPE, "请求不是合法的multipart/form-data");
        }
    }

    private static byte[] read(Part part, int maxBytes) throws IOException {
        if (part.getSize() > maxBytes) {
            throw ImageService.tooLarge(maxBytes);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(maxBytes + 1);
        }
    }
}
