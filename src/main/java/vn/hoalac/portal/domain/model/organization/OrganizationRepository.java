package vn.hoalac.portal.domain.model.organization;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    List<Organization> findAll();

    Optional<Organization> find(String code);
}
