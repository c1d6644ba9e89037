package vn.hoalac.portal.application.document;

import vn.hoalac.portal.domain.model.document.Visibility;

import java.io.InputStream;
import java.util.List;

/** A file arriving in the library with what the uploader said about it (title may be empty: the file's own is used). */
public record Upload(InputStream content, String filename, String declaredType, String title, String description,
                     String category, List<String> tags, Visibility visibility) {
}
