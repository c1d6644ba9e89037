package vn.hoalac.portal.domain.model.proposal;

/** Ý kiến thẩm định of a reviewer organization. */
public enum OpinionKind {
    SUPPORT, SUPPORT_WITH_CONDITIONS, OPPOSE
}
