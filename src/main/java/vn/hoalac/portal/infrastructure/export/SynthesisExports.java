package vn.hoalac.portal.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SynthesisExport;

import java.io.OutputStream;

/** The review synthesis in both formats, in one {@link SynthesisLayout}. */
@ApplicationScoped
public class SynthesisExports implements SynthesisExport {

    @Override
    public void xlsx(ReviewSynthesis synthesis, OutputStream out) {
        SynthesisWorkbook.write(synthesis, out);
    }

    @Override
    public void pdf(ReviewSynthesis synthesis, OutputStream out) {
        SynthesisPdf.write(synthesis, PortalTime.today(), out);
    }
}
