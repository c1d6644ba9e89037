package vn.hoalac.portal.application.plan;

import java.io.OutputStream;

/**
 * An approved version as a PDF with its conclusion notice and, on every page, its seal. A port: the adapter in
 * {@code infrastructure.export} implements it.
 */
public interface SealedVersionExport {

    void pdf(SealedVersion version, OutputStream out);
}
