package vn.hoalac.portal.application;

import java.util.List;

/**
 * Whether the services the portal needs answer (database, Keycloak, tika-server), with the details an administrator
 * needs to act (addresses, status codes, errors). The public readiness endpoint says only UP or DOWN per service;
 * the details are for the administrators' health page.
 */
public interface ServiceChecks {

    record Check(String name, boolean up, String detail) {
    }

    /** Every service, by name. */
    List<Check> all();
}
