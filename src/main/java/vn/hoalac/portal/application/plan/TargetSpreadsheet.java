package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The targets table as a spreadsheet (XLSX), both ways: {@code read(write(x))} gives back x. A port: the adapter in
 * {@code infrastructure.export} implements it.
 */
public interface TargetSpreadsheet {

    /**
     * The targets of the first sheet of an uploaded file, in the order of its rows.
     *
     * @throws InvalidInputException listing every problem found, row by row, also when the file is no readable XLSX
     */
    List<Target> read(InputStream xlsx);

    /** The targets as one sheet, under the plan's title. */
    void write(String planTitle, List<Target> targets, OutputStream out);
}
