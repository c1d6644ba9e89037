package vn.hoalac.portal.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.domain.model.organization.OrganizationKind;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SynthesisExport;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The review synthesis in both formats, in one {@link SynthesisLayout}. */
@ApplicationScoped
public class SynthesisExports implements SynthesisExport {

    @Inject
    @ConfigProperty(name = "official.park.parent-body", defaultValue = "UBND THÀNH PHỐ HÀ NỘI")
    String parentBody;

    @Inject
    @ConfigProperty(name = "official.park.body", defaultValue = "BAN QUẢN LÝ KHU CÔNG NGHỆ CAO HÒA LẠC")
    String body;

    @Inject
    @ConfigProperty(name = "official.park.report-symbol", defaultValue = "BC-BQL")
    String symbol;

    /** One line each, comma-separated: "KT. TRƯỞNG BAN,PHÓ TRƯỞNG BAN". */
    @Inject
    @ConfigProperty(name = "official.park.signer-function", defaultValue = "TRƯỞNG BAN")
    List<String> authority;

    @Inject
    @ConfigProperty(name = "official.park.signer-name")
    Optional<String> signer;

    /** The park's name as the register writes it (the organization of kind PARK), in the exports' language. */
    @Inject
    OrganizationRepository organizations;

    @Override
    public void xlsx(ReviewSynthesis synthesis, OutputStream out) {
        SynthesisWorkbook.write(synthesis, out);
    }

    @Override
    public void pdf(ReviewSynthesis synthesis, OutputStream out) {
        String park = organizations == null ? null : organizations.findAll().stream().filter(o -> o.kind() == OrganizationKind.PARK)
                .findFirst().map(o -> o.nameIn(ExportLabels.LOCALE.getLanguage())).orElse(null);
        SynthesisPdf.write(synthesis, new ParkLetterhead(parentBody, body, symbol, authority, signer.orElse(null)), park,
                PortalTime.today().getYear(), out);
    }
}
