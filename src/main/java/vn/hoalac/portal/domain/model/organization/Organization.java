package vn.hoalac.portal.domain.model.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A party of the plan's work: the park's management board, a university, the steering committee.
 * Its {@code code} is the value of the {@code organization} claim Keycloak puts in every token.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganizationKind kind;

    protected Organization() {
        // for JPA
    }

    public Organization(String code, String name, String nameEn, OrganizationKind kind) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrganizationKind kind() {
        return kind;
    }

    /** The organization's name in the language of the page. */
    public String nameIn(String language) {
        return "en".equals(language) ? nameEn : name;
    }

    // bean-style accessors for Faces expressions
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public OrganizationKind getKind() {
        return kind;
    }
}
