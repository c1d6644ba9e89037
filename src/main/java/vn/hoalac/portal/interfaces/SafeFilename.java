package vn.hoalac.portal.interfaces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The headers of every download: a {@code Content-Disposition: attachment} that no file name can break or turn into
 * something else, and a policy under which the file could run nothing even if a browser displayed it (an uploaded
 * HTML page or SVG image keeps its own type). Shared by both interfaces: the pages' download servlet and the API.
 */
public final class SafeFilename {

    /** {@code Content-Security-Policy} of a download: a sandbox (no script, no form, no same origin) loading nothing. */
    public static final String DOWNLOAD_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    private SafeFilename() {
    }

    public static String contentDisposition(String filename) {
        String name = filename == null || filename.isBlank() ? "tai-lieu" : filename;
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        if (ascii.startsWith(".")) {
            ascii = "_" + ascii;
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
