package vn.hoalac.portal.application.agreement;

import vn.hoalac.portal.domain.model.agreement.Agreement;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The agreements register as a spreadsheet (XLSX), one row per agreement, in Vietnamese. A port: the adapter in
 * {@code infrastructure.export} implements it.
 */
public interface RegisterExport {

    /** The agreements, in the given order; parties by their name ({@code organizationName} of a code); dated {@code today}. */
    void xlsx(List<Agreement> agreements, Function<String, String> organizationName, LocalDate today, OutputStream out);
}
