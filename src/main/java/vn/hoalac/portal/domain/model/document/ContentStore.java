package vn.hoalac.portal.domain.model.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Where the bytes of every version live; identical bytes are stored once. Works inside the caller's transaction. */
public interface ContentStore {

    /** Streams the bytes in while computing their SHA-256; heap use does not grow with the size. */
    StoredContent store(InputStream bytes, long maxBytes) throws IOException;

    /** Writes the exact bytes stored under this SHA-256. */
    void copyTo(String sha256, OutputStream out) throws IOException;
}
