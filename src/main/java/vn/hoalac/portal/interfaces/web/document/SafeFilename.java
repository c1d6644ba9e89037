package vn.hoalac.portal.interfaces.web.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** A {@code Content-Disposition: attachment} header that no file name can break or turn into something else. */
public final class SafeFilename {

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
