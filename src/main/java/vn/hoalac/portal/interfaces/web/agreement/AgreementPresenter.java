package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.util.TreeSet;
import java.util.stream.Collectors;

/** How agreement pages write parties, fields and statuses. */
@Named
@RequestScoped
public class AgreementPresenter {

    public String parties(Agreement a) {
        return String.join(", ", new TreeSet<>(a.parties()));
    }

    public String fields(Agreement a) {
        return a.fields().stream().map(f -> PageActions.text("agreement.field." + f.name())).collect(Collectors.joining(", "));
    }

    public String severity(AgreementStatus status) {
        return switch (status) {
            case ACTIVE -> "success";
            case EXPIRING -> "warning";
            case EXPIRED, TERMINATED -> "danger";
            default -> "info";
        };
    }
}
