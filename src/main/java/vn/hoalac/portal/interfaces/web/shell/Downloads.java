package vn.hoalac.portal.interfaces.web.shell;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/** Exports offered by the pages (spreadsheets, PDFs, CSV): built in memory, they are small. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    public static StreamedContent of(String filename, String type, Consumer<OutputStream> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.accept(bytes);
        byte[] content = bytes.toByteArray();
        return DefaultStreamedContent.builder()
                .name(filename)
                .contentType(type)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
